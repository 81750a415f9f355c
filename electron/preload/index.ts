// Sandboxed preload: may only require('electron'), so it imports channel names and types, never
// zod. The main process parses every payload; this only names the channels.
import { contextBridge, ipcRenderer } from 'electron';
import { CHANNELS } from '@shared/ipc/channels';
import type { DesktopApi, SavePlanRequest, SavePlanResult } from '@shared/ipc/types';

const api = {
  savePlan: (request: SavePlanRequest): Promise<SavePlanResult> =>
    ipcRenderer.invoke(CHANNELS.savePlan, request),
} satisfies DesktopApi;

contextBridge.exposeInMainWorld('desktop', api);
