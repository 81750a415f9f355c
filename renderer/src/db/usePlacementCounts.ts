import { useLiveQuery } from 'dexie-react-hooks';
import { placementsRepo } from './placementsRepo';

/** Number of placed models per workshop id, for the start screen. */
export function usePlacementCounts() {
  return useLiveQuery(() => placementsRepo.countByWorkshop(), []);
}
