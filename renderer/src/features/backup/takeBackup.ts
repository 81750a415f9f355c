import type { BackupWriteResult } from '@shared/ipc/types';
import { serializeSnapshot } from '@shared/io/serializeSnapshot';
import type { Snapshot } from '@shared/io/snapshotFormat';
import type { BackupBridge } from '../../platform/platform';

/**
 * Serialises the database and hands it to the main process, which decides whether it becomes
 * a backup. Never throws: a failed read is reported like a failed write, through `report`.
 */
export async function takeBackup(
  repo: { snapshot: () => Promise<Snapshot> },
  bridge: Pick<BackupBridge, 'write'>,
  report: (status: { at: number; result: BackupWriteResult }) => void = () => undefined,
): Promise<BackupWriteResult> {
  let result: BackupWriteResult;
  try {
    result = await bridge.write(serializeSnapshot(await repo.snapshot()));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    result = { ok: false, reason: 'write-failed', message };
  }
  if (!result.ok) console.warn('Backup not written:', result.reason, result.message ?? '');
  report({ at: Date.now(), result });
  return result;
}
