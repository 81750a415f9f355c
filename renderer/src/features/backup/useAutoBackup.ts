import { useEffect } from 'react';
import { backupRepo } from '../../db/backupRepo';
import { platform } from '../../platform/platform';
import { createBackupScheduler } from './backupScheduler';
import { backupStatus } from './backupStatus';
import { takeBackup } from './takeBackup';

/**
 * Desktop only: a backup at start, then after changes (see createBackupScheduler). The web
 * build has nowhere safe to put one, so it takes none.
 */
export function useAutoBackup(): void {
  useEffect(() => {
    const bridge = platform.backups;
    if (platform.kind !== 'desktop' || !bridge) return;
    const scheduler = createBackupScheduler(() => takeBackup(backupRepo, bridge, backupStatus.set));
    const unwatch = backupRepo.watch(() => scheduler.changed());
    scheduler.start();
    return () => {
      unwatch();
      scheduler.dispose();
    };
  }, []);
}
