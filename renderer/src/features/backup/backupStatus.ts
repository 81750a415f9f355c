import type { BackupWriteResult } from '@shared/ipc/types';
import type { BackupSchedule } from './backupScheduler';

/** One backup run: when its snapshot of the database was taken, and what the main process said. */
export type BackupRun = { at: number; result: BackupWriteResult };

/** Everything the backup status says is derived from this; see describeBackupStatus. */
export type BackupState = BackupSchedule & {
  /** The latest run of this session; null before the first one ends. */
  latest: BackupRun | null;
  /** The snapshot time of the newest backup file this session wrote; null before one. */
  writtenAt: number | null;
  /** Whether some run of this session found the data safe in a backup (written or identical). */
  backedUp: boolean;
};

const INITIAL: BackupState = {
  latest: null,
  writtenAt: null,
  backedUp: false,
  dueAt: null,
  running: false,
};

let current: BackupState = INITIAL;
const listeners = new Set<() => void>();

function update(next: BackupState) {
  current = next;
  listeners.forEach((notify) => notify());
}

/** For useSyncExternalStore: the start screen and the Backups screen say where backups stand. */
export const backupStatus = {
  get: (): BackupState => current,
  /** Notes a finished run (automatic, or the safety backup before a restore). */
  record(run: BackupRun) {
    const { result } = run;
    update({
      ...current,
      latest: run,
      writtenAt: result.ok && !result.unchanged ? run.at : current.writtenAt,
      backedUp: current.backedUp || result.ok,
    });
  },
  /** Notes when the scheduler will back up next, and whether it is backing up now. */
  schedule({ dueAt, running }: BackupSchedule) {
    if (current.dueAt === dueAt && current.running === running) return;
    update({ ...current, dueAt, running });
  },
  /** Back to the state at start; for tests. */
  reset() {
    update(INITIAL);
  },
  subscribe(notify: () => void) {
    listeners.add(notify);
    return () => {
      listeners.delete(notify);
    };
  },
};
