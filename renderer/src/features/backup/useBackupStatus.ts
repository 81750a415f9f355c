import { useSyncExternalStore } from 'react';
import { backupStatus, type BackupStatus } from './backupStatus';

/** The latest automatic backup's outcome in this session; null before the first one. */
export function useBackupStatus(): BackupStatus {
  return useSyncExternalStore(backupStatus.subscribe, backupStatus.get);
}
