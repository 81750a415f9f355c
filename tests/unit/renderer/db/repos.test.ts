import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultSetup } from '../../../../shared/domain/workshop';
import { SCHEMA_VERSION, WorkshopDatabase } from '../../../../renderer/src/db/db';
import { createChangesRepo } from '../../../../renderer/src/db/changesRepo';
import { createPlacementsRepo } from '../../../../renderer/src/db/placementsRepo';
import { createSettingsRepo } from '../../../../renderer/src/db/settingsRepo';
import { createWorkshopsRepo } from '../../../../renderer/src/db/workshopsRepo';

let database: WorkshopDatabase;
let workshops: ReturnType<typeof createWorkshopsRepo>;
let placements: ReturnType<typeof createPlacementsRepo>;

beforeEach(() => {
  database = new WorkshopDatabase(`test-${crypto.randomUUID()}`);
  workshops = createWorkshopsRepo(database);
  placements = createPlacementsRepo(database);
});

afterEach(async () => {
  await database.delete();
});

const draft = (title: string) => ({ title, organisation: 'Vanda stad', date: '2026-11-30' });

describe('workshopsRepo', () => {
  it('lists workshops newest first', async () => {
    await workshops.create(draft('Första'), 1000);
    await workshops.create(draft('Tredje'), 3000);
    await workshops.create(draft('Andra'), 2000);
    expect((await workshops.list()).map((w) => w.title)).toEqual(['Tredje', 'Andra', 'Första']);
  });

  it('stores a clean copy with a random id and the creation time', async () => {
    const created = await workshops.create(
      { title: '  Rådsmöte ', organisation: '', date: '2026-01-02' },
      42,
    );
    expect(created.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(await workshops.get(created.id)).toEqual({
      id: created.id,
      title: 'Rådsmöte',
      organisation: '',
      date: '2026-01-02',
      setup: defaultSetup(),
      createdAt: 42,
      updatedAt: 42,
    });
  });

  it('rejects a bad draft and stores nothing', async () => {
    await expect(
      workshops.create({ title: '', organisation: '', date: '2026-01-01' }),
    ).rejects.toThrow();
    expect(await workshops.list()).toEqual([]);
  });

  it('deleting a workshop deletes its rows in every store and nothing of other workshops', async () => {
    const doomed = await workshops.create(draft('Bort'));
    const kept = await workshops.create(draft('Kvar'));
    const changes = createChangesRepo(database);
    for (const workshop of [doomed, kept]) {
      await placements.place(workshop.id, 'a', { x: 0.1, y: 0.9 });
      await changes.record(() => ({
        kind: 'batch',
        workshopId: workshop.id,
        label: 'round.open',
        changes: [
          {
            kind: 'participant.set',
            workshopId: workshop.id,
            participantId: `p-${workshop.id}`,
            from: null,
            to: { name: 'Ann', groupId: 'council', createdAt: 1, removedAt: null },
          },
          {
            kind: 'round.set',
            workshopId: workshop.id,
            round: 1,
            from: null,
            to: { state: 'open', startedAt: 1, lockedAt: null, revealedAt: null },
          },
          {
            kind: 'vote.set',
            workshopId: workshop.id,
            round: 1,
            participantId: `p-${workshop.id}`,
            modelId: 'a',
            from: null,
            to: 'skip',
          },
        ],
      }));
    }
    await placements.place(doomed.id, 'b', { x: 0.9, y: 0.9 });

    await workshops.remove(doomed.id);

    expect(await workshops.get(doomed.id)).toBeUndefined();
    for (const table of [
      database.placements,
      database.participants,
      database.rounds,
      database.votes,
    ]) {
      expect(await table.where('workshopId').equals(doomed.id).count(), table.name).toBe(0);
      expect(await table.where('workshopId').equals(kept.id).count(), table.name).toBe(1);
    }
    expect(await workshops.get(kept.id)).toBeDefined();
  });
});

describe('placementsRepo', () => {
  it('places, moves and removes a model, one row per model', async () => {
    const workshop = await workshops.create(draft('Matris'), 1);
    await placements.place(workshop.id, 'open-data', { x: 0.2, y: 0.8 }, 10);
    await placements.place(workshop.id, 'open-data', { x: 0.7, y: 0.3 }, 20);
    expect(await placements.listForWorkshop(workshop.id)).toEqual([
      {
        workshopId: workshop.id,
        modelId: 'open-data',
        position: { x: 0.7, y: 0.3 },
        updatedAt: 20,
      },
    ]);
    expect((await workshops.get(workshop.id))?.updatedAt).toBe(20);

    await placements.remove(workshop.id, 'open-data', 30);
    expect(await placements.listForWorkshop(workshop.id)).toEqual([]);
    expect((await workshops.get(workshop.id))?.updatedAt).toBe(30);
  });

  it('clamps positions outside the matrix', async () => {
    const workshop = await workshops.create(draft('Kant'));
    await placements.place(workshop.id, 'm', { x: -3, y: 7 });
    expect((await placements.listForWorkshop(workshop.id))[0]?.position).toEqual({ x: 0, y: 1 });
  });

  it('refuses to place into a workshop that does not exist, writing nothing', async () => {
    await expect(placements.place('missing', 'm', { x: 0.5, y: 0.5 })).rejects.toThrow(
      /does not exist/,
    );
    expect(await database.placements.count()).toBe(0);
  });

  it('counts placed models per workshop', async () => {
    const a = await workshops.create(draft('A'));
    const b = await workshops.create(draft('B'));
    await placements.place(a.id, 'climate-label', { x: 0.1, y: 0.1 });
    await placements.place(a.id, 'open-data', { x: 0.2, y: 0.2 });
    await placements.place(b.id, 'climate-label', { x: 0.3, y: 0.3 });
    const counts = await placements.countByWorkshop();
    expect(counts.get(a.id)).toBe(2);
    expect(counts.get(b.id)).toBe(1);
  });
});

describe('settingsRepo', () => {
  it('remembers the language and ignores unknown stored values', async () => {
    const settings = createSettingsRepo(database);
    expect(await settings.getLocale()).toBeUndefined();
    await settings.setLocale('en');
    expect(await settings.getLocale()).toBe('en');
    await database.settings.put({ key: 'locale', value: '<script>' });
    expect(await settings.getLocale()).toBeUndefined();
  });
});

describe('schema', () => {
  it('keeps data across closing and reopening the database', async () => {
    const workshop = await workshops.create(draft('Beständig'));
    await placements.place(workshop.id, 'm', { x: 0.3, y: 0.6 });
    const name = database.name;
    database.close();
    const reopened = new WorkshopDatabase(name);
    expect(await createPlacementsRepo(reopened).listForWorkshop(workshop.id)).toHaveLength(1);
    expect(reopened.verno).toBe(SCHEMA_VERSION);
    reopened.close();
    await database.open();
  });
});
