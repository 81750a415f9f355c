import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBackupStore, type BackupStore } from '../../../electron/main/backup';
import { gateRequest } from '../../../electron/main/ipc/gate';
import { MAX_BACKUP_BYTES } from '../../../shared/ipc/contract';
import { serializeSnapshot } from '../../../shared/io/serializeSnapshot';
import { snapshotOf } from '../shared/io/snapshotFixtures';

const APP_FRAME = 'app://bundle/index.html';
const INVALID = { ok: false, reason: 'invalid-request' };
const GOOD = serializeSnapshot(snapshotOf(2));

/** The backup requests behind their gates, as main registers them. */
function createBackupHandlers(backups: BackupStore) {
  return {
    write: gateRequest('writeBackup', (text) => backups.write(text)),
    list: gateRequest('listBackups', () => backups.list()),
    read: gateRequest('readBackup', (id) => backups.read(id)),
  };
}

let dir: string;
let store: BackupStore;
let spied: { [K in keyof BackupStore]: ReturnType<typeof vi.fn> };

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kv-backup-ipc-'));
  const real = createBackupStore({ dir });
  spied = { write: vi.fn(real.write), list: vi.fn(real.list), read: vi.fn(real.read) };
  store = spied as BackupStore;
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const FOREIGN_SENDERS: ReadonlyArray<[string, unknown]> = [
  ['another origin', 'https://evil.io/'],
  ['a file:// page', 'file:///work/main/out/renderer/index.html'],
  ['a look-alike app host', 'app://bundle.evil.io/index.html'],
  ['credentials in the URL', 'app://user:pw@bundle/index.html'],
  ['a destroyed frame', undefined],
  ['about:blank', 'about:blank'],
];

describe('backup:* handlers refuse foreign senders', () => {
  it.each(FOREIGN_SENDERS)('%s → invalid-request, store untouched', async (_label, sender) => {
    const handlers = createBackupHandlers(store);
    expect(await handlers.write(sender, GOOD)).toEqual(INVALID);
    expect(await handlers.list(sender, undefined)).toEqual(INVALID);
    expect(await handlers.read(sender, 'backup-20260101T000000000Z.json')).toEqual(INVALID);
    for (const method of Object.values(spied)) expect(method).not.toHaveBeenCalled();
    expect(await readdir(dir)).toEqual([]);
  });
});

describe('backup:write refuses bad payloads', () => {
  it.each([
    ['undefined', undefined],
    ['null', null],
    ['a number', 42],
    ['an empty string', ''],
    ['an object wrapping the text', { text: GOOD }],
    ['bytes', new TextEncoder().encode(GOOD)],
    ['an array', [GOOD]],
    ['over the cap', 'x'.repeat(MAX_BACKUP_BYTES + 1)],
  ])('%s → invalid-request without reaching the store', async (_label, payload) => {
    expect(await createBackupHandlers(store).write(APP_FRAME, payload)).toEqual(INVALID);
    expect(spied.write).not.toHaveBeenCalled();
  });

  it('text that passes the schema but is no snapshot → invalid-request from the store', async () => {
    const result = await createBackupHandlers(store).write(APP_FRAME, '{"__proto__":{"x":1}}');
    expect(result).toEqual({ ok: false, reason: 'invalid-request', message: 'wrong-format' });
    expect(({} as Record<string, unknown>).x).toBeUndefined();
    expect(await readdir(dir)).toEqual([]);
  });

  it('a good snapshot from the app → written', async () => {
    const result = await createBackupHandlers(store).write(APP_FRAME, GOOD);
    expect(result).toMatchObject({ ok: true, unchanged: false });
    expect(await readdir(join(dir))).toHaveLength(1);
  });
});

describe('backup:list and backup:read', () => {
  it('list takes no payload', async () => {
    const handlers = createBackupHandlers(store);
    expect(await handlers.list(APP_FRAME, undefined)).toEqual({ ok: true, backups: [] });
    for (const payload of [null, {}, '../', 1]) {
      expect(await handlers.list(APP_FRAME, payload)).toEqual(INVALID);
    }
    expect(spied.list).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['a traversal', '../../.ssh/id_rsa'],
    ['an absolute path', '/etc/passwd'],
    ['a Windows path', 'C:\\Users\\x\\backup-20260101T000000000Z.json'],
    ['a name with a folder', 'x/backup-20260101T000000000Z.json'],
    ['encoded dots', '%2e%2e%2fbackup-20260101T000000000Z.json'],
    ['a near-miss name', 'backup-20260101T000000000Z.json.exe'],
    ['a number', 20260101],
    ['an object', { id: 'backup-20260101T000000000Z.json' }],
    ['nothing', undefined],
  ])('read refuses %s before the store', async (_label, payload) => {
    expect(await createBackupHandlers(store).read(APP_FRAME, payload)).toEqual(INVALID);
    expect(spied.read).not.toHaveBeenCalled();
  });

  it('read returns a written backup and says not-found for a missing one', async () => {
    const handlers = createBackupHandlers(store);
    const written = await handlers.write(APP_FRAME, GOOD);
    if (!written.ok) throw new Error(written.reason);
    expect(await handlers.read(APP_FRAME, written.id)).toEqual({ ok: true, text: GOOD });
    expect(await handlers.read(APP_FRAME, 'backup-19990101T000000000Z.json')).toEqual({
      ok: false,
      reason: 'not-found',
    });
  });
});
