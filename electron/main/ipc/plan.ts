import { app, BrowserWindow, dialog, ipcMain, type SaveDialogOptions } from 'electron';
import { CHANNELS } from '@shared/ipc/channels';
import { writeFileAtomic } from '../atomicWrite';
import { savePlan } from './savePlan';

/** Registers the `plan:save` handler; the dialog is modal to the window that asked. */
export function registerPlanIpc(): void {
  ipcMain.handle(CHANNELS.savePlan, (event, payload: unknown) =>
    savePlan(event.senderFrame?.url, payload, {
      documentsDir: app.getPath('documents'),
      showSaveDialog: (defaultPath) => {
        const options: SaveDialogOptions = {
          defaultPath,
          filters: [{ name: 'PDF', extensions: ['pdf'] }],
          properties: ['createDirectory', 'showOverwriteConfirmation'],
        };
        const parent = BrowserWindow.fromWebContents(event.sender);
        return parent ? dialog.showSaveDialog(parent, options) : dialog.showSaveDialog(options);
      },
      writeFile: writeFileAtomic,
    }),
  );
}
