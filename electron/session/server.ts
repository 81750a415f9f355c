// Starts one session: a listener for participants on the chosen address and one for the host
// on loopback, the relay between them, the heartbeat, and a stop that frees both ports.
import {
  JOIN_CODE_ALPHABET,
  JOIN_CODE_LENGTH,
  MAX_HOST_MESSAGE_BYTES,
  MAX_PARTICIPANT_MESSAGE_BYTES,
  MAX_SEATS,
  TOKEN_PATTERN,
} from '@shared/protocol/limits';
import type { ClosingReason } from '@shared/protocol/serverMessages';
import { CLOSE_CODES } from './closeCodes';
import { startHeartbeat } from './heartbeat';
import { serveHost } from './hostSocket';
import { isWildcard } from './interfaces';
import { openListener } from './listener';
import {
  DEFAULT_ADDRESS,
  DEFAULT_HOST_ORIGINS,
  DEFAULT_LIMITS,
  DEFAULT_TIMINGS,
  type SessionServerOptions,
} from './options';
import { serveParticipant } from './participantSocket';
import { AddressBook } from './rateLimits';
import { SessionRelay } from './relay';
import { participantCsp } from './httpResponses';
import { makeJoinCode, makeToken } from './secrets';

export type SessionServer = {
  /** What participants open: `http://<address>:<port>/`. */
  joinUrl: string;
  /** Where the participant page opens its socket. */
  participantSocketUrl: string;
  /** Where the host connects, always on loopback. */
  hostSocketUrl: string;
  address: string;
  port: number;
  hostPort: number;
  joinCode: string;
  hostToken: string;
  /** Closes every socket and both listeners; safe to call more than once. */
  stop(reason?: Extract<ClosingReason, 'session-ended' | 'server-stopping'>): Promise<void>;
  /** Settles once the server has stopped, however it was stopped (also by the host). */
  stopped: Promise<void>;
};

const PARTICIPANT_PATH = '/ws';
const HOST_PATH = '/host';
const LOOPBACK = '127.0.0.1';
const JOIN_CODE = new RegExp(`^[${JOIN_CODE_ALPHABET}]{${JOIN_CODE_LENGTH}}$`);

export async function startSessionServer(
  options: SessionServerOptions = {},
): Promise<SessionServer> {
  const address = options.address ?? DEFAULT_ADDRESS;
  if (isWildcard(address)) {
    throw new Error('The session server listens on one interface, never on all.');
  }
  const timings = { ...DEFAULT_TIMINGS, ...options.timings };
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  // The protocol's lists of seats hold at most MAX_SEATS.
  limits.maxSeats = Math.min(limits.maxSeats, MAX_SEATS);
  const now = options.now ?? (() => performance.now());
  const joinCode = options.joinCode ?? makeJoinCode();
  const hostToken = options.hostToken ?? makeToken();
  if (!JOIN_CODE.test(joinCode) || !TOKEN_PATTERN.test(hostToken)) {
    throw new Error('A join code or host token handed in is not one this server makes.');
  }
  // A join code handed in continues a session: its seats come back from the host.
  const relay = new SessionRelay(joinCode, hostToken, limits, options.joinCode !== undefined);
  const book = new AddressBook(limits, now);
  const context = { relay, book, limits, timings, now };
  const bundleRoot = options.bundleRoot ?? null;
  const hostOrigins = options.hostOrigins ?? DEFAULT_HOST_ORIGINS;

  let stopping: Promise<void> | null = null;
  let markStopped!: () => void;
  const stopped = new Promise<void>((resolve) => {
    markStopped = resolve;
  });

  const participants = await openListener({
    address,
    port: options.port ?? 0,
    path: PARTICIPANT_PATH,
    maxPayload: MAX_PARTICIPANT_MESSAGE_BYTES,
    maxConnections: limits.maxConnections,
    hostNames: address === LOOPBACK ? ['localhost'] : [],
    // The page's own origin: the join address, and `localhost` when that is loopback.
    origins: (authorities) => authorities.map((authority) => `http://${authority}`),
    http: (authority) => ({ csp: participantCsp(authority), bundleRoot, placeholder: true }),
    book,
    onConnection: (ws, from) => serveParticipant(ws, from, context),
  });
  const host = await openListener({
    address: LOOPBACK,
    port: options.hostPort ?? 0,
    path: HOST_PATH,
    maxPayload: MAX_HOST_MESSAGE_BYTES,
    maxConnections: 4,
    hostNames: ['localhost'],
    origins: () => hostOrigins,
    http: () => ({ csp: "default-src 'none'", bundleRoot: null, placeholder: false }),
    book,
    onConnection: (ws) => serveHost(ws, context, () => void stop('session-ended')),
  }).catch(async (error: unknown) => {
    await participants.close();
    throw error;
  });
  const stopHeartbeat = startHeartbeat([participants.sockets, host.sockets], timings.heartbeatMs);

  const stop = (reason: 'session-ended' | 'server-stopping' = 'server-stopping') => {
    stopping ??= (async () => {
      stopHeartbeat();
      const code = reason === 'session-ended' ? CLOSE_CODES.sessionEnded : CLOSE_CODES.goingAway;
      relay.closeAll(reason, code);
      const clients = [...participants.sockets.clients, ...host.sockets.clients];
      // Connections that never joined have no seat to close them: close them here.
      for (const ws of clients) ws.close(code, reason);
      let grace: NodeJS.Timeout | undefined;
      await Promise.race([
        Promise.all(clients.map((ws) => new Promise((resolve) => ws.once('close', resolve)))),
        new Promise((resolve) => (grace = setTimeout(resolve, timings.closeGraceMs))),
      ]);
      clearTimeout(grace);
      await Promise.all([participants.close(), host.close()]);
      markStopped();
    })();
    return stopping;
  };

  const authority = participants.authority;
  return {
    joinUrl: `http://${authority}/`,
    participantSocketUrl: `ws://${authority}${PARTICIPANT_PATH}`,
    hostSocketUrl: `ws://${host.authority}${HOST_PATH}`,
    address,
    port: participants.port,
    hostPort: host.port,
    joinCode,
    hostToken,
    stop,
    stopped,
  };
}
