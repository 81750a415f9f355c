import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { BACKUPS_KEPT } from '../../../electron/main/backup';
import { backupIdFor, timeOfBackupId } from '../../../electron/main/backupFiles';
import { serializeSnapshot } from '../../../shared/io/serializeSnapshot';
import { snapshotOf } from '../shared/io/snapshotFixtures';
import { snapshotText, useBackupDir } from './backupTestDir';

const { env, makeStore, files } = useBackupDir();

describe('backup store: writing', () => {
  it('writes backup-<time>.json in the canonical form through temp file + rename', async () => {
    const { store, writeFileImpl } = makeStore();
    const result = await store.write(JSON.stringify(snapshotOf(2)));
    expect(result).toEqual({ ok: true, id: backupIdFor(env.clock), unchanged: false });
    expect(await files()).toEqual([backupIdFor(env.clock)]);
    const [path, bytes] = writeFileImpl.mock.calls[0] ?? [];
    expect(path).toBe(join(env.dir, backupIdFor(env.clock)));
    expect(new TextDecoder().decode(bytes)).toBe(serializeSnapshot(snapshotOf(2)));
    expect(await readFile(join(env.dir, backupIdFor(env.clock)), 'utf8')).toBe(snapshotText(2));
  });

  it('names sort by time and read back to the time', () => {
    const id = backupIdFor(Date.UTC(2026, 0, 2, 3, 4, 5, 6));
    expect(id).toBe('backup-20260102T030405006Z.json');
    expect(timeOfBackupId(id)).toBe(Date.UTC(2026, 0, 2, 3, 4, 5, 6));
    expect(timeOfBackupId('backup-x.json')).toBeNaN();
  });

  it('keeps the newest ten, deleting older ones and stale temp files', async () => {
    const { store } = makeStore();
    await mkdir(env.dir, { recursive: true });
    await writeFile(join(env.dir, '.backup-20200101T000000000Z.json.0b1c-2d.tmp'), 'half');
    await writeFile(join(env.dir, 'notes.txt'), 'not ours');
    const ids: string[] = [];
    for (let i = 0; i < 13; i++) {
      const result = await store.write(snapshotText(3, ` v${i}`));
      if (!result.ok) throw new Error(result.reason);
      ids.push(result.id);
    }
    expect(await files()).toEqual([...ids.slice(-BACKUPS_KEPT), 'notes.txt'].sort());
  });

  it('does not write the same data again', async () => {
    const { store, writeFileImpl } = makeStore();
    const first = await store.write(snapshotText(2));
    const again = await store.write(serializeSnapshot(snapshotOf(2, '2030-01-01T00:00:00.000Z')));
    expect(again).toEqual({ ok: true, id: first.ok && first.id, unchanged: true });
    expect(writeFileImpl).toHaveBeenCalledTimes(1);
  });

  it('never names a backup older than the newest, even when the env.clock goes back', async () => {
    const { store } = makeStore();
    await store.write(snapshotText(2, ' a'));
    env.clock -= 3_600_000;
    const second = await store.write(snapshotText(2, ' b'));
    const names = await files();
    expect(second.ok && second.id).toBe(names.at(-1));
    expect(names).toHaveLength(2);
  });

  it('writes one at a time when asked concurrently', async () => {
    const { store } = makeStore();
    const results = await Promise.all(
      [0, 1, 2, 3].map((i) => store.write(snapshotText(2, ` ${i}`))),
    );
    expect(results.every((r) => r.ok && !r.unchanged)).toBe(true);
    expect(await files()).toHaveLength(4);
  });
});

describe('backup store: a wipe never pushes the good backups out', () => {
  it('refuses an empty snapshot, even as the first backup', async () => {
    const { store, writeFileImpl } = makeStore();
    expect(await store.write(snapshotText(0))).toEqual({ ok: false, reason: 'empty' });
    expect(writeFileImpl).not.toHaveBeenCalled();
  });

  it('keeps backing up after a big deletion, and never rotates the largest backup away', async () => {
    const { store } = makeStore();
    await store.write(snapshotText(10));
    const largest = (await files())[0];
    env.clock += 1000;
    // The database shrinks to one workshop and is edited many times: every change is backed
    // up, older small backups rotate, but the one that holds the ten workshops stays.
    for (let i = 0; i < BACKUPS_KEPT + 5; i++) {
      env.clock += 1000;
      expect((await store.write(snapshotText(1, ` edit ${i}`))).ok).toBe(true);
    }
    const kept = await files();
    expect(kept).toContain(largest);
    expect(kept).toHaveLength(BACKUPS_KEPT + 1);
  });

  it('writes backup files only this user can read', async () => {
    const { store } = makeStore();
    const result = await store.write(snapshotText(2));
    if (!result.ok) throw new Error(result.reason);
    const { stat } = await import('node:fs/promises');
    expect((await stat(join(env.dir, result.id))).mode & 0o777).toBe(0o600);
    expect((await stat(env.dir)).mode & 0o077).toBe(0);
  });

  it('refuses text that is not a valid snapshot', async () => {
    const { store, writeFileImpl } = makeStore();
    expect(await store.write('{"format":"other"}')).toEqual({
      ok: false,
      reason: 'invalid-request',
      message: 'wrong-format',
    });
    expect(writeFileImpl).not.toHaveBeenCalled();
  });

  it('reports a failing disk and leaves the existing backups whole', async () => {
    const { store } = makeStore();
    await store.write(snapshotText(2));
    const before = await files();
    const failing = makeStore(
      vi.fn(async () => {
        throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
      }),
    ).store;
    expect(await failing.write(snapshotText(3))).toEqual({
      ok: false,
      reason: 'write-failed',
      message: 'ENOSPC: no space left on device',
    });
    expect(await files()).toEqual(before);
  });
});
