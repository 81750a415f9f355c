import { useLiveQuery } from 'dexie-react-hooks';
import { placementsRepo } from './placementsRepo';

/** A workshop's placements; undefined while loading. Updates live. */
export function usePlacements(workshopId: string) {
  return useLiveQuery(() => placementsRepo.listForWorkshop(workshopId), [workshopId]);
}
