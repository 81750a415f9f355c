import { join } from 'node:path';
import { app, ipcMain } from 'electron';
import { CHANNELS } from '@shared/ipc/channels';
import { createBackupStore } from '../backup';
import { createBackupHandlers } from './backupHandlers';

/** Registers the `backup:*` handlers over `<userData>/backups`. Call after `ready`. */
export function registerBackupIpc(): void {
  const handlers = createBackupHandlers(
    createBackupStore({ dir: join(app.getPath('userData'), 'backups') }),
  );
  ipcMain.handle(CHANNELS.backupWrite, (event, payload: unknown) =>
    handlers.write(event.senderFrame?.url, payload),
  );
  ipcMain.handle(CHANNELS.backupList, (event, payload: unknown) =>
    handlers.list(event.senderFrame?.url, payload),
  );
  ipcMain.handle(CHANNELS.backupRead, (event, payload: unknown) =>
    handlers.read(event.senderFrame?.url, payload),
  );
}
