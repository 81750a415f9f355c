// What each connection handler needs from the server around it, and the small pieces the
// participant and host handlers share.
import { WebSocket, type RawData } from 'ws';
import type { SessionLimits, SessionTimings } from './options';
import type { AddressBook } from './rateLimits';
import type { SessionRelay } from './relay';
import type { Outlet } from './seat';

export type SocketContext = {
  relay: SessionRelay;
  book: AddressBook;
  limits: SessionLimits;
  timings: SessionTimings;
  now: () => number;
};

/** The text of a frame, however `ws` delivered it. */
export function frameText(data: RawData): string {
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  if (data instanceof ArrayBuffer) return Buffer.from(data).toString('utf8');
  return data.toString('utf8');
}

/** An outlet that writes JSON while the socket is open and drops messages after. */
export function socketOutlet<M>(ws: WebSocket): Outlet<M> {
  return {
    send(message) {
      if (ws.readyState === WebSocket.OPEN) ws.send(JSON.stringify(message));
    },
    close(code, reason) {
      if (ws.readyState === WebSocket.OPEN || ws.readyState === WebSocket.CONNECTING) {
        ws.close(code, reason);
      }
    },
  };
}

/** A timer that closes the socket unless it is pushed back (`restart`) or cleared in time. */
export function closingTimer(ws: WebSocket, ms: number, code: number, reason: string) {
  let timer = setTimeout(() => ws.close(code, reason), ms);
  return {
    restart() {
      clearTimeout(timer);
      timer = setTimeout(() => ws.close(code, reason), ms);
    },
    clear() {
      clearTimeout(timer);
    },
  };
}
