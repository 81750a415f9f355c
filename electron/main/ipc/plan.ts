import { app, BrowserWindow, dialog, type SaveDialogOptions } from 'electron';
import { writeFileAtomic } from '../atomicWrite';
import type { MainHandlers } from './register';
import { savePlan } from './savePlan';

/** The plan save request; its dialog is modal to the window that asked. */
export const savePlanHandler: MainHandlers['savePlan'] = (request, event) =>
  savePlan(request, {
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
  });
