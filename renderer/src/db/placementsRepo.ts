import { countShownByWorkshop, type KnownModelIds } from '@shared/catalogue/shownModels';
import { isPosition, type Position } from '@shared/domain/matrix';
import type { Placement } from '@shared/domain/workshop';
import { createChangesRepo } from './changesRepo';
import { db, type WorkshopDatabase } from './db';

/**
 * Where a workshop's models sit on its matrix: the group's agreed positions. Writes go through
 * the changes repository like every other change; `place` and `remove` are shorthands for it.
 */
export function createPlacementsRepo(database: WorkshopDatabase) {
  const changes = createChangesRepo(database);
  const set = (workshopId: string, modelId: string, to: Position | null, now: number) =>
    changes.record(() => ({ kind: 'placement.set', workshopId, modelId, from: null, to }), now);

  return {
    /**
     * A workshop's placements. Rows whose position is not a point in the matrix (written by a
     * bug or another tool) are left out rather than drawn off the board.
     */
    async listForWorkshop(workshopId: string): Promise<Placement[]> {
      const rows = await database.placements.where('workshopId').equals(workshopId).toArray();
      return rows.filter((row) => isPosition(row.position));
    },

    /** Where one model sits, or undefined when it is in the tray. */
    async positionOf(workshopId: string, modelId: string): Promise<Position | undefined> {
      const row = await database.placements.get([workshopId, modelId]);
      return row && isPosition(row.position) ? row.position : undefined;
    },

    /**
     * Number of placed models per workshop id, counting only what the board shows: a restored
     * file may hold placements of models this version does not know (kept, not shown).
     */
    async countByWorkshop(knownIdsOf?: KnownModelIds): Promise<Map<string, number>> {
      return countShownByWorkshop(await database.placements.toArray(), knownIdsOf);
    },

    /** Places or moves a model (clamped into the matrix). */
    async place(workshopId: string, modelId: string, position: Position, now = Date.now()) {
      await set(workshopId, modelId, position, now);
    },

    /** Takes a model off the matrix, back to the tray. */
    async remove(workshopId: string, modelId: string, now = Date.now()) {
      await set(workshopId, modelId, null, now);
    },
  };
}

export type PlacementsRepo = ReturnType<typeof createPlacementsRepo>;
export const placementsRepo = createPlacementsRepo(db);
