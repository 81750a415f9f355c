import { useLiveQuery } from 'dexie-react-hooks';
import { workshopsRepo } from './workshopsRepo';

/** One workshop: undefined while loading, null when it does not exist. Updates live. */
export function useWorkshop(id: string) {
  return useLiveQuery(async () => (await workshopsRepo.get(id)) ?? null, [id]);
}
