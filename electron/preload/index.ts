// Sandboxed preload: may only require('electron'), so it imports channel names and types, never
// zod (lint keeps it so). The main process checks every payload; this only names the channels.
import { contextBridge, ipcRenderer } from 'electron';
import { CHANNELS, EVENTS, isMenuAction, type MenuAction } from '@shared/ipc/channels';
import type { DesktopApi, InvokeMethod } from '@shared/ipc/types';

/**
 * One method per request of the contract, made from its channel. The page's argument (at most
 * one) is passed on as it is; a method without a request sends no payload at all.
 */
function invokeMethods() {
  const methods = Object.keys(CHANNELS) as InvokeMethod[];
  return Object.fromEntries(
    methods.map((method) => [
      method,
      (...args: unknown[]) => ipcRenderer.invoke(CHANNELS[method], ...args.slice(0, 1)),
    ]),
  ) as Omit<DesktopApi, 'onMenuAction'>;
}

const api: DesktopApi = {
  ...invokeMethods(),
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
};

contextBridge.exposeInMainWorld('desktop', api);
