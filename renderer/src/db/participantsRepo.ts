import type { Participant } from '@shared/domain/participant';
import { db, type WorkshopDatabase } from './db';

/** Reads a workshop's participants; changes go through the changes repository. */
export function createParticipantsRepo(database: WorkshopDatabase) {
  return {
    /** Everyone who ever took part, removed ones included (their kept votes still count). */
    async listForWorkshop(workshopId: string): Promise<Participant[]> {
      const rows = await database.participants.where('workshopId').equals(workshopId).toArray();
      return rows
        .map((row) => ({ ...row, removedAt: row.removedAt ?? null }))
        .sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
    },
  };
}

export const participantsRepo = createParticipantsRepo(db);
