import { MODELS } from '@shared/catalogue';
import type { SnapshotRecords } from '@shared/io/snapshotFormat';
import { planWorkshopImport, type ImportedWorkshop } from '@shared/io/workshopFileImport';
import { templateOf } from '@shared/io/workshopTemplate';
import { db, type WorkshopDatabase } from './db';

/** How a workshop is made again: its setup only, or everything in it. */
export type DuplicateKind = 'template' | 'copy';

export type DuplicateOptions = {
  /** A fresh id (`crypto.randomUUID()` in the app). */
  newId: () => string;
  /** The mark the new title gets, in the user's language: "(template)" or "(copy)". */
  mark: string;
  now: number;
};

/** What deleting a workshop takes with it, as the delete question names it. */
export type WorkshopContents = {
  /** Participants still in the workshop (a removed one whose votes were kept is not counted). */
  participants: number;
  rounds: number;
  /** The group's placements of models the catalogue shows. */
  placements: number;
  /** Participants' answers of models the catalogue shows. */
  votes: number;
};

/**
 * A deleted workshop: every record it had, in every store, exactly as it was read in the
 * transaction that deleted it. Held in memory only: closing the app lets the delete stand.
 */
export type DeletedWorkshop = { workshopId: string; records: SnapshotRecords };

/** Making workshops again from one that exists, and taking a delete back. */
export function createWorkshopReuseRepo(database: WorkshopDatabase) {
  const { workshops, placements, participants, rounds, votes } = database;
  // Owners first: the order records are added in.
  const stores = [workshops, placements, participants, rounds, votes];

  /** Every record of workshop `id`, raw; call inside a transaction over `stores`. */
  const recordsOf = async (id: string): Promise<SnapshotRecords> => {
    const [workshop, p, people, r, v] = await Promise.all([
      workshops.get(id),
      placements.where('workshopId').equals(id).toArray(),
      participants.where('workshopId').equals(id).toArray(),
      rounds.where('workshopId').equals(id).toArray(),
      votes.where('workshopId').equals(id).toArray(),
    ]);
    return {
      workshops: workshop ? [workshop] : [],
      placements: p,
      participants: people,
      rounds: r,
      votes: v,
    };
  };

  const addAll = async (records: SnapshotRecords) => {
    // `add`, never `put`: nothing here is ever overwritten; a clash rolls everything back.
    await workshops.bulkAdd(records.workshops);
    await placements.bulkAdd(records.placements);
    await participants.bulkAdd(records.participants);
    await rounds.bulkAdd(records.rounds);
    await votes.bulkAdd(records.votes);
  };

  return {
    /**
     * A new workshop made from workshop `id`, all or nothing, in one transaction. A template
     * has the setup only (see templateOf); a copy has every record, with new ids throughout
     * (the import's plan for a workshop already here). The original is not touched. Undefined
     * when there is no such workshop.
     */
    async duplicate(
      id: string,
      kind: DuplicateKind,
      options: DuplicateOptions,
    ): Promise<ImportedWorkshop | undefined> {
      return database.transaction('rw', stores, async () => {
        const records = await recordsOf(id);
        const original = records.workshops[0];
        if (!original) return undefined;
        if (kind === 'template') {
          const taken = new Set(
            (await workshops.toCollection().primaryKeys()).map((key) => String(key)),
          );
          let newId = options.newId();
          while (taken.has(newId)) newId = options.newId();
          const template = templateOf(original, {
            id: newId,
            mark: options.mark,
            now: options.now,
          });
          await workshops.add(template);
          return { id: template.id, title: template.title, copy: true };
        }
        const taken = {
          workshopIds: new Set([id]),
          participantIds: new Set(
            (await participants.toCollection().primaryKeys()).map((key) => String(key)),
          ),
        };
        const plan = planWorkshopImport(records, taken, {
          newId: options.newId,
          copyMark: options.mark,
          now: options.now,
        });
        await addAll(plan.records);
        return plan.workshops[0];
      });
    },

    /** What workshop `id` holds, read in one transaction. */
    async contents(id: string): Promise<WorkshopContents> {
      const shown = new Set(MODELS.map((model) => model.id));
      const records = await database.transaction('r', stores, () => recordsOf(id));
      return {
        participants: records.participants.filter((p) => p.removedAt === null).length,
        rounds: records.rounds.length,
        placements: records.placements.filter((p) => shown.has(p.modelId)).length,
        votes: records.votes.filter((v) => shown.has(v.modelId)).length,
      };
    },

    /**
     * Deletes workshop `id` and every row that belongs to it, in every store, all or nothing,
     * and returns what was deleted, read in the same transaction (so `restore` brings back
     * exactly that, whatever was written just before).
     */
    async remove(id: string): Promise<DeletedWorkshop> {
      return database.transaction('rw', stores, async () => {
        const records = await recordsOf(id);
        for (const table of [placements, participants, rounds, votes]) {
          await table.where('workshopId').equals(id).delete();
        }
        await workshops.delete(id);
        return { workshopId: id, records };
      });
    },

    /**
     * Puts a deleted workshop back, all or nothing. Fails (and writes nothing) if any of its
     * records' keys has been taken since: a restore never overwrites.
     */
    async restore(deleted: DeletedWorkshop): Promise<void> {
      await database.transaction('rw', stores, () => addAll(deleted.records));
    },
  };
}

export type WorkshopReuseRepo = ReturnType<typeof createWorkshopReuseRepo>;
export const workshopReuseRepo = createWorkshopReuseRepo(db);
