import type { SessionHost } from '../sessionHost';
import type { MainHandlers } from './register';

type SessionHandlers = Pick<MainHandlers, 'listInterfaces' | 'startSession' | 'stopSession'>;

/** The session requests, answered by the one session host of the main process. */
export function sessionHandlers(host: SessionHost): SessionHandlers {
  return {
    listInterfaces: () => host.listInterfaces(),
    startSession: ({ address, resume }) => host.start(address, resume),
    stopSession: () => host.stop(),
  };
}
