import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { SCHEMA_VERSION, WorkshopDatabase } from '../../../../renderer/src/db/db';
import { databaseBlocked, watchDatabase } from '../../../../renderer/src/db/watchDatabase';

const names: string[] = [];
afterEach(async () => {
  await Promise.all(names.splice(0).map((name) => Dexie.delete(name)));
});
const freshName = () => {
  const name = `watch-${crypto.randomUUID()}`;
  names.push(name);
  return name;
};

/** Opens a raw connection at IndexedDB version `version` (Dexie schema version × 10). */
const openRaw = (name: string, version: number) =>
  new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(name, version);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });

describe('two windows on one database', () => {
  it('steps aside (close, then reload) when a newer version opens the database', async () => {
    const name = freshName();
    const app = new WorkshopDatabase(name);
    let reloads = 0;
    watchDatabase(app, () => (reloads += 1));
    await app.open();

    // Would wait forever if the app kept its connection.
    const newer = await openRaw(name, (SCHEMA_VERSION + 1) * 10);
    expect(reloads).toBe(1);
    expect(app.isOpen()).toBe(false);
    newer.close();
  });

  it('tells the user when an older window blocks this version from opening', async () => {
    const name = freshName();
    const older = await openRaw(name, 10); // an old window that never lets go
    older.onversionchange = () => undefined;

    class Newer extends WorkshopDatabase {
      constructor() {
        super(name, SCHEMA_VERSION + 1);
        this.version(SCHEMA_VERSION + 1).stores({ workshops: 'id, createdAt, updatedAt, title' });
      }
    }
    const app = new Newer();
    watchDatabase(app, () => undefined);
    const opening = app.open().catch(() => undefined);

    await expect.poll(() => databaseBlocked.get()).toBe(true);
    older.close(); // the old window goes away: the upgrade proceeds
    await opening;
    expect(app.verno).toBe(SCHEMA_VERSION + 1);
    expect(databaseBlocked.get()).toBe(false);
    app.close();
  });
});
