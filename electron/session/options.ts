// What a session server can be told, and the values it uses when it is not. Timings and limits
// are options so tests run in milliseconds and the desktop app can tune them.
import { APP_ORIGIN } from '../main/appOrigin';
import { MAX_SEATS } from '@shared/protocol/limits';
import type { BucketRate } from './tokenBucket';

export type SessionTimings = {
  /** How often every socket is pinged; one without a pong since the last ping is dropped. */
  heartbeatMs: number;
  /** A device must join or resume, and the host say hello, within this time of connecting. */
  authTimeoutMs: number;
  /** A device that sends nothing for this long is closed; its page resumes when it wakes. */
  idleTimeoutMs: number;
  /** How long stopping waits for closing handshakes before cutting sockets off. */
  closeGraceMs: number;
};

export type SessionLimits = {
  /** Messages one participant connection may send. */
  perConnection: BucketRate;
  /** Messages all connections from one address may send together. */
  perAddress: BucketRate;
  /** WebSocket upgrades one address may make. */
  upgradesPerAddress: BucketRate;
  /** Wrong join codes and unknown tokens one address may send. */
  failedJoinsPerAddress: BucketRate;
  /** Messages refused in a row for the rate before the connection is closed (1008). */
  floodCloseAfter: number;
  /** People who may join. */
  maxSeats: number;
  /** Relayed changes that may wait for the host; beyond it changes are refused (`host-away`). */
  maxPendingChanges: number;
  /** Open sockets per listener, counted before a connection is accepted. */
  maxConnections: number;
};

export type SessionServerOptions = {
  /** The one address participants reach the server on. Default 127.0.0.1; never a wildcard. */
  address?: string;
  /** Port for participants; 0 (the default) takes a free one. */
  port?: number;
  /**
   * The join code of a session this server continues after a restart, so phones that kept
   * the page open reconnect by themselves. With it the server waits for the host's seats
   * (`restoreSeats`) before telling any device its token is unknown. Default: a new code.
   */
  joinCode?: string;
  /** The host token of the session it continues; default a new one. */
  hostToken?: string;
  /** Port of the host's loopback listener; 0 (the default) takes a free one. */
  hostPort?: number;
  /** Folder of the participant page bundle; without it the server shows a placeholder page. */
  bundleRoot?: string;
  /** Origins allowed to open the host socket besides none (the app's main process). */
  hostOrigins?: readonly string[];
  timings?: Partial<SessionTimings>;
  limits?: Partial<SessionLimits>;
  /** Milliseconds clock for the rate limits. */
  now?: () => number;
};

export const DEFAULT_TIMINGS: SessionTimings = {
  heartbeatMs: 15_000,
  authTimeoutMs: 10_000,
  idleTimeoutMs: 30 * 60_000,
  closeGraceMs: 500,
};

export const DEFAULT_LIMITS: SessionLimits = {
  // A page sends on drop, not while dragging: 10 a second with bursts of 30 is generous.
  perConnection: { burst: 30, perSecond: 10 },
  perAddress: { burst: 60, perSecond: 20 },
  upgradesPerAddress: { burst: 10, perSecond: 1 },
  failedJoinsPerAddress: { burst: 5, perSecond: 0.2 },
  floodCloseAfter: 50,
  maxSeats: 250,
  maxPendingChanges: 10_000,
  maxConnections: 2 * MAX_SEATS,
};

export const DEFAULT_ADDRESS = '127.0.0.1';

/** The desktop renderer (app://bundle) may later open the host socket itself. */
export const DEFAULT_HOST_ORIGINS: readonly string[] = [APP_ORIGIN];
