import type { BackupWriteResult } from '@shared/ipc/types';

/** The outcome of the latest automatic backup of this session, and when it ran. */
export type BackupStatus = { at: number; result: BackupWriteResult } | null;

let current: BackupStatus = null;
const listeners = new Set<() => void>();

/** For useSyncExternalStore: the restore screen shows what the last backup did. */
export const backupStatus = {
  get: (): BackupStatus => current,
  set(status: BackupStatus) {
    current = status;
    listeners.forEach((notify) => notify());
  },
  subscribe(notify: () => void) {
    listeners.add(notify);
    return () => {
      listeners.delete(notify);
    };
  },
};
