/**
 * Builds a database the way an older version of the app left it, with the raw IndexedDB API
 * (not Dexie), so migration tests start from exactly what is on users' disks.
 */

type Fixture = { workshops: object[]; placements: object[]; settings: object[] };

/** Dexie stores schema version n as IndexedDB version n × 10. */
const idbVersion = (schemaVersion: number) => schemaVersion * 10;

const done = (request: IDBRequest | IDBTransaction) =>
  new Promise<void>((resolve, reject) => {
    if (request instanceof IDBTransaction) {
      request.oncomplete = () => resolve();
      request.onerror = () => reject(request.error);
    } else {
      request.onsuccess = () => resolve();
      request.onerror = () => reject(request.error);
    }
  });

/** Schema version 1: the stores and indexes of `version(1).stores({...})` in db.ts. */
export async function writeVersion1(name: string, fixture: Fixture): Promise<void> {
  const request = indexedDB.open(name, idbVersion(1));
  request.onupgradeneeded = () => {
    const db = request.result;
    const workshops = db.createObjectStore('workshops', { keyPath: 'id' });
    workshops.createIndex('createdAt', 'createdAt');
    workshops.createIndex('updatedAt', 'updatedAt');
    const placements = db.createObjectStore('placements', {
      keyPath: ['workshopId', 'modelId'],
    });
    placements.createIndex('workshopId', 'workshopId');
    db.createObjectStore('settings', { keyPath: 'key' });
  };
  await done(request);
  const db = request.result;
  const tx = db.transaction(['workshops', 'placements', 'settings'], 'readwrite');
  for (const row of fixture.workshops) tx.objectStore('workshops').put(row);
  for (const row of fixture.placements) tx.objectStore('placements').put(row);
  for (const row of fixture.settings) tx.objectStore('settings').put(row);
  await done(tx);
  db.close();
}

type Fixture2 = Fixture & { participants: object[]; rounds: object[]; votes: object[] };

/** Schema version 2: version 1's stores plus participants, rounds and votes (db.ts). */
export async function writeVersion2(name: string, fixture: Fixture2): Promise<void> {
  await writeVersion1(name, { workshops: [], placements: [], settings: [] });
  const request = indexedDB.open(name, idbVersion(2));
  request.onupgradeneeded = () => {
    const db = request.result;
    db.createObjectStore('participants', { keyPath: 'id' }).createIndex('workshopId', 'workshopId');
    const rounds = db.createObjectStore('rounds', { keyPath: ['workshopId', 'number'] });
    rounds.createIndex('workshopId', 'workshopId');
    const votes = db.createObjectStore('votes', {
      keyPath: ['workshopId', 'round', 'participantId', 'modelId'],
    });
    votes.createIndex('[workshopId+round]', ['workshopId', 'round']);
    votes.createIndex('workshopId', 'workshopId');
  };
  await done(request);
  const db = request.result;
  const stores = [
    'workshops',
    'placements',
    'settings',
    'participants',
    'rounds',
    'votes',
  ] as const;
  const tx = db.transaction([...stores], 'readwrite');
  for (const store of stores) for (const row of fixture[store]) tx.objectStore(store).put(row);
  await done(tx);
  db.close();
}
