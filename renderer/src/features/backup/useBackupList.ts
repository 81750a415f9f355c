import { useEffect, useState } from 'react';
import type { BackupListResult } from '@shared/ipc/types';
import type { BackupBridge } from '../../platform/platform';

/** The desktop backups, newest first; undefined while loading or when there is no bridge. */
export function useBackupList(bridge: BackupBridge | null): BackupListResult | undefined {
  const [result, setResult] = useState<BackupListResult>();
  useEffect(() => {
    if (!bridge) return;
    let live = true;
    void bridge.list().then((answer) => {
      if (live) setResult(answer);
    });
    return () => {
      live = false;
    };
  }, [bridge]);
  return result;
}
