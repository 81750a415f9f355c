import { useLiveQuery } from 'dexie-react-hooks';
import { workshopsRepo } from './workshopsRepo';

/** All workshops, newest first; undefined while loading. Updates live. */
export function useWorkshops() {
  return useLiveQuery(() => workshopsRepo.list(), []);
}
