// Lifecycle only: the rules live in scheme.ts, harden.ts, window.ts, menu.ts and ipc/.
import { join } from 'node:path';
import { app, BrowserWindow } from 'electron';
import { installHardening } from './harden';
import { backupHandlers } from './ipc/backup';
import { savePlanHandler } from './ipc/plan';
import { registerRequestHandlers } from './ipc/register';
import { sessionHandlers } from './ipc/session';
import { installMenu } from './menu';
import { registerAppSchemePrivileges, serveAppScheme } from './scheme';
import { builtBundle } from '../session';
import { createSessionHost } from './sessionHost';
import { createMainWindow } from './window';

// Both must happen before `ready`.
app.enableSandbox();
registerAppSchemePrivileges();

// A second instance would open the same IndexedDB; hand over to the first one instead.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let mainWindow: BrowserWindow | null = null;

  const openMainWindow = (): void => {
    mainWindow = createMainWindow();
    mainWindow.on('closed', () => (mainWindow = null));
  };

  app.on('second-instance', () => {
    if (mainWindow === null) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  installHardening();
  // The page phones open, built beside the renderer (`npm run build` builds both).
  const session = createSessionHost({
    serverOptions: builtBundle(join(__dirname, '../participant')),
  });
  // Quitting waits for the session server to tell every device the session ended.
  app.on('will-quit', (event) => {
    if (!session.running()) return;
    event.preventDefault();
    void session.stop().finally(() => app.quit());
  });

  app
    .whenReady()
    .then(() => {
      serveAppScheme(join(__dirname, '../renderer'));
      registerRequestHandlers({
        savePlan: savePlanHandler,
        ...backupHandlers(),
        ...sessionHandlers(session),
      });
      installMenu(app.isPackaged);
      openMainWindow();
      app.on('activate', () => {
        if (BrowserWindow.getAllWindows().length === 0) openMainWindow();
      });
    })
    .catch((error: unknown) => {
      console.error('Klimatverkstad could not start:', error);
      app.exit(1);
    });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
