import { useLiveQuery } from 'dexie-react-hooks';
import { placementsRepo } from './placementsRepo';

/** Placed models per workshop id, for the start screen: only those the board shows (countShown). */
export function usePlacementCounts() {
  return useLiveQuery(() => placementsRepo.countByWorkshop(), []);
}
