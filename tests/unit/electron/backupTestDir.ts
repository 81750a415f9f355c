import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, vi } from 'vitest';
import { writeFileAtomic } from '../../../electron/main/atomicWrite';
import { createBackupStore } from '../../../electron/main/backup';
import { serializeSnapshot } from '../../../shared/io/serializeSnapshot';
import { snapshotOf } from '../shared/io/snapshotFixtures';

/**
 * A fresh `<temp>/userData/backups` per test (not created: the store makes it) and a clock
 * that moves a minute per write. Read the fields inside tests; they change per test.
 */
export function useBackupDir() {
  const env = { root: '', dir: '', clock: 0 };
  beforeEach(async () => {
    env.root = await mkdtemp(join(tmpdir(), 'kv-backup-'));
    env.dir = join(env.root, 'userData', 'backups');
    env.clock = Date.UTC(2026, 10, 30, 12, 0, 0);
  });
  afterEach(async () => {
    await rm(env.root, { recursive: true, force: true });
  });

  /** A store on the temp folder; writes go through `writeFileImpl` (real atomic writes). */
  function makeStore(writeFileImpl = vi.fn(writeFileAtomic)) {
    const store = createBackupStore({
      dir: env.dir,
      writeFile: writeFileImpl,
      now: () => (env.clock += 60_000),
    });
    return { store, writeFileImpl };
  }

  const files = async () => (await readdir(env.dir)).sort();
  return { env, makeStore, files };
}

/** A serialised snapshot of `workshops` workshops; `marker` makes otherwise equal data differ. */
export const snapshotText = (workshops: number, marker = '') =>
  serializeSnapshot({
    ...snapshotOf(workshops),
    workshops: snapshotOf(workshops).workshops.map((w) => ({ ...w, title: `${w.title}${marker}` })),
  });
