import { useSyncExternalStore } from 'react';
import { backupStatus, type BackupState } from './backupStatus';

/** Where the automatic backups of this session stand; see describeBackupStatus. */
export function useBackupStatus(): BackupState {
  return useSyncExternalStore(backupStatus.subscribe, backupStatus.get);
}
