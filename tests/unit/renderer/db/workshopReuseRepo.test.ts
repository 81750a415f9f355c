import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WorkshopDatabase } from '../../../../renderer/src/db/db';
import { createWorkshopReuseRepo } from '../../../../renderer/src/db/workshopReuseRepo';
import type { SnapshotRecords } from '../../../../shared/io/snapshotFormat';
import { participant, placement, round, vote, workshop } from '../../shared/io/snapshotFixtures';

const NOW = Date.UTC(2026, 11, 3, 10);
let database: WorkshopDatabase;
let repo: ReturnType<typeof createWorkshopReuseRepo>;
let counter = 0;
const options = (mark: string) => ({ newId: () => `new-${++counter}`, mark, now: NOW });

beforeEach(() => {
  database = new WorkshopDatabase(`reuse-${crypto.randomUUID()}`);
  repo = createWorkshopReuseRepo(database);
  counter = 0;
});
afterEach(async () => {
  await database.delete();
});

/** Everything in the five stores, each in a fixed order. */
const contents = async (): Promise<SnapshotRecords> => ({
  workshops: await database.workshops.orderBy('id').toArray(),
  placements: await database.placements.toArray(),
  participants: await database.participants.orderBy('id').toArray(),
  rounds: await database.rounds.toArray(),
  votes: await database.votes.toArray(),
});

/** A workshop in the middle of its work, with a setup of its own, and one other workshop. */
async function seed() {
  const setup = {
    groups: [
      { id: 'companies', name: 'Företag i Vasa' },
      { id: 'g-extra', name: 'Studenter' },
    ],
    anonymous: true,
    consensusShare: 0.6,
  };
  const a = workshop('a', {
    title: 'Rådsmöte',
    setup,
    phase: 'discuss',
    timer: { phase: 'discuss', durationMs: 600_000, startedAt: 5, pausedRemainingMs: null },
  });
  await database.workshops.bulkAdd([a, workshop('b')]);
  await database.placements.bulkAdd([
    placement('a', 'open-data'),
    placement('a', 'climate-label', 0.9, 0.1),
    placement('a', 'not-in-catalogue'),
    placement('b', 'open-data'),
  ]);
  await database.participants.bulkAdd([
    participant('a', 'anna'),
    participant('a', 'bo', { removedAt: 7 }),
    participant('a', 'cai'),
    participant('b', 'dan'),
  ]);
  await database.rounds.bulkAdd([
    round('a', 1, { state: 'revealed', lockedAt: 1, revealedAt: 2 }),
    round('a', 2),
    round('b', 1),
  ]);
  await database.votes.bulkAdd([
    vote('a', 1, 'anna', 'open-data'),
    vote('a', 1, 'bo', 'open-data', 'skip'),
    vote('a', 2, 'cai', 'climate-label'),
    vote('b', 1, 'dan', 'open-data'),
  ]);
  return { a };
}

describe('duplicating a workshop as a template', () => {
  it('makes a new workshop with the setup only: no placements, participants, rounds or votes', async () => {
    const { a } = await seed();
    const before = await contents();
    const made = await repo.duplicate('a', 'template', options('(template)'));
    expect(made).toEqual({ id: 'new-1', title: 'Rådsmöte (template)', copy: true });
    const after = await contents();
    const template = after.workshops.find((w) => w.id === 'new-1');
    expect(template).toEqual({
      id: 'new-1',
      title: 'Rådsmöte (template)',
      organisation: a.organisation,
      date: a.date,
      setup: a.setup,
      createdAt: NOW,
      updatedAt: NOW,
    });
    // Phase and timer start afresh.
    expect(template).not.toHaveProperty('phase');
    expect(template).not.toHaveProperty('timer');
    // Nothing else was added, and the original is untouched.
    expect({ ...after, workshops: after.workshops.filter((w) => w.id !== 'new-1') }).toEqual(
      before,
    );
    for (const store of ['placements', 'participants', 'rounds', 'votes'] as const) {
      expect(after[store].filter((row) => row.workshopId === 'new-1')).toEqual([]);
    }
  });

  it('does not share the setup object with the original', async () => {
    await seed();
    await repo.duplicate('a', 'template', options('(template)'));
    await database.workshops.update('new-1', { 'setup.anonymous': false });
    expect((await database.workshops.get('a'))?.setup.anonymous).toBe(true);
  });
});

describe('duplicating a workshop as a full copy', () => {
  it('copies every record with new ids everywhere and leaves the original as it was', async () => {
    await seed();
    const before = await contents();
    const made = await repo.duplicate('a', 'copy', options('(copy)'));
    expect(made?.title).toBe('Rådsmöte (copy)');
    const copyId = made?.id ?? '';
    expect(copyId).not.toBe('a');
    const after = await contents();
    const ofCopy = <T extends { workshopId: string }>(rows: T[]) =>
      rows.filter((row) => row.workshopId === copyId);
    const ofA = <T extends { workshopId: string }>(rows: T[]) =>
      rows.filter((row) => row.workshopId === 'a');

    const copy = after.workshops.find((w) => w.id === copyId);
    const original = before.workshops.find((w) => w.id === 'a');
    expect(copy).toEqual({
      ...original,
      id: copyId,
      title: 'Rådsmöte (copy)',
      createdAt: NOW,
      updatedAt: NOW,
    });
    expect(ofCopy(after.placements)).toEqual(
      ofA(before.placements).map((p) => ({ ...p, workshopId: copyId })),
    );
    expect(ofCopy(after.rounds)).toEqual(
      ofA(before.rounds).map((r) => ({ ...r, workshopId: copyId })),
    );
    // Participants get new ids; votes follow them.
    const people = ofCopy(after.participants);
    expect(people).toHaveLength(3);
    const oldIds = new Set(before.participants.map((p) => p.id));
    expect(people.every((p) => !oldIds.has(p.id))).toBe(true);
    const newIdOf = new Map(
      people.map((p) => [before.participants.find((o) => o.name === p.name)?.id, p.id]),
    );
    expect(people.map(({ id: _id, workshopId: _w, ...rest }) => rest)).toEqual(
      ofA(before.participants).map(({ id: _id, workshopId: _w, ...rest }) => rest),
    );
    expect(ofCopy(after.votes)).toEqual(
      ofA(before.votes).map((v) => ({
        ...v,
        workshopId: copyId,
        participantId: newIdOf.get(v.participantId),
      })),
    );
    // The original and the other workshop are exactly as they were.
    const notCopy = <T extends { workshopId: string }>(rows: T[]) =>
      rows.filter((row) => row.workshopId !== copyId);
    expect({
      workshops: after.workshops.filter((w) => w.id !== copyId),
      placements: notCopy(after.placements),
      participants: notCopy(after.participants),
      rounds: notCopy(after.rounds),
      votes: notCopy(after.votes),
    }).toEqual(before);
  });

  it('makes nothing for a workshop that is not there', async () => {
    await seed();
    const before = await contents();
    expect(await repo.duplicate('gone', 'copy', options('(copy)'))).toBeUndefined();
    expect(await repo.duplicate('gone', 'template', options('(template)'))).toBeUndefined();
    expect(await contents()).toEqual(before);
  });
});

describe('deleting a workshop with undo', () => {
  it('counts what the delete takes: active participants, rounds, shown placements and answers', async () => {
    await seed();
    expect(await repo.contents('a')).toEqual({
      participants: 2,
      rounds: 2,
      placements: 2,
      votes: 3,
    });
    expect(await repo.contents('gone')).toEqual({
      participants: 0,
      rounds: 0,
      placements: 0,
      votes: 0,
    });
  });

  it('deletes every record of the workshop and restores exactly them, in every store', async () => {
    await seed();
    const before = await contents();
    const deleted = await repo.remove('a');
    const gone = await contents();
    for (const store of ['placements', 'participants', 'rounds', 'votes'] as const) {
      expect(gone[store].some((row) => row.workshopId === 'a')).toBe(false);
      expect(gone[store].some((row) => row.workshopId === 'b')).toBe(true);
    }
    expect(gone.workshops.map((w) => w.id)).toEqual(['b']);
    expect(deleted.records.placements).toHaveLength(3);
    expect(deleted.records.votes).toHaveLength(3);

    await repo.restore(deleted);
    expect(await contents()).toEqual(before);
  });

  it('leaves the delete standing when it is not undone', async () => {
    await seed();
    await repo.remove('a');
    // A new connection, as after the app is closed and opened again.
    const reopened = new WorkshopDatabase(database.name);
    try {
      expect(await reopened.workshops.get('a')).toBeUndefined();
      expect(await reopened.placements.where('workshopId').equals('a').count()).toBe(0);
      expect(await reopened.votes.where('workshopId').equals('a').count()).toBe(0);
    } finally {
      reopened.close();
    }
  });

  it('restores all or nothing: a clash on any record writes nothing', async () => {
    await seed();
    const deleted = await repo.remove('a');
    await database.votes.add(vote('a', 2, 'cai', 'climate-label'));
    const before = await contents();
    await expect(repo.restore(deleted)).rejects.toThrow();
    expect(await contents()).toEqual(before);
  });
});
