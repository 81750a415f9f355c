import { liveQuery } from 'dexie';
import { restorableRecords } from '@shared/io/restorableRecords';
import { copySnapshot } from '@shared/io/snapshotRecords';
import { createSnapshot } from '@shared/io/serializeSnapshot';
import type { Snapshot } from '@shared/io/snapshotFormat';
import { db, type WorkshopDatabase } from './db';

/** The whole database as a snapshot, and back. Settings (the language) are not part of it. */
export function createBackupRepo(database: WorkshopDatabase) {
  const { workshops, placements, participants, rounds, votes } = database;
  // Every store a snapshot holds, in the order a restore fills them (owners first).
  const stores = [workshops, placements, participants, rounds, votes];

  const readAll = () =>
    Promise.all([
      workshops.toArray(),
      placements.toArray(),
      participants.toArray(),
      rounds.toArray(),
      votes.toArray(),
    ]);

  return {
    /**
     * Every record of the five stores, read in one transaction so no write lands between two
     * of them. Rows the app cannot show (of no workshop, off the matrix, votes of a participant
     * or round that is gone; see restorableRecords) are left out: a file must pass the same
     * checks when it is restored.
     */
    async snapshot(now = Date.now()): Promise<Snapshot> {
      const [w, p, people, r, v] = await database.transaction('r', stores, readAll);
      const records = restorableRecords({
        workshops: w,
        placements: p,
        participants: people,
        rounds: r,
        votes: v,
      });
      return createSnapshot(records, now);
    },

    /**
     * Replaces the five stores with the snapshot's, all or nothing: one 'rw' transaction, so a
     * failure at any record of any store (a duplicate key, a full disk) rolls the database back
     * to exactly what it was. `add`, not `put`: a duplicate is an error, never a silent
     * overwrite.
     */
    async restore(snapshot: Snapshot): Promise<void> {
      const clean = copySnapshot(snapshot);
      await database.transaction('rw', stores, async () => {
        for (const store of stores) await store.clear();
        await workshops.bulkAdd(clean.workshops);
        await placements.bulkAdd(clean.placements);
        await participants.bulkAdd(clean.participants);
        await rounds.bulkAdd(clean.rounds);
        await votes.bulkAdd(clean.votes);
      });
    },

    /**
     * Calls `onChange` after every change to any of the five stores (not for the state at
     * subscription). Returns the unsubscribe function.
     */
    watch(onChange: () => void): () => void {
      let first = true;
      const subscription = liveQuery(readAll).subscribe({
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
