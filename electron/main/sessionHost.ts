// The main process's side of the local-network session: at most one session server at a time,
// started on the interface the facilitator chose and stopped when the session ends or the app
// quits. Free of Electron, so it is tested in Node against a real server.
import type {
  ListInterfacesResult,
  SessionInfo,
  StartSessionRequest,
  StartSessionResult,
  StopSessionResult,
} from '@shared/ipc/types';
import { chooseAddress, listInterfaces, startSessionServer, type SessionServer } from '../session';
import type { SessionServerOptions } from '../session/options';

export type SessionHost = {
  listInterfaces(): Promise<ListInterfacesResult>;
  /**
   * Starts a server on `address`, or returns the one running there. With `resume` it continues
   * a session whose server went away: the same join code, and the same port when it is free.
   */
  start(address: string, resume?: StartSessionRequest['resume']): Promise<StartSessionResult>;
  stop(): Promise<StopSessionResult>;
  /** Whether a server is running (the app waits for it to stop before quitting). */
  running(): boolean;
};

type Dependencies = {
  /** Options every server gets besides its address (tests shorten the timings). */
  serverOptions?: Omit<SessionServerOptions, 'address'>;
  interfaces?: typeof listInterfaces;
  choose?: typeof chooseAddress;
};

const infoOf = (server: SessionServer): SessionInfo => ({
  joinUrl: server.joinUrl,
  joinCode: server.joinCode,
  hostSocketUrl: server.hostSocketUrl,
  hostToken: server.hostToken,
});

export function createSessionHost(dependencies: Dependencies = {}): SessionHost {
  const interfaces = dependencies.interfaces ?? listInterfaces;
  const choose = dependencies.choose ?? chooseAddress;
  let server: SessionServer | null = null;
  // Starts and stops run one after another, so two quick clicks never open two servers.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work, work);
    queue = next.catch(() => undefined);
    return next;
  };

  const stopRunning = async () => {
    const running = server;
    server = null;
    await running?.stop('session-ended');
  };

  return {
    listInterfaces: async () => ({
      ok: true,
      interfaces: interfaces().map(({ name, address }) => ({ name, address })),
    }),
    start: (address, resume) =>
      serial(async (): Promise<StartSessionResult> => {
        const choice = choose(address);
        if (!choice.ok) return { ok: false, reason: 'unknown-interface' };
        // A page that reloads asks again: it gets the running session, participants stay.
        if (server && server.address === choice.address)
          return { ok: true, session: infoOf(server) };
        await stopRunning();
        try {
          const options = { ...dependencies.serverOptions, address: choice.address };
          const started = resume
            ? await startSessionServer({ ...options, ...resume }).catch(() =>
                // The port is taken: another one, so phones open the page again (QR code).
                startSessionServer({ ...options, joinCode: resume.joinCode }),
              )
            : await startSessionServer(options);
          server = started;
          // The host may end the session itself (endSession): forget the server then.
          void started.stopped.then(() => {
            if (server === started) server = null;
          });
          return { ok: true, session: infoOf(started) };
        } catch (error) {
          return {
            ok: false,
            reason: 'start-failed',
            message: error instanceof Error ? error.message : String(error),
          };
        }
      }),
    stop: () =>
      serial(async (): Promise<StopSessionResult> => {
        await stopRunning();
        return { ok: true };
      }),
    running: () => server !== null,
  };
}
