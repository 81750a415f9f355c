import { defaultSetup, type Workshop, type WorkshopDraft } from '@shared/domain/workshop';
import { validateWorkshopDraft } from '@shared/domain/workshopDraft';
import { db, type WorkshopDatabase } from './db';

/** Workshops on this machine. The only way the UI reads or writes them. */
export function createWorkshopsRepo(database: WorkshopDatabase) {
  return {
    /** All workshops, newest first. */
    async list(): Promise<Workshop[]> {
      return database.workshops.orderBy('createdAt').reverse().toArray();
    },

    async get(id: string): Promise<Workshop | undefined> {
      return database.workshops.get(id);
    },

    /** Creates a workshop from a validated draft; throws a `WorkshopDraftError` on bad input. */
    async create(draft: WorkshopDraft, now = Date.now()): Promise<Workshop> {
      const clean = validateWorkshopDraft(draft);
      const workshop: Workshop = {
        id: crypto.randomUUID(),
        ...clean,
        setup: defaultSetup(),
        createdAt: now,
        updatedAt: now,
      };
      await database.workshops.add(workshop);
      return workshop;
    },

    /** Deletes a workshop and every row that belongs to it, in every store, all or nothing. */
    async remove(id: string): Promise<void> {
      const { workshops, placements, participants, rounds, votes } = database;
      await database.transaction(
        'rw',
        [workshops, placements, participants, rounds, votes],
        async () => {
          for (const table of [placements, participants, rounds, votes]) {
            await table.where('workshopId').equals(id).delete();
          }
          await workshops.delete(id);
        },
      );
    },
  };
}

export type WorkshopsRepo = ReturnType<typeof createWorkshopsRepo>;
export const workshopsRepo = createWorkshopsRepo(db);
