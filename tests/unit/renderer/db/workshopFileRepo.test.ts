import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WorkshopDatabase } from '../../../../renderer/src/db/db';
import { createPlacementsRepo } from '../../../../renderer/src/db/placementsRepo';
import { createWorkshopFileRepo } from '../../../../renderer/src/db/workshopFileRepo';
import { createWorkshopsRepo } from '../../../../renderer/src/db/workshopsRepo';
import {
  createWorkshopFile,
  serializeWorkshopFile,
} from '../../../../shared/io/workshopFileFormat';
import { parseWorkshopFile } from '../../../../shared/io/workshopFileParse';
import { participant, round, vote } from '../../shared/io/snapshotFixtures';

const NOW = Date.UTC(2026, 11, 2, 10);
const databases: WorkshopDatabase[] = [];

function freshDatabase() {
  const database = new WorkshopDatabase(`files-${crypto.randomUUID()}`);
  databases.push(database);
  return database;
}

let database: WorkshopDatabase;
let repo: ReturnType<typeof createWorkshopFileRepo>;

beforeEach(() => {
  database = freshDatabase();
  repo = createWorkshopFileRepo(database);
});
afterEach(async () => {
  await Promise.all(databases.splice(0).map((d) => d.delete()));
});

/** Everything in the five stores, each in a fixed order. */
const contents = async (from = database) => ({
  workshops: await from.workshops.orderBy('id').toArray(),
  placements: await from.placements.toArray(),
  participants: await from.participants.orderBy('id').toArray(),
  rounds: await from.rounds.toArray(),
  votes: await from.votes.toArray(),
});

/** Two workshops made by the app; the first with participants, rounds and votes. */
async function seed(into = database) {
  const workshops = createWorkshopsRepo(into);
  const placements = createPlacementsRepo(into);
  const a = await workshops.create({ title: 'Rådsmöte', organisation: 'Åbo', date: '2026-11-30' });
  const b = await workshops.create({ title: 'Höst', organisation: '', date: '2026-10-01' });
  await placements.place(a.id, 'open-data', { x: 0.2, y: 0.8 });
  await placements.place(b.id, 'climate-label', { x: 0.9, y: 0.1 });
  await into.participants.bulkPut([participant(a.id, 'anna'), participant(a.id, 'bo')]);
  await into.rounds.bulkPut([round(a.id, 1, { state: 'revealed', lockedAt: 1, revealedAt: 2 })]);
  await into.votes.bulkPut([
    vote(a.id, 1, 'anna', 'open-data', { x: 0.1, y: 0.2 }),
    vote(a.id, 1, 'bo', 'open-data', 'skip'),
  ]);
  return { a, b };
}

/** A workshop file of `ids` as the export writes it, read back as the import reads it. */
async function exportAndRead(ids: string[] | 'all', from = repo) {
  const text = serializeWorkshopFile(
    createWorkshopFile(await from.read(ids), ids === 'all' ? 'all' : 'workshop', NOW),
  );
  const parsed = parseWorkshopFile(text);
  if (!parsed.ok) throw new Error(`${parsed.reason} ${parsed.detail ?? ''}`);
  return { text, file: parsed.file };
}

const importOptions = () => ({ newId: () => crypto.randomUUID(), copyMark: '(kopia)', now: NOW });

describe('workshopFileRepo.read', () => {
  it('holds the chosen workshop with everything in it, and nothing of the others', async () => {
    const { a } = await seed();
    const records = await repo.read([a.id, 'no-such-workshop']);
    expect(records.workshops.map((w) => w.title)).toEqual(['Rådsmöte']);
    expect(records.placements.map((p) => p.modelId)).toEqual(['open-data']);
    expect(records.participants.map((p) => p.id).sort()).toEqual(['anna', 'bo']);
    expect(records.rounds).toHaveLength(1);
    expect(records.votes).toHaveLength(2);
    expect((await repo.read('all')).workshops).toHaveLength(2);
  });
});

describe('workshopFileRepo.import', () => {
  it('moves workshops to another machine exactly: export → import → export gives the same file', async () => {
    await seed();
    const { text, file } = await exportAndRead('all');
    const elsewhere = freshDatabase();
    const other = createWorkshopFileRepo(elsewhere);
    const imported = await other.import(file, importOptions());
    expect(imported.map((w) => w.copy)).toEqual([false, false]);
    expect(await contents(elsewhere)).toEqual(await contents(database));
    expect((await exportAndRead('all', other)).text).toBe(text);
  });

  it('brings a workshop that is here as a copy with new ids; the original is untouched', async () => {
    const { a } = await seed();
    const before = await contents();
    const { file } = await exportAndRead([a.id]);
    const [imported] = await repo.import(file, importOptions());
    expect(imported).toMatchObject({ title: 'Rådsmöte (kopia)', copy: true });
    const copyId = imported?.id ?? '';
    expect(copyId).not.toBe(a.id);

    const after = await contents();
    // Everything that was there is still there, unchanged.
    for (const store of ['workshops', 'placements', 'participants', 'rounds', 'votes'] as const) {
      expect(after[store]).toEqual(expect.arrayContaining(before[store] as unknown[]));
    }
    const copy = after.workshops.find((w) => w.id === copyId);
    expect(copy).toMatchObject({ title: 'Rådsmöte (kopia)', organisation: 'Åbo', createdAt: NOW });
    const mine = <T extends { workshopId: string }>(rows: T[]) =>
      rows.filter((row) => row.workshopId === copyId);
    expect(mine(after.placements).map((p) => [p.modelId, p.position])).toEqual([
      ['open-data', { x: 0.2, y: 0.8 }],
    ]);
    const people = mine(after.participants);
    expect(people.map((p) => p.name).sort()).toEqual(['Deltagare anna', 'Deltagare bo']);
    expect(people.some((p) => p.id === 'anna' || p.id === 'bo')).toBe(false);
    expect(mine(after.rounds).map((r) => [r.number, r.state])).toEqual([[1, 'revealed']]);
    const idOf = (name: string) => people.find((p) => p.name === name)?.id;
    expect(
      mine(after.votes)
        .map((v) => [v.round, v.participantId, v.value])
        .sort((x, y) => String(x[1]).localeCompare(String(y[1]))),
    ).toEqual(
      [
        [1, idOf('Deltagare anna'), { x: 0.1, y: 0.2 }],
        [1, idOf('Deltagare bo'), 'skip'],
      ].sort((x, y) => String(x[1]).localeCompare(String(y[1]))),
    );
  });

  it('changes nothing when a write fails midway (at the second vote)', async () => {
    await seed();
    const { file } = await exportAndRead('all');
    const elsewhere = freshDatabase();
    await seed(elsewhere);
    const before = await contents(elsewhere);
    let votesWritten = 0;
    elsewhere.votes.hook('creating', () => {
      votesWritten += 1;
      if (votesWritten === 2) throw new Error('disk gone');
    });
    await expect(createWorkshopFileRepo(elsewhere).import(file, importOptions())).rejects.toThrow(
      'disk gone',
    );
    expect(votesWritten).toBe(2);
    expect(await contents(elsewhere)).toEqual(before);
  });
});
