import type { Position } from '@shared/domain/matrix';
import type { PlacementsRepo } from '../../db/placementsRepo';

/**
 * A user change as data: drag handlers, keys, buttons and undo/redo all run the same commands.
 * `label` is what undo and redo announce; `revert` restores exactly what `apply` replaced.
 */
export type Command = {
  name: 'place' | 'return-to-tray';
  /** The model the command changes, so announcements can name it. */
  modelId: string;
  apply: () => Promise<void>;
  revert: () => Promise<void>;
};

/** Where a model sits: a matrix position, or null for the tray. */
export type Spot = Position | null;

/**
 * Moves a model to a matrix position or back to the tray. Where it came from is read from the
 * database in the same transaction as the move, not from what the screen last showed, so undo
 * is exact even when a live query has not caught up yet.
 */
export function moveModelCommand(
  repo: PlacementsRepo,
  workshopId: string,
  modelId: string,
  to: Spot,
): Command {
  let from: Spot = null;
  return {
    name: to ? 'place' : 'return-to-tray',
    modelId,
    apply: async () => {
      from = await repo.moveTo(workshopId, modelId, to);
    },
    revert: async () => {
      await repo.moveTo(workshopId, modelId, from);
    },
  };
}
