import { liveQuery } from 'dexie';
import { isPosition } from '@shared/domain/matrix';
import { copySnapshot } from '@shared/io/snapshotRecords';
import { createSnapshot } from '@shared/io/serializeSnapshot';
import type { Snapshot } from '@shared/io/snapshotFormat';
import { db, type WorkshopDatabase } from './db';

/** The whole database as a snapshot, and back. Settings (the language) are not part of it. */
export function createBackupRepo(database: WorkshopDatabase) {
  const { workshops, placements } = database;

  return {
    /**
     * Every workshop and placement, read in one transaction so no write lands between the two
     * tables. Placements the app cannot show (off the matrix, or of no workshop) are left out,
     * as the board leaves them out: a file must pass the same checks when it is restored.
     */
    async snapshot(now = Date.now()): Promise<Snapshot> {
      const [allWorkshops, allPlacements] = await database.transaction(
        'r',
        workshops,
        placements,
        () => Promise.all([workshops.toArray(), placements.toArray()]),
      );
      const ids = new Set(allWorkshops.map((w) => w.id));
      const shown = allPlacements.filter((p) => ids.has(p.workshopId) && isPosition(p.position));
      return createSnapshot(allWorkshops, shown, now);
    },

    /**
     * Replaces every workshop and placement with the snapshot's, all or nothing: one 'rw'
     * transaction, so a failure at any record (a duplicate key, a full disk) rolls the
     * database back to exactly what it was. `add`, not `put`: a duplicate is an error, never a
     * silent overwrite.
     */
    async restore(snapshot: Snapshot): Promise<void> {
      const clean = copySnapshot(snapshot);
      await database.transaction('rw', workshops, placements, async () => {
        await placements.clear();
        await workshops.clear();
        await workshops.bulkAdd(clean.workshops);
        await placements.bulkAdd(clean.placements);
      });
    },

    /**
     * Calls `onChange` after every change to workshops or placements (not for the state at
     * subscription). Returns the unsubscribe function.
     */
    watch(onChange: () => void): () => void {
      let first = true;
      const subscription = liveQuery(() =>
        Promise.all([workshops.toArray(), placements.toArray()]),
      ).subscribe({
        next: () => {
          if (first) first = false;
          else onChange();
        },
        // A failed read is not a change; the next successful one will be.
        error: () => undefined,
      });
      return () => subscription.unsubscribe();
    },
  };
}

export type BackupRepo = ReturnType<typeof createBackupRepo>;
export const backupRepo = createBackupRepo(db);
