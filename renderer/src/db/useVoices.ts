import { useLiveQuery } from 'dexie-react-hooks';
import { participantsRepo } from './participantsRepo';
import { roundsRepo } from './roundsRepo';
import { votesRepo } from './votesRepo';

/** A workshop's participants, rounds and votes, read together; undefined while loading. */
export function useVoices(workshopId: string) {
  return useLiveQuery(async () => {
    const [participants, rounds, votes] = await Promise.all([
      participantsRepo.listForWorkshop(workshopId),
      roundsRepo.listForWorkshop(workshopId),
      votesRepo.listForWorkshop(workshopId),
    ]);
    return { participants, rounds, votes };
  }, [workshopId]);
}

export type Voices = NonNullable<ReturnType<typeof useVoices>>;
