import { isVoteValue, type Vote } from '@shared/domain/vote';
import { db, type WorkshopDatabase } from './db';

/** Reads participants' votes; changes go through the changes repository. */
export function createVotesRepo(database: WorkshopDatabase) {
  return {
    /** Every vote of a workshop, all rounds. Rows with a value the app cannot read are left out. */
    async listForWorkshop(workshopId: string): Promise<Vote[]> {
      // A range of the primary key, not the workshopId index: a live query then watches one
      // range instead of every row's key, which keeps a vote → pooled view update fast.
      const rows = await database.votes
        .where(':id')
        // Keys sort number < array: [id] comes before and [id, []] after every [id, round, …].
        .between([workshopId], [workshopId, []])
        .toArray();
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
