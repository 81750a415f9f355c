import { restorableRecords } from '@shared/io/restorableRecords';
import type { SnapshotRecords } from '@shared/io/snapshotFormat';
import {
  planWorkshopImport,
  type ImportedWorkshop,
  type ImportOptions,
} from '@shared/io/workshopFileImport';
import { db, type WorkshopDatabase } from './db';

/** Workshop files: the records of chosen workshops out, and records of a file in beside them. */
export function createWorkshopFileRepo(database: WorkshopDatabase) {
  const { workshops, placements, participants, rounds, votes } = database;
  // Owners first: the order an import fills the stores in.
  const stores = [workshops, placements, participants, rounds, votes];

  return {
    /**
     * The records of the workshops with `ids` (every workshop for 'all'), read in one
     * transaction so no write lands between two stores. Rows the app cannot show are left out,
     * as a backup leaves them out (see restorableRecords): the file must pass the import's
     * checks. Ids of no workshop are ignored.
     */
    async read(ids: readonly string[] | 'all'): Promise<SnapshotRecords> {
      const [w, p, people, r, v] = await database.transaction('r', stores, () => {
        if (ids === 'all') {
          return Promise.all([
            workshops.toArray(),
            placements.toArray(),
            participants.toArray(),
            rounds.toArray(),
            votes.toArray(),
          ]);
        }
        const list = [...ids];
        return Promise.all([
          workshops.bulkGet(list).then((rows) => rows.filter((row) => row !== undefined)),
          placements.where('workshopId').anyOf(list).toArray(),
          participants.where('workshopId').anyOf(list).toArray(),
          rounds.where('workshopId').anyOf(list).toArray(),
          votes.where('workshopId').anyOf(list).toArray(),
        ]);
      });
      return restorableRecords({
        workshops: w,
        placements: p,
        participants: people,
        rounds: r,
        votes: v,
      });
    },

    /** Which of `ids` are workshops here now: what an import would bring in as copies. */
    async present(ids: readonly string[]): Promise<Set<string>> {
      const rows = await workshops.bulkGet([...ids]);
      return new Set(rows.flatMap((row) => (row ? [row.id] : [])));
    },

    /**
     * Adds a file's records beside the workshops here, all or nothing: one 'rw' transaction
     * reads which ids are taken, plans the import (a workshop already here comes in as a copy
     * with new ids, see planWorkshopImport) and adds every record. `add`, never `put`: nothing
     * is ever overwritten, and a failure at any record of any store (a full disk, a clash)
     * rolls the database back to exactly what it was.
     */
    async import(records: SnapshotRecords, options: ImportOptions): Promise<ImportedWorkshop[]> {
      return database.transaction('rw', stores, async () => {
        const [hereWorkshops, hereParticipants] = await Promise.all([
          workshops.bulkGet(records.workshops.map((w) => w.id)),
          participants.bulkGet(records.participants.map((p) => p.id)),
        ]);
        const taken = {
          workshopIds: new Set(hereWorkshops.flatMap((w) => (w ? [w.id] : []))),
          participantIds: new Set(hereParticipants.flatMap((p) => (p ? [p.id] : []))),
        };
        const plan = planWorkshopImport(records, taken, options);
        await workshops.bulkAdd(plan.records.workshops);
        await placements.bulkAdd(plan.records.placements);
        await participants.bulkAdd(plan.records.participants);
        await rounds.bulkAdd(plan.records.rounds);
        await votes.bulkAdd(plan.records.votes);
        return plan.workshops;
      });
    },
  };
}

export type WorkshopFileRepo = ReturnType<typeof createWorkshopFileRepo>;
export const workshopFileRepo = createWorkshopFileRepo(db);
