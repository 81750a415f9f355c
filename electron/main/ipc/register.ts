import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { CHANNELS } from '@shared/ipc/channels';
import type { InvokeMethod } from '@shared/ipc/types';
import { gateRequest, type RequestHandler } from './gate';

/** A handler for every request of the contract; the compiler names any that is missing. */
export type MainHandlers = { [M in InvokeMethod]: RequestHandler<M, IpcMainInvokeEvent> };

/** Answers each request's channel with its handler behind the gate. Call after `ready`. */
export function registerRequestHandlers(handlers: MainHandlers): void {
  const register = <M extends InvokeMethod>(method: M) => {
    const gated = gateRequest(method, handlers[method]);
    ipcMain.handle(CHANNELS[method], (event, payload: unknown) =>
      gated(event.senderFrame?.url, payload, event),
    );
  };
  for (const method of Object.keys(CHANNELS) as InvokeMethod[]) register(method);
}
