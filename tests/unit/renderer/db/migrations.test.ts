import { readFileSync } from 'node:fs';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultSetup } from '../../../../shared/domain/workshop';
import { databaseIsNewer } from '../../../../renderer/src/db/databaseIsNewer';
import {
  NewerDatabaseError,
  SCHEMA_VERSION,
  WorkshopDatabase,
} from '../../../../renderer/src/db/db';
import { createPlacementsRepo } from '../../../../renderer/src/db/placementsRepo';
import { createSettingsRepo } from '../../../../renderer/src/db/settingsRepo';
import { createWorkshopsRepo } from '../../../../renderer/src/db/workshopsRepo';
import { writeVersion1, writeVersion2 } from './rawDatabase';

const fixture = (n: number) =>
  JSON.parse(readFileSync(new URL(`./fixtures/v${n}.json`, import.meta.url), 'utf8'));
const v1 = fixture(1);
const v2 = fixture(2);
const names: string[] = [];
const freshName = () => {
  const name = `migration-${crypto.randomUUID()}`;
  names.push(name);
  return name;
};
afterEach(async () => {
  await Promise.all(names.splice(0).map((name) => Dexie.delete(name)));
});

/** Every record of a database, as plain data, for before/after comparisons. */
async function everything(database: WorkshopDatabase) {
  const v2Stores = database.verno >= 2 || database.tables.some((t) => t.name === 'votes');
  return {
    workshops: await database.workshops.orderBy('id').toArray(),
    placements: await database.placements.toArray(),
    settings: await database.settings.toArray(),
    ...(v2Stores && {
      participants: await database.participants.orderBy('id').toArray(),
      rounds: await database.rounds.toArray(),
      votes: await database.votes.toArray(),
    }),
  };
}

describe('schema migrations', () => {
  it('opens a version 1 database with every record kept and readable', async () => {
    const name = freshName();
    await writeVersion1(name, v1);
    const database = new WorkshopDatabase(name);

    const workshops = await createWorkshopsRepo(database).list();
    expect(workshops.map((w) => w.title)).toEqual(['Näringslivsrådet', 'Klimatråd Vanda – höst']);
    const [first] = v1.workshops;
    expect(await createPlacementsRepo(database).listForWorkshop(first.id)).toHaveLength(2);
    expect(await createSettingsRepo(database).getLocale()).toBe('sv');
    const counts = await createPlacementsRepo(database).countByWorkshop();
    expect([...counts.values()].reduce((a, b) => a + b, 0)).toBe(v1.placements.length);
    database.close();
  });

  it('lifts a version 1 database to the current schema: every record kept, setups added', async () => {
    const name = freshName();
    await writeVersion1(name, v1);
    const database = new WorkshopDatabase(name);
    const all = await everything(database);
    expect(database.verno).toBe(SCHEMA_VERSION);
    expect(all.workshops).toEqual(
      [...v1.workshops]
        .sort((a, b) => (a.id < b.id ? -1 : 1))
        .map((w: object) => ({ ...w, setup: defaultSetup() })),
    );
    expect(all.placements).toHaveLength(v1.placements.length);
    expect(all.settings).toEqual(v1.settings);
    expect([all.participants, all.rounds, all.votes]).toEqual([[], [], []]);
    database.close();
  });

  it('opens a version 2 database with every record kept', async () => {
    const name = freshName();
    await writeVersion2(name, v2);
    const database = new WorkshopDatabase(name);
    const all = await everything(database);
    expect(all.workshops).toHaveLength(v2.workshops.length);
    expect(all.workshops.find((w) => w.setup.groups[1]?.name === 'Stadsfullmäktige')).toBeDefined();
    expect(all.participants).toEqual(v2.participants);
    expect(all.rounds).toHaveLength(v2.rounds.length);
    expect(all.votes).toHaveLength(v2.votes.length);
    database.close();
  });

  it('an older app meeting a newer database stops, writes nothing and says so', async () => {
    const name = freshName();
    await writeVersion2(name, v2);
    const before = await everything(new WorkshopDatabase(name));

    // The app as version 1 of the schema, with the guard: it must not touch version 2 data.
    const older = new WorkshopDatabase(name, 1);
    await expect(older.open()).rejects.toBeInstanceOf(NewerDatabaseError);
    await expect(older.workshops.toArray()).rejects.toThrow(/schema version 2/);
    await expect(
      older.workshops.put({ ...v2.workshops[0], title: 'overwritten' }),
    ).rejects.toThrow();
    await expect(older.placements.clear()).rejects.toThrow();
    expect(await databaseIsNewer(new WorkshopDatabase(name, 1))).toBe(true);
    older.close();

    const current = new WorkshopDatabase(name);
    expect(await databaseIsNewer(current)).toBe(false);
    expect(await everything(current)).toEqual(before);
    current.close();
  });

  it('leaves the old data intact when an upgrade fails', async () => {
    const name = freshName();
    await writeVersion1(name, v1);
    const before = await everything(new WorkshopDatabase(name));

    // A future version whose upgrade breaks half-way, after rewriting some records.
    class BrokenUpgrade extends WorkshopDatabase {
      constructor() {
        super(name);
        this.version(SCHEMA_VERSION + 1)
          .stores({ workshops: 'id, createdAt, updatedAt, title' })
          .upgrade(async (tx) => {
            await tx.table('workshops').toCollection().modify({ title: 'overwritten' });
            await tx.table('placements').clear();
            throw new Error('upgrade failed at record k');
          });
      }
    }
    const broken = new BrokenUpgrade();
    await expect(broken.open()).rejects.toThrow(/upgrade failed/);
    broken.close();

    const reopened = new WorkshopDatabase(name);
    expect(await everything(reopened)).toEqual(before);
    expect(reopened.verno).toBe(SCHEMA_VERSION);
    reopened.close();
  });
});
