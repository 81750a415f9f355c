// Rotating backups of the renderer's database in `<userData>/backups`. The rules that keep a
// bad moment from destroying good history: every write is atomic (temp file + rename), an empty
// snapshot is not written, the largest backup is never rotated away (so a wiped or mostly
// deleted database cannot push the good history out, yet backups go on after a deliberate
// clean-up), and identical data is not written again. Files are private to the user.
import { lstat, mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { BACKUP_ID_PATTERN, MAX_BACKUP_BYTES } from '@shared/ipc/channels';
import type {
  BackupListResult,
  BackupReadResult,
  BackupSummary,
  BackupWriteResult,
} from '@shared/ipc/types';
import { parseSnapshot } from '@shared/io/parseSnapshot';
import { sameSnapshotContent, serializeSnapshot } from '@shared/io/serializeSnapshot';
import { writeFileAtomic } from './atomicWrite';
import {
  backupIdFor,
  isBackupTempFile,
  isMissing,
  namesIn,
  readBackupIndex,
  timeOfBackupId,
  type BackupEntry,
  type BackupParseCache,
} from './backupFiles';

/** How many backups are kept; older ones are deleted after each new one. */
export const BACKUPS_KEPT = 10;

export type BackupStoreDeps = {
  /** The backup folder, `<userData>/backups`; created on the first write. */
  dir: string;
  /** Writes all or nothing; writeFileAtomic unless a test needs a failing disk. */
  writeFile?: (filePath: string, bytes: Uint8Array, mode?: number) => Promise<void>;
  now?: () => number;
  keep?: number;
};

export type BackupStore = {
  write(text: string): Promise<BackupWriteResult>;
  list(): Promise<BackupListResult>;
  read(id: string): Promise<BackupReadResult>;
};

/** The backup store over a folder. Methods never throw; every outcome is a result union. */
export function createBackupStore(deps: BackupStoreDeps): BackupStore {
  const { dir, writeFile = writeFileAtomic, now = Date.now, keep = BACKUPS_KEPT } = deps;
  // One write at a time: two overlapping rotations could count and delete each other's files.
  let queue: Promise<unknown> = Promise.resolve();
  // Each backup is parsed once for the store's lifetime, not on every write, rotation and list.
  const parseCache: BackupParseCache = new Map();

  async function writeNow(text: string): Promise<BackupWriteResult> {
    const parsed = parseSnapshot(text);
    if (!parsed.ok) return { ok: false, reason: 'invalid-request', message: parsed.reason };
    const body = new TextEncoder().encode(serializeSnapshot(parsed.snapshot));
    try {
      if (parsed.snapshot.workshops.length === 0) return { ok: false, reason: 'empty' };
      // Only this user may read the workshops, like the database files beside them.
      await mkdir(dir, { recursive: true, mode: 0o700 });
      const index = await readBackupIndex(dir, parseCache);
      const newest = index.find((entry) => entry.snapshot !== null);
      if (newest?.snapshot && sameSnapshotContent(newest.snapshot, parsed.snapshot)) {
        return { ok: true, id: newest.id, unchanged: true };
      }
      // Never older than the newest file, even if the clock went back: rotation goes by name.
      const latest = index[0] ? timeOfBackupId(index[0].id) : -Infinity;
      const id = backupIdFor(Math.max(now(), latest + 1));
      await writeFile(join(dir, id), body, 0o600);
      // The new file holds what was just parsed: no need to read it back.
      const written = await lstat(join(dir, id));
      parseCache.set(id, {
        bytes: written.size,
        mtimeMs: written.mtimeMs,
        entry: { id, bytes: written.size, snapshot: parsed.snapshot },
      });
      await rotate();
      return { ok: true, id, unchanged: false };
    } catch (error) {
      return { ok: false, reason: 'write-failed', message: messageOf(error) };
    }
  }

  /**
   * Deletes all but the newest `keep` backups — except the largest readable one, kept however
   * old — and temp files of writes that died.
   */
  async function rotate(): Promise<void> {
    const index = await readBackupIndex(dir, parseCache);
    const largest = index
      .filter((entry) => entry.snapshot !== null)
      .reduce<BackupEntry | undefined>((a, b) => (a && a.bytes >= b.bytes ? a : b), undefined);
    const doomed = index
      .map((entry) => entry.id)
      .slice(keep)
      .filter((id) => id !== largest?.id);
    const stale = (await namesIn(dir)).filter(isBackupTempFile);
    // A file that will not go is retried after the next backup; the new one is already safe.
    await Promise.all(
      [...doomed, ...stale].map((name) => rm(join(dir, name), { force: true }).catch(() => {})),
    );
  }

  return {
    write(text) {
      const result = queue.then(() => writeNow(text));
      queue = result.catch(() => undefined);
      return result;
    },

    async list() {
      try {
        const index = await readBackupIndex(dir, parseCache);
        return { ok: true, backups: index.map(summarise) };
      } catch (error) {
        return { ok: false, reason: 'read-failed', message: messageOf(error) };
      }
    },

    async read(id) {
      if (!BACKUP_ID_PATTERN.test(id)) return { ok: false, reason: 'invalid-request' };
      const path = join(dir, id);
      try {
        const info = await lstat(path);
        if (!info.isFile()) return { ok: false, reason: 'not-found' };
        if (info.size > MAX_BACKUP_BYTES) return { ok: false, reason: 'too-large' };
        return { ok: true, text: await readFile(path, 'utf8') };
      } catch (error) {
        if (isMissing(error)) return { ok: false, reason: 'not-found' };
        return { ok: false, reason: 'read-failed', message: messageOf(error) };
      }
    },
  };
}

function summarise(entry: BackupEntry): BackupSummary {
  const time = timeOfBackupId(entry.id);
  return {
    id: entry.id,
    createdAt: entry.snapshot?.createdAt ?? new Date(time).toISOString(),
    bytes: entry.bytes,
    workshops: entry.snapshot ? entry.snapshot.workshops.length : null,
  };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
