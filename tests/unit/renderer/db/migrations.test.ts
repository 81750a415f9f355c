import { readFileSync } from 'node:fs';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { WorkshopDatabase } from '../../../../renderer/src/db/db';
import { createPlacementsRepo } from '../../../../renderer/src/db/placementsRepo';
import { createSettingsRepo } from '../../../../renderer/src/db/settingsRepo';
import { createWorkshopsRepo } from '../../../../renderer/src/db/workshopsRepo';
import { writeVersion1 } from './rawDatabase';

const v1 = JSON.parse(readFileSync(new URL('./fixtures/v1.json', import.meta.url), 'utf8'));
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
  return {
    workshops: await database.workshops.orderBy('id').toArray(),
    placements: await database.placements.toArray(),
    settings: await database.settings.toArray(),
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

  it('leaves the old data intact when an upgrade fails', async () => {
    const name = freshName();
    await writeVersion1(name, v1);
    const before = await everything(new WorkshopDatabase(name));

    // A future version whose upgrade breaks half-way, after rewriting some records.
    class BrokenUpgrade extends WorkshopDatabase {
      constructor() {
        super(name);
        this.version(2)
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
    expect(reopened.verno).toBe(1);
    reopened.close();
  });
});
