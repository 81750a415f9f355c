// Sandboxed preload: may only require('electron'), so it imports channel names and types, never
// zod. The main process parses every payload; this only names the channels.
import { contextBridge, ipcRenderer } from 'electron';
import { CHANNELS, EVENTS, isMenuAction, type MenuAction } from '@shared/ipc/channels';
import type {
  BackupListResult,
  BackupReadResult,
  BackupWriteResult,
  DesktopApi,
  SavePlanRequest,
  SavePlanResult,
} from '@shared/ipc/types';

const api = {
  savePlan: (request: SavePlanRequest): Promise<SavePlanResult> =>
    ipcRenderer.invoke(CHANNELS.savePlan, request),
  writeBackup: (text: string): Promise<BackupWriteResult> =>
    ipcRenderer.invoke(CHANNELS.backupWrite, text),
  // No argument at all: the main process accepts only an empty payload here.
  listBackups: (): Promise<BackupListResult> => ipcRenderer.invoke(CHANNELS.backupList),
  readBackup: (id: string): Promise<BackupReadResult> =>
    ipcRenderer.invoke(CHANNELS.backupRead, id),
  onMenuAction: (listener: (name: MenuAction) => void): (() => void) => {
    // The page gets the action's name only: never the IPC event, never an unknown name.
    const forward = (_event: unknown, name: unknown) => {
      if (isMenuAction(name)) listener(name);
    };
    ipcRenderer.on(EVENTS.menuAction, forward);
    return () => {
      ipcRenderer.removeListener(EVENTS.menuAction, forward);
    };
  },
} satisfies DesktopApi;

contextBridge.exposeInMainWorld('desktop', api);
