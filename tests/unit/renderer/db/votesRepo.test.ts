import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createChangesRepo } from '../../../../renderer/src/db/changesRepo';
import { WorkshopDatabase } from '../../../../renderer/src/db/db';
import { createVotesRepo } from '../../../../renderer/src/db/votesRepo';
import { createWorkshopsRepo } from '../../../../renderer/src/db/workshopsRepo';

let database: WorkshopDatabase;
beforeEach(() => {
  database = new WorkshopDatabase(`votes-${crypto.randomUUID()}`);
});
afterEach(() => database.delete());

describe('votesRepo', () => {
  it('lists a workshop’s votes of every round, and none of another workshop', async () => {
    const workshops = createWorkshopsRepo(database);
    const changes = createChangesRepo(database);
    const draft = { title: 'T', organisation: '', date: '2026-12-02' };
    const [a, b] = [await workshops.create(draft), await workshops.create(draft)];
    const vote = (workshopId: string, round: number, modelId: string) =>
      changes.record(() => ({
        kind: 'vote.set',
        workshopId,
        round,
        participantId: 'p',
        modelId,
        from: null,
        to: { x: 0.5, y: 0.5 },
      }));
    await vote(a.id, 1, 'open-data');
    await vote(a.id, 2, 'open-data');
    await vote(a.id, 10, 'climate-label');
    await vote(b.id, 1, 'open-data');
    // A raw row with a value the app cannot read is left out.
    await database.votes.put({
      workshopId: a.id,
      round: 3,
      participantId: 'p',
      modelId: 'x',
      value: 'maybe' as never,
      updatedAt: 0,
    });

    const repo = createVotesRepo(database);
    expect((await repo.listForWorkshop(a.id)).map((v) => [v.round, v.modelId])).toEqual([
      [1, 'open-data'],
      [2, 'open-data'],
      [10, 'climate-label'],
    ]);
    expect(await repo.listForWorkshop(b.id)).toHaveLength(1);
    expect(await repo.listForRound(a.id, 2)).toHaveLength(1);
  });
});
