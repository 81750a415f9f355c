import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBackupRepo } from '../../../../renderer/src/db/backupRepo';
import { WorkshopDatabase } from '../../../../renderer/src/db/db';
import { createPlacementsRepo } from '../../../../renderer/src/db/placementsRepo';
import { createWorkshopsRepo } from '../../../../renderer/src/db/workshopsRepo';
import { parseSnapshot } from '../../../../shared/io/parseSnapshot';
import { serializeSnapshot } from '../../../../shared/io/serializeSnapshot';
import type { Snapshot } from '../../../../shared/io/snapshotFormat';
import { placement, snapshotOf, workshop } from '../../shared/io/snapshotFixtures';

let database: WorkshopDatabase;
let repo: ReturnType<typeof createBackupRepo>;

beforeEach(() => {
  database = new WorkshopDatabase(`test-${crypto.randomUUID()}`);
  repo = createBackupRepo(database);
});
afterEach(async () => {
  await database.delete();
});

/** Everything in the two tables, in key order. */
const contents = async () => ({
  workshops: await database.workshops.toArray(),
  placements: await database.placements.toArray(),
});

async function seed() {
  const workshops = createWorkshopsRepo(database);
  const placements = createPlacementsRepo(database);
  const a = await workshops.create({ title: 'Rådsmöte', organisation: 'Åbo', date: '2026-11-30' });
  const b = await workshops.create({ title: 'Höst', organisation: '', date: '2026-10-01' });
  await placements.place(a.id, 'open-data', { x: 0.2, y: 0.8 });
  await placements.place(a.id, 'climate-label', { x: 0.9, y: 0.1 });
  await placements.place(b.id, 'open-data', { x: 0.5, y: 0.5 });
  return { a, b };
}

describe('backupRepo.snapshot', () => {
  it('holds every workshop and placement, valid for parseSnapshot', async () => {
    await seed();
    const snapshot = await repo.snapshot(Date.UTC(2026, 10, 30, 8));
    expect(snapshot.createdAt).toBe('2026-11-30T08:00:00.000Z');
    expect(snapshot.workshops).toHaveLength(2);
    expect(snapshot.placements).toHaveLength(3);
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
});

describe('backupRepo.restore', () => {
  it('replaces the contents: export → restore → export gives identical data', async () => {
    await seed();
    const exported = serializeSnapshot(await repo.snapshot(1000));
    const parsed = parseSnapshot(exported);
    if (!parsed.ok) throw new Error(parsed.reason);

    await database.workshops.clear();
    await createWorkshopsRepo(database).create({
      title: 'Ny',
      organisation: '',
      date: '2026-01-01',
    });
    await repo.restore(parsed.snapshot);

    expect(serializeSnapshot(await repo.snapshot(1000))).toBe(exported);
  });

  it('restores a file into an empty database and keeps the settings', async () => {
    await database.settings.put({ key: 'locale', value: 'en' });
    await repo.restore(snapshotOf(3));
    expect(await contents()).toEqual({
      workshops: snapshotOf(3).workshops,
      placements: snapshotOf(3).placements,
    });
    expect(await database.settings.get('locale')).toEqual({ key: 'locale', value: 'en' });
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

  it('is all or nothing: a key IndexedDB cannot store leaves the database as before', async () => {
    await seed();
    const before = await contents();
    const broken = snapshotOf(3);
    // NaN is not a valid IndexedDB key: the add of workshop k fails inside the transaction.
    broken.workshops[2] = { ...workshop('w2'), id: Number.NaN as unknown as string };
    await expect(repo.restore(broken)).rejects.toThrow();
    expect(await contents()).toEqual(before);
  });

  it('is all or nothing when the disk fails during the writes', async () => {
    await seed();
    const before = await contents();
    const spy = vi
      .spyOn(database.placements, 'bulkAdd')
      .mockRejectedValueOnce(Object.assign(new Error('quota'), { name: 'QuotaExceededError' }));
    await expect(repo.restore(snapshotOf(2))).rejects.toThrow('quota');
    spy.mockRestore();
    expect(await contents()).toEqual(before);
  });
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
});
