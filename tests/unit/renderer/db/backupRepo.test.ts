import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBackupRepo } from '../../../../renderer/src/db/backupRepo';
import { WorkshopDatabase } from '../../../../renderer/src/db/db';
import { createPlacementsRepo } from '../../../../renderer/src/db/placementsRepo';
import { createWorkshopsRepo } from '../../../../renderer/src/db/workshopsRepo';
import { parseSnapshot } from '../../../../shared/io/parseSnapshot';
import { serializeSnapshot } from '../../../../shared/io/serializeSnapshot';
import type { Snapshot } from '../../../../shared/io/snapshotFormat';
import {
  participant,
  placement,
  round,
  snapshotOf,
  vote,
  workshop,
} from '../../shared/io/snapshotFixtures';

let database: WorkshopDatabase;
let repo: ReturnType<typeof createBackupRepo>;

beforeEach(() => {
  database = new WorkshopDatabase(`test-${crypto.randomUUID()}`);
  repo = createBackupRepo(database);
});
afterEach(async () => {
  await database.delete();
});

/** Everything in the five stores of a snapshot, in key order. */
const contents = async () => ({
  workshops: await database.workshops.toArray(),
  placements: await database.placements.toArray(),
  participants: await database.participants.orderBy('id').toArray(),
  rounds: await database.rounds.toArray(),
  votes: await database.votes.toArray(),
});
const storesOf = (snapshot: Snapshot) => ({
  workshops: snapshot.workshops,
  placements: snapshot.placements,
  participants: snapshot.participants,
  rounds: snapshot.rounds,
  votes: snapshot.votes,
});

/** Two workshops made by the app, with placements, participants, rounds and votes. */
async function seed() {
  const workshops = createWorkshopsRepo(database);
  const placements = createPlacementsRepo(database);
  const a = await workshops.create({ title: 'Rådsmöte', organisation: 'Åbo', date: '2026-11-30' });
  const b = await workshops.create({ title: 'Höst', organisation: '', date: '2026-10-01' });
  await placements.place(a.id, 'open-data', { x: 0.2, y: 0.8 });
  await placements.place(a.id, 'climate-label', { x: 0.9, y: 0.1 });
  await placements.place(b.id, 'open-data', { x: 0.5, y: 0.5 });
  await database.participants.bulkPut([
    participant(a.id, 'anna', { groupId: 'council' }),
    participant(a.id, 'bo', { removedAt: 1_700_000_900_000 }),
    participant(b.id, 'cia', { name: '' }),
  ]);
  await database.rounds.bulkPut([
    round(a.id, 1, { state: 'revealed', lockedAt: 1, revealedAt: 2 }),
    round(a.id, 2),
    round(b.id, 1),
  ]);
  await database.votes.bulkPut([
    vote(a.id, 1, 'anna', 'open-data', { x: 0.1, y: 0.2 }),
    vote(a.id, 1, 'bo', 'open-data', 'skip'),
    vote(a.id, 2, 'anna', 'open-data', { x: 0.3, y: 0.2 }),
    vote(b.id, 1, 'cia', 'climate-label', { x: 1, y: 1 }),
  ]);
  return { a, b };
}

describe('backupRepo.snapshot', () => {
  it('holds every record of the five stores, valid for parseSnapshot', async () => {
    await seed();
    const snapshot = await repo.snapshot(Date.UTC(2026, 10, 30, 8));
    expect(snapshot.createdAt).toBe('2026-11-30T08:00:00.000Z');
    expect(snapshot.workshops).toHaveLength(2);
    expect(snapshot.placements).toHaveLength(3);
    expect(snapshot.participants.map((p) => p.id)).toEqual(
      expect.arrayContaining(['anna', 'bo', 'cia']),
    );
    expect(snapshot.rounds).toHaveLength(3);
    expect(snapshot.votes).toHaveLength(4);
    expect(parseSnapshot(serializeSnapshot(snapshot))).toEqual({ ok: true, snapshot });
  });

  it('leaves out rows the board cannot show, and fields no record should have', async () => {
    const { a } = await seed();
    await database.placements.put({ ...placement(a.id, 'broken'), position: { x: 5, y: 0 } });
    await database.placements.put(placement('no-such-workshop', 'open-data'));
    await database.workshops.update(a.id, { stray: 'x' } as Partial<typeof a>);
    const snapshot = await repo.snapshot();
    expect(snapshot.placements.map((p) => p.modelId).sort()).toEqual([
      'climate-label',
      'open-data',
      'open-data',
    ]);
    expect(parseSnapshot(serializeSnapshot(snapshot)).ok).toBe(true);
  });

  it('leaves out orphan votes and voices of no workshop, so the file still restores', async () => {
    const { a, b } = await seed();
    const before = await repo.snapshot(0);
    // A participant deleted outright (not removed): their votes are orphans.
    await database.participants.delete('bo');
    await database.votes.bulkPut([
      vote(a.id, 9, 'anna', 'climate-label'), // round 9 does not exist
      vote(a.id, 1, 'cia', 'climate-label'), // cia belongs to the other workshop
      { ...vote(b.id, 1, 'cia', 'open-data'), value: 'maybe' as unknown as 'skip' },
      { ...vote(b.id, 1, 'cia', 'diploma'), value: { x: 2, y: 0 } },
    ]);
    await database.participants.put(participant('no-such-workshop', 'dan'));
    await database.participants.put(participant(a.id, 'eva', { groupId: 'deleted-group' }));
    await database.rounds.put(round('no-such-workshop', 1));
    const snapshot = await repo.snapshot(0);
    const orphan = (v: { participantId: string }) => v.participantId === 'bo';
    expect(snapshot.votes).toEqual(before.votes.filter((v) => !orphan(v)));
    expect(snapshot.participants).toEqual(before.participants.filter((p) => p.id !== 'bo'));
    expect(snapshot.rounds).toEqual(before.rounds);
    expect(parseSnapshot(serializeSnapshot(snapshot)).ok).toBe(true);
  });

  it('reads a workshop of the version 1 database as the app shows it', async () => {
    await database.workshops.put(workshop('old', { setup: undefined }));
    const snapshot = await repo.snapshot(0);
    expect(snapshot.workshops[0]?.setup.groups.map((g) => g.id)).toEqual([
      'companies',
      'council',
      'officials',
      'other',
    ]);
    expect(parseSnapshot(serializeSnapshot(snapshot)).ok).toBe(true);
  });
});

describe('backupRepo.restore', () => {
  it('replaces the contents: export → restore → export gives identical bytes', async () => {
    await seed();
    const exported = serializeSnapshot(await repo.snapshot(1000));
    const parsed = parseSnapshot(exported);
    if (!parsed.ok) throw new Error(parsed.reason);

    await database.workshops.clear();
    await database.votes.clear();
    await database.participants.put(participant('other', 'stray'));
    await createWorkshopsRepo(database).create({
      title: 'Ny',
      organisation: '',
      date: '2026-01-01',
    });
    await repo.restore(parsed.snapshot);

    expect(serializeSnapshot(await repo.snapshot(1000))).toBe(exported);
    expect(await database.participants.get('stray')).toBeUndefined();
  });

  it('restores a file into an empty database and keeps the settings', async () => {
    await database.settings.put({ key: 'locale', value: 'en' });
    await repo.restore(snapshotOf(3));
    expect(await contents()).toEqual(storesOf(snapshotOf(3)));
    expect(await database.settings.get('locale')).toEqual({ key: 'locale', value: 'en' });
  });

  it('restores the backup file the version 1 app wrote', async () => {
    await seed();
    const v1 = readFileSync(
      new URL('../../shared/io/fixtures/backup-v1.json', import.meta.url),
      'utf8',
    );
    const parsed = parseSnapshot(v1);
    if (!parsed.ok) throw new Error(parsed.reason);
    await repo.restore(parsed.snapshot);
    const after = await contents();
    expect(after.workshops.map((w) => w.title)).toEqual(
      parsed.snapshot.workshops.map((w) => w.title),
    );
    expect(after.placements).toEqual(parsed.snapshot.placements);
    expect(after.participants).toEqual([]);
    expect(after.votes).toEqual([]);
  });

  it('is all or nothing: a duplicate key at record k leaves the database exactly as before', async () => {
    await seed();
    const before = await contents();
    const broken: Snapshot = {
      ...snapshotOf(4),
      // The third placement repeats the second one's key: IndexedDB refuses it mid-way.
      placements: [
        placement('w0', 'a'),
        placement('w1', 'b'),
        placement('w1', 'b', 0.1, 0.1),
        placement('w2', 'c'),
      ],
    };
    await expect(repo.restore(broken)).rejects.toThrow();
    expect(await contents()).toEqual(before);
  });

  it('is all or nothing: a duplicate vote, in the last store written, changes no store', async () => {
    await seed();
    const before = await contents();
    const broken = snapshotOf(3);
    broken.votes.push({ ...broken.votes[5]!, value: 'skip' });
    await expect(repo.restore(broken)).rejects.toThrow();
    expect(await contents()).toEqual(before);
  });

  it('is all or nothing: a key IndexedDB cannot store leaves the database as before', async () => {
    await seed();
    const before = await contents();
    const broken = snapshotOf(3);
    // NaN is not a valid IndexedDB key: the add of workshop k fails inside the transaction.
    broken.workshops[2] = { ...workshop('w2'), id: Number.NaN as unknown as string };
    await expect(repo.restore(broken)).rejects.toThrow();
    expect(await contents()).toEqual(before);
    const badRound = snapshotOf(3);
    badRound.rounds[4] = { ...badRound.rounds[4]!, number: Number.NaN };
    await expect(repo.restore(badRound)).rejects.toThrow();
    expect(await contents()).toEqual(before);
  });

  it.each(['placements', 'participants', 'rounds', 'votes'] as const)(
    'is all or nothing when the disk fails while writing %s',
    async (store) => {
      await seed();
      const before = await contents();
      const spy = vi
        .spyOn(database[store], 'bulkAdd')
        .mockRejectedValueOnce(Object.assign(new Error('quota'), { name: 'QuotaExceededError' }));
      await expect(repo.restore(snapshotOf(2))).rejects.toThrow('quota');
      expect(spy).toHaveBeenCalledTimes(1);
      spy.mockRestore();
      expect(await contents()).toEqual(before);
    },
  );
});

describe('backupRepo.watch', () => {
  it('reports changes after subscribing, not the state it starts from', async () => {
    const onChange = vi.fn();
    const stop = repo.watch(onChange);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(onChange).not.toHaveBeenCalled();
    await repo.restore(snapshotOf(1));
    await vi.waitFor(() => expect(onChange).toHaveBeenCalled());
    stop();
    const calls = onChange.mock.calls.length;
    await repo.restore(snapshotOf(2));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(onChange).toHaveBeenCalledTimes(calls);
  });

  it.each([
    ['a vote', () => database.votes.put(vote('w0', 2, 'w0-bo', 'open-data', 'skip'))],
    ['a participant', () => database.participants.update('w0-anna', { name: 'Anna' })],
    ['a round', () => database.rounds.update(['w0', 2], { state: 'locked', lockedAt: 5 })],
  ])('fires on a change to %s alone', async (_label, change) => {
    await repo.restore(snapshotOf(1));
    const onChange = vi.fn();
    const stop = repo.watch(onChange);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(onChange).not.toHaveBeenCalled();
    await change();
    await vi.waitFor(() => expect(onChange).toHaveBeenCalled());
    stop();
  });
});
