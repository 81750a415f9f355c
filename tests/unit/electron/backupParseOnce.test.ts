// A backup write must not re-parse every earlier backup: parsing runs on the main process's
// thread, and with ten 20 MB snapshots that would freeze the app at every write.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { snapshotText, useBackupDir } from './backupTestDir';

const parseCalls = vi.hoisted(() => ({ count: 0 }));
vi.mock('@shared/io/parseSnapshot', async (original) => {
  const real = await original<typeof import('@shared/io/parseSnapshot')>();
  return {
    ...real,
    parseSnapshot: (text: string) => {
      parseCalls.count += 1;
      return real.parseSnapshot(text);
    },
  };
});

const { env, makeStore, files } = useBackupDir();

describe('backup store: each backup is parsed once', () => {
  it('a write parses only its own text, however many backups there are', async () => {
    const { store } = makeStore();
    for (let i = 0; i < 10; i++) await store.write(snapshotText(2, ` v${i}`));
    parseCalls.count = 0;
    const result = await store.write(snapshotText(2, ' v10'));
    expect(result).toMatchObject({ ok: true, unchanged: false });
    expect(parseCalls.count).toBe(1);
    // Listing reads what the writes already parsed.
    parseCalls.count = 0;
    const list = await store.list();
    expect(list.ok && list.backups).toHaveLength(10);
    expect(parseCalls.count).toBe(0);
  });

  it('a file changed on disk is parsed again, and a new file once', async () => {
    const { store } = makeStore();
    await store.write(snapshotText(1, ' a'));
    const [first] = await files();
    if (!first) throw new Error('no backup written');
    await writeFile(join(env.dir, first), 'not json any more');
    parseCalls.count = 0;
    const list = await store.list();
    expect(parseCalls.count).toBe(1);
    expect(list.ok && list.backups[0]?.workshops).toBeNull();
  });
});
