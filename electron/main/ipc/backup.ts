import { join } from 'node:path';
import { app } from 'electron';
import { createBackupStore } from '../backup';
import type { MainHandlers } from './register';

type BackupHandlers = Pick<MainHandlers, 'writeBackup' | 'listBackups' | 'readBackup'>;

/** The backup requests, answered from `<userData>/backups`. Call after `ready`. */
export function backupHandlers(): BackupHandlers {
  const store = createBackupStore({ dir: join(app.getPath('userData'), 'backups') });
  return {
    writeBackup: (text) => store.write(text),
    listBackups: () => store.list(),
    readBackup: (id) => store.read(id),
  };
}
