import { useEffect, useState } from 'react';
import type { BackupListResult } from '@shared/ipc/types';
import type { BackupBridge } from '../../platform/platform';
import { useBackupStatus } from './useBackupStatus';

/**
 * The desktop backups, newest first, read again after every backup run so a backup taken while
 * the list is shown appears in it; undefined while loading or when there is no bridge.
 */
export function useBackupList(bridge: BackupBridge | null): BackupListResult | undefined {
  const [result, setResult] = useState<BackupListResult>();
  const { latest } = useBackupStatus();
  useEffect(() => {
    if (!bridge) return;
    let live = true;
    void bridge.list().then((answer) => {
      if (live) setResult(answer);
    });
    return () => {
      live = false;
    };
  }, [bridge, latest]);
  return result;
}
