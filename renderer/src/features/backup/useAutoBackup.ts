import { useEffect } from 'react';
import { backupRepo } from '../../db/backupRepo';
import { platform } from '../../platform/platform';
import { createBackupScheduler } from './backupScheduler';
import { backupStatus } from './backupStatus';
import { runOutcomeOf, takeBackup } from './takeBackup';

/**
 * Desktop only: a backup at start, then after changes (see createBackupScheduler); the backup
 * status follows every step. The web build has nowhere safe to put one, so it takes none.
 */
export function useAutoBackup(): void {
  useEffect(() => {
    const bridge = platform.backups;
    if (platform.kind !== 'desktop' || !bridge) return;
    const scheduler = createBackupScheduler(
      async () => runOutcomeOf(await takeBackup(backupRepo, bridge, backupStatus.record)),
      { onSchedule: backupStatus.schedule },
    );
    const unwatch = backupRepo.watch(() => scheduler.changed());
    scheduler.start();
    return () => {
      unwatch();
      scheduler.dispose();
    };
  }, []);
}
