// The whole IPC contract in one import, for code that may load zod (main process, tests).
// The preload imports ./channels and ./types directly so its bundle stays free of zod.
import type { z } from '../zod';
import {
  backupListRequestSchema,
  backupReadRequestSchema,
  backupWriteRequestSchema,
  listInterfacesRequestSchema,
  savePlanRequestSchema,
  startSessionRequestSchema,
  stopSessionRequestSchema,
} from './schemas';
import type { InvokeMethod, InvokeRequest } from './types';

/**
 * How much of a request a page may ask of the main process. A compromised page must not be able
 * to queue unbounded work on the main thread or open dialog after dialog; the app's own page
 * never comes near these figures.
 */
export type RequestLimit = {
  /** Requests handled at once. */
  concurrent: number;
  /** Requests that may wait for a free slot; one more is refused. */
  queued: number;
  /** Requests accepted per minute: a burst of this many, refilled evenly over the minute. */
  perMinute: number;
};

type ContractEntry<M extends InvokeMethod> = {
  /** Parses the payload; anything it refuses never reaches the handler. */
  request: z.ZodType<InvokeRequest<M>>;
  limit: RequestLimit;
};

/**
 * One entry per request the page can make: how its payload is checked and how often it may come.
 * The channel is CHANNELS[method], the result type InvokeContract[method]['result'].
 */
export const INVOKE_CONTRACT: { [M in InvokeMethod]: ContractEntry<M> } = {
  // One save dialog at a time, whatever the page asks.
  savePlan: { request: savePlanRequestSchema, limit: { concurrent: 1, queued: 0, perMinute: 30 } },
  // Each write reads the folder and parses the snapshot: one at a time, a short line behind it.
  writeBackup: {
    request: backupWriteRequestSchema,
    limit: { concurrent: 1, queued: 2, perMinute: 30 },
  },
  listBackups: {
    request: backupListRequestSchema,
    limit: { concurrent: 2, queued: 4, perMinute: 120 },
  },
  readBackup: {
    request: backupReadRequestSchema,
    limit: { concurrent: 2, queued: 4, perMinute: 120 },
  },
  listInterfaces: {
    request: listInterfacesRequestSchema,
    limit: { concurrent: 1, queued: 2, perMinute: 60 },
  },
  // Each start opens two listening ports: one at a time, and not many a minute.
  startSession: {
    request: startSessionRequestSchema,
    limit: { concurrent: 1, queued: 0, perMinute: 20 },
  },
  stopSession: {
    request: stopSessionRequestSchema,
    limit: { concurrent: 1, queued: 1, perMinute: 20 },
  },
};

export {
  BACKUP_ID_PATTERN,
  CHANNELS,
  EVENTS,
  isMenuAction,
  MAX_BACKUP_BYTES,
  MAX_PLAN_BYTES,
  MAX_PLAN_NAME_LENGTH,
  MENU_ACTIONS,
  SESSION_ADDRESS_PATTERN,
  type Channel,
  type MenuAction,
} from './channels';
export {
  backupListRequestSchema,
  backupReadRequestSchema,
  backupWriteRequestSchema,
  listInterfacesRequestSchema,
  savePlanRequestSchema,
  startSessionRequestSchema,
  stopSessionRequestSchema,
} from './schemas';
export type * from './types';
