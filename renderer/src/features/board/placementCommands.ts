import type { Position } from '@shared/domain/matrix';
import type { PlacementsRepo } from '../../db/placementsRepo';

/**
 * A user change as data: menus, shortcuts, drag handlers and undo/redo all run the same
 * commands. `revert` restores exactly what `apply` replaced.
 */
export type Command = {
  name: string;
  apply: () => Promise<void>;
  revert: () => Promise<void>;
};

/** Where a model sits: a matrix position, or null for the tray. */
export type Spot = Position | null;

/** Moves a model between the tray and positions on the matrix. */
export function moveModelCommand(
  repo: PlacementsRepo,
  workshopId: string,
  modelId: string,
  from: Spot,
  to: Spot,
): Command {
  const goTo = (spot: Spot) =>
    spot ? repo.place(workshopId, modelId, spot) : repo.remove(workshopId, modelId);
  return {
    name: to ? (from ? 'move' : 'place') : 'return-to-tray',
    apply: () => goTo(to),
    revert: () => goTo(from),
  };
}
