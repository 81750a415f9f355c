// Runtime values of the IPC contract. Kept free of zod so the sandboxed preload, which may only
// require('electron'), can import the channel names without pulling in a schema library.
import { MAX_SNAPSHOT_BYTES } from '../io/snapshotFormat';
import type { InvokeMethod } from './types';

/** The channel of each request the page can make (see InvokeContract), named `area:verb`. */
export const CHANNELS = {
  savePlan: 'plan:save',
  writeBackup: 'backup:write',
  listBackups: 'backup:list',
  readBackup: 'backup:read',
  listInterfaces: 'session:interfaces',
  startSession: 'session:start',
  stopSession: 'session:stop',
} as const satisfies Record<InvokeMethod, string>;

export type Channel = (typeof CHANNELS)[keyof typeof CHANNELS];

/** Messages the main process sends to the page (not invoked by it). */
export const EVENTS = {
  /** The native menu's choice: one of MENU_ACTIONS, run by the page's action registry. */
  menuAction: 'menu:action',
} as const;

/**
 * The page's actions the native menu offers, by the names the page registers them under. The
 * preload passes on only these names. A new menu action is one more name here (and its item in
 * electron/main/menu.ts).
 */
export const MENU_ACTIONS = ['undo', 'redo', 'shortcuts'] as const;
export type MenuAction = (typeof MENU_ACTIONS)[number];

/** Whether a value from the main process names a menu action the page knows. */
export function isMenuAction(value: unknown): value is MenuAction {
  return MENU_ACTIONS.some((name) => name === value);
}

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

/**
 * A session address as the page may name it: dotted IPv4 only. Names, wildcards and anything
 * longer are refused before main looks the address up among the machine's interfaces.
 */
export const SESSION_ADDRESS_PATTERN = /^\d{1,3}(?:\.\d{1,3}){3}$/;
