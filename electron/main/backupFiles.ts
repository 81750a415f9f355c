// The backup folder as data: names, and what each file holds. Plain Node, no Electron, so it
// is tested against real files in a temp folder.
import { lstat, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { BACKUP_ID_PATTERN, MAX_BACKUP_BYTES } from '@shared/ipc/channels';
import { parseSnapshot } from '@shared/io/parseSnapshot';
import type { Snapshot } from '@shared/io/snapshotFormat';

/** A backup file as found on disk; `snapshot` is null when the file does not parse. */
export type BackupEntry = { id: string; bytes: number; snapshot: Snapshot | null };

/** The file name for a backup taken at `time` (ms): sorts by time as plain text. */
export function backupIdFor(time: number): string {
  const stamp = new Date(time).toISOString().replace(/[-:.]/g, '');
  return `backup-${stamp}.json`;
}

/** The time encoded in a backup id, or NaN when `id` is not one. */
export function timeOfBackupId(id: string): number {
  const match = /^backup-(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z\.json$/.exec(id);
  if (!match) return Number.NaN;
  const [, y, mo, d, h, mi, s, ms] = match.map(Number);
  return Date.UTC(y ?? 0, (mo ?? 1) - 1, d ?? 1, h ?? 0, mi ?? 0, s ?? 0, ms ?? 0);
}

/** Temp files writeFileAtomic leaves behind for a backup when the app dies mid-write. */
export function isBackupTempFile(name: string): boolean {
  return /^\.backup-\d{8}T\d{9}Z\.json\.[\w-]+\.tmp$/.test(name);
}

/** Names in `dir`, or none when the folder does not exist yet. */
export async function namesIn(dir: string): Promise<string[]> {
  try {
    return await readdir(dir);
  } catch (error) {
    if (isMissing(error)) return [];
    throw error;
  }
}

/** Backup ids in `dir`, newest first. */
export async function listBackupIds(dir: string): Promise<string[]> {
  const ids = (await namesIn(dir)).filter((name) => BACKUP_ID_PATTERN.test(name));
  return ids.sort().reverse();
}

/** What a file held when it was last parsed, keyed by id; see readBackupIndex. */
export type BackupParseCache = Map<string, { bytes: number; mtimeMs: number; entry: BackupEntry }>;

/**
 * One backup file, or null when it is not a plain file (a folder or a link planted under a
 * backup name is never followed). Files over the cap are not read. With a cache, a file whose
 * size and modification time are unchanged is not read or parsed again.
 */
export async function readBackupEntry(
  dir: string,
  id: string,
  cache?: BackupParseCache,
): Promise<BackupEntry | null> {
  const path = join(dir, id);
  try {
    const info = await lstat(path);
    if (!info.isFile()) return null;
    const known = cache?.get(id);
    if (known && known.bytes === info.size && known.mtimeMs === info.mtimeMs) return known.entry;
    const entry: BackupEntry =
      info.size > MAX_BACKUP_BYTES
        ? { id, bytes: info.size, snapshot: null }
        : snapshotEntry(id, info.size, await readFile(path, 'utf8'));
    cache?.set(id, { bytes: info.size, mtimeMs: info.mtimeMs, entry });
    return entry;
  } catch (error) {
    if (isMissing(error)) return null;
    // Unreadable for now (locked by a virus scanner, no permission): listed as damaged, so one
    // bad file never stops the other backups from being listed or new ones from being taken.
    return { id, bytes: 0, snapshot: null };
  }
}

function snapshotEntry(id: string, bytes: number, text: string): BackupEntry {
  const parsed = parseSnapshot(text);
  return { id, bytes, snapshot: parsed.ok ? parsed.snapshot : null };
}

/**
 * Every backup in `dir`, newest first. Parsing a snapshot is the costly part and runs on the
 * main process's thread, so a store passes one cache for its lifetime: each file is parsed once,
 * not on every write, rotation and listing. Entries of files that are gone are dropped.
 */
export async function readBackupIndex(
  dir: string,
  cache?: BackupParseCache,
): Promise<BackupEntry[]> {
  const ids = await listBackupIds(dir);
  if (cache) for (const id of cache.keys()) if (!ids.includes(id)) cache.delete(id);
  const entries = await Promise.all(ids.map((id) => readBackupEntry(dir, id, cache)));
  return entries.filter((entry): entry is BackupEntry => entry !== null);
}

export function isMissing(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === 'ENOENT';
}
