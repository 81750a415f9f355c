// Runtime values of the IPC contract. Kept free of zod so the sandboxed preload, which may only
// require('electron'), can import the channel names without pulling in a schema library.
import { MAX_SNAPSHOT_BYTES } from '../io/snapshotFormat';

/** Channel names, `area:verb`. */
export const CHANNELS = {
  savePlan: 'plan:save',
  backupWrite: 'backup:write',
  backupList: 'backup:list',
  backupRead: 'backup:read',
} as const;

export type Channel = (typeof CHANNELS)[keyof typeof CHANNELS];

/** Largest PDF the renderer may hand to the main process (bytes). */
export const MAX_PLAN_BYTES = 50 * 1024 * 1024;

/** Longest file name the renderer may suggest for a saved plan (characters). */
export const MAX_PLAN_NAME_LENGTH = 200;

/** Largest backup text the renderer may hand over: the snapshot file cap. */
export const MAX_BACKUP_BYTES = MAX_SNAPSHOT_BYTES;

/**
 * A backup's id is its file name, `backup-<UTC yyyyMMddTHHmmssSSS>Z.json`: nothing that could
 * name another folder or file (no separators, no dots but the extension's).
 */
export const BACKUP_ID_PATTERN = /^backup-\d{8}T\d{9}Z\.json$/;
