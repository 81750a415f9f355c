import type { BackupReadFailureReason } from '@shared/ipc/types';
import { parseSnapshot } from '@shared/io/parseSnapshot';
import type { SnapshotProblem } from '@shared/io/snapshotProblem';
import {
  MAX_SNAPSHOT_BYTES,
  type Snapshot,
  type SnapshotFailureReason,
} from '@shared/io/snapshotFormat';
import type { BackupBridge } from '../../platform/platform';

/** Why a snapshot could not be loaded: the file's content, or reading the backup at all. */
export type LoadFailure =
  | { kind: 'parse'; reason: SnapshotFailureReason; detail?: string; problem?: SnapshotProblem }
  | { kind: 'read'; reason: BackupReadFailureReason; detail?: string };

export type LoadResult = { ok: true; snapshot: Snapshot } | { ok: false; failure: LoadFailure };

function parsed(text: string): LoadResult {
  const result = parseSnapshot(text);
  if (result.ok) return result;
  const { reason, detail, problem } = result;
  return { ok: false, failure: { kind: 'parse', reason, detail, ...(problem && { problem }) } };
}

/** A snapshot from a file the user picked. Oversized files are refused before being read. */
export async function loadSnapshotFile(file: Blob): Promise<LoadResult> {
  if (file.size > MAX_SNAPSHOT_BYTES) {
    return { ok: false, failure: { kind: 'parse', reason: 'too-large' } };
  }
  let text: string;
  try {
    text = await file.text();
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, failure: { kind: 'read', reason: 'read-failed', detail } };
  }
  return parsed(text);
}

/** A snapshot from one of the desktop backups, checked exactly like a picked file. */
export async function loadSnapshotBackup(
  bridge: Pick<BackupBridge, 'read'>,
  id: string,
): Promise<LoadResult> {
  const result = await bridge.read(id);
  if (!result.ok) {
    return { ok: false, failure: { kind: 'read', reason: result.reason, detail: result.message } };
  }
  return parsed(result.text);
}
