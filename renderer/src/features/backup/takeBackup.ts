import type { BackupWriteResult } from '@shared/ipc/types';
import { serializeSnapshot } from '@shared/io/serializeSnapshot';
import type { Snapshot } from '@shared/io/snapshotFormat';
import type { BackupBridge } from '../../platform/platform';
import type { BackupRunOutcome } from './backupScheduler';
import type { BackupRun } from './backupStatus';

/**
 * Serialises the database and hands it to the main process, which decides whether it becomes
 * a backup. Never throws: a failed read is reported like a failed write, through `report`.
 * The reported time is the snapshot's own, the time the backup list shows for it.
 */
export async function takeBackup(
  repo: { snapshot: () => Promise<Snapshot> },
  bridge: Pick<BackupBridge, 'write'>,
  report: (run: BackupRun) => void = () => undefined,
): Promise<BackupWriteResult> {
  let result: BackupWriteResult;
  let at = Date.now();
  try {
    const snapshot = await repo.snapshot();
    at = Number.isNaN(Date.parse(snapshot.createdAt)) ? at : Date.parse(snapshot.createdAt);
    result = await bridge.write(serializeSnapshot(snapshot));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    result = { ok: false, reason: 'write-failed', message };
  }
  // Nothing to save is no failure; a new user's empty start needs no warning.
  if (!result.ok && result.reason !== 'empty') {
    console.warn('Backup not written:', result.reason, result.message ?? '');
  }
  report({ at, result });
  return result;
}

/** What a backup's result means to the scheduler: did it write, or try to write, a file? */
export function runOutcomeOf(result: BackupWriteResult): BackupRunOutcome {
  if (result.ok) return result.unchanged ? 'nothing-new' : 'written';
  return result.reason === 'empty' ? 'nothing-new' : 'failed';
}
