import { isVoteValue, type Vote } from '@shared/domain/vote';
import { db, type WorkshopDatabase } from './db';

/** Reads participants' votes; changes go through the changes repository. */
export function createVotesRepo(database: WorkshopDatabase) {
  return {
    /** Every vote of a workshop, all rounds. Rows with a value the app cannot read are left out. */
    async listForWorkshop(workshopId: string): Promise<Vote[]> {
      const rows = await database.votes.where('workshopId').equals(workshopId).toArray();
      return rows.filter((row) => isVoteValue(row.value));
    },

    /** The votes of one round. */
    async listForRound(workshopId: string, round: number): Promise<Vote[]> {
      const rows = await database.votes
        .where('[workshopId+round]')
        .equals([workshopId, round])
        .toArray();
      return rows.filter((row) => isVoteValue(row.value));
    },
  };
}

export const votesRepo = createVotesRepo(db);
