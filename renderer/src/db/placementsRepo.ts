import { clampPosition, isPosition, type Position } from '@shared/domain/matrix';
import type { Placement } from '@shared/domain/workshop';
import { db, type WorkshopDatabase } from './db';

/** Where a workshop's models sit on its matrix. */
export function createPlacementsRepo(database: WorkshopDatabase) {
  /** Marks the workshop as changed so the start screen and the plan show fresh data. */
  const touch = (workshopId: string, now: number) =>
    database.workshops.update(workshopId, { updatedAt: now });

  async function moveTo(
    workshopId: string,
    modelId: string,
    spot: Position | null,
    now = Date.now(),
  ): Promise<Position | null> {
    return database.transaction('rw', database.workshops, database.placements, async () => {
      const key: [string, string] = [workshopId, modelId];
      const previous = await database.placements.get(key);
      if (spot) {
        if (!(await database.workshops.get(workshopId))) {
          throw new Error(`Workshop ${workshopId} does not exist`);
        }
        await database.placements.put({
          workshopId,
          modelId,
          position: clampPosition(spot),
          updatedAt: now,
        });
      } else {
        await database.placements.delete(key);
      }
      await touch(workshopId, now);
      return previous && isPosition(previous.position) ? previous.position : null;
    });
  }

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

    /** Number of placed models per workshop id. */
    async countByWorkshop(): Promise<Map<string, number>> {
      const counts = new Map<string, number>();
      await database.placements.each((p) => {
        counts.set(p.workshopId, (counts.get(p.workshopId) ?? 0) + 1);
      });
      return counts;
    },

    /**
     * Puts a model at a position (clamped into the matrix), or back in the tray with null, and
     * returns where it was before — read and written in one transaction, so undo knows exactly
     * what to restore and a drop costs one durable commit.
     */
    moveTo,

    /** Places or moves a model. */
    async place(workshopId: string, modelId: string, position: Position, now = Date.now()) {
      await moveTo(workshopId, modelId, position, now);
    },

    /** Takes a model off the matrix, back to the tray. */
    async remove(workshopId: string, modelId: string, now = Date.now()) {
      await moveTo(workshopId, modelId, null, now);
    },
  };
}

export type PlacementsRepo = ReturnType<typeof createPlacementsRepo>;
export const placementsRepo = createPlacementsRepo(db);
