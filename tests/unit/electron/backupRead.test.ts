import { mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupIdFor } from '../../../electron/main/backupFiles';
import { parseSnapshot } from '../../../shared/io/parseSnapshot';
import { serializeSnapshot } from '../../../shared/io/serializeSnapshot';
import { snapshotOf } from '../shared/io/snapshotFixtures';
import { snapshotText, useBackupDir } from './backupTestDir';

const { env, makeStore } = useBackupDir();

describe('backup store: listing and reading', () => {
  it('lists newest first with time, size and workshop count; damaged files as null', async () => {
    const { store } = makeStore();
    expect(await store.list()).toEqual({ ok: true, backups: [] });
    await store.write(snapshotText(2));
    const older = backupIdFor(env.clock);
    await store.write(snapshotText(3));
    await writeFile(join(env.dir, backupIdFor(env.clock + 1)), 'not json');
    const listed = await store.list();
    if (!listed.ok) throw new Error(listed.reason);
    expect(listed.backups.map((b) => [b.id, b.workshops])).toEqual([
      [backupIdFor(env.clock + 1), null],
      [backupIdFor(env.clock), 3],
      [older, 2],
    ]);
    expect(listed.backups[1]?.bytes).toBe(Buffer.byteLength(snapshotText(3)));
    expect(listed.backups[0]?.createdAt).toBe(new Date(env.clock + 1).toISOString());
  });

  it('lists and reads a backup an earlier version of the app wrote (format 1)', async () => {
    const { store } = makeStore();
    const v1 = await readFile(
      new URL('../shared/io/fixtures/backup-v1.json', import.meta.url),
      'utf8',
    );
    const id = backupIdFor(env.clock - 60_000);
    await mkdir(env.dir, { recursive: true });
    await writeFile(join(env.dir, id), v1);

    const listed = await store.list();
    expect(listed.ok && listed.backups.map((b) => [b.id, b.workshops])).toEqual([[id, 3]]);
    const read = await store.read(id);
    const parsed = read.ok ? parseSnapshot(read.text) : null;
    expect(parsed?.ok && parsed.snapshot.workshops.map((w) => w.setup.consensusShare)).toEqual([
      0.75, 0.75, 0.75,
    ]);
    // The same data again is recognised as unchanged, in the new format or the old.
    if (!parsed?.ok) throw new Error('format 1 backup did not parse');
    expect(await store.write(serializeSnapshot(parsed.snapshot))).toMatchObject({
      ok: true,
      unchanged: true,
    });
  });

  it('reads a backup back as the text written', async () => {
    const { store } = makeStore();
    const written = await store.write(snapshotText(2));
    if (!written.ok) throw new Error(written.reason);
    const read = await store.read(written.id);
    expect(read.ok && parseSnapshot(read.text)).toEqual({ ok: true, snapshot: snapshotOf(2) });
  });

  it.each([
    '../secret.json',
    '..\\secret.json',
    '/etc/passwd',
    'backup-20260101T000000000Z.json/../../secret.json',
    'backup-20260101T000000000Z.json\u0000',
    'backup-2026.json',
    'notes.txt',
    '',
  ])('refuses the id %j without touching the disk', async (id) => {
    const { store } = makeStore();
    expect(await store.read(id)).toEqual({ ok: false, reason: 'invalid-request' });
  });

  it('does not follow a link or open a folder planted under a backup name', async () => {
    const { store } = makeStore();
    await mkdir(env.dir, { recursive: true });
    await writeFile(join(env.root, 'secret.json'), serializeSnapshot(snapshotOf(1)));
    await symlink(join(env.root, 'secret.json'), join(env.dir, backupIdFor(1)));
    await mkdir(join(env.dir, backupIdFor(2)));
    expect(await store.read(backupIdFor(1))).toEqual({ ok: false, reason: 'not-found' });
    expect(await store.read(backupIdFor(2))).toEqual({ ok: false, reason: 'not-found' });
    expect(await store.read(backupIdFor(3))).toEqual({ ok: false, reason: 'not-found' });
    expect(await store.list()).toEqual({ ok: true, backups: [] });
  });
});
