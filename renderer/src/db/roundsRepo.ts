import type { Round } from '@shared/domain/round';
import { db, type WorkshopDatabase } from './db';

/** Reads a workshop's rounds; changes go through the changes repository. */
export function createRoundsRepo(database: WorkshopDatabase) {
  return {
    /** Rounds by number, first first. */
    async listForWorkshop(workshopId: string): Promise<Round[]> {
      return database.rounds
        .where('[workshopId+number]')
        .between([workshopId, 0], [workshopId, Infinity])
        .toArray();
    },
  };
}

export const roundsRepo = createRoundsRepo(db);
