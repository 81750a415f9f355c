// Types of the IPC contract. Type-only, so importing them costs nothing at runtime.
import type { MenuAction } from './channels';

export type SavePlanRequest = {
  /** File name shown in the save dialog; the main process sanitises it. */
  suggestedName: string;
  /** The finished PDF, 1..MAX_PLAN_BYTES bytes. */
  bytes: Uint8Array;
};

export type SavePlanFailureReason = 'cancelled' | 'invalid-request' | 'write-failed';

export type SavePlanResult =
  { ok: true; path: string } | { ok: false; reason: SavePlanFailureReason; message?: string };

/** One backup file in the user data folder. */
export type BackupSummary = {
  /** The file name; what `backup:read` takes. */
  id: string;
  /** When the snapshot was taken (ISO 8601). */
  createdAt: string;
  /** Size of the file. */
  bytes: number;
  /** Workshops in it; null when the file is damaged and cannot be restored. */
  workshops: number | null;
};

/**
 * Why a backup was not written. `empty` is a refusal, not a fault: there is nothing to keep,
 * and the existing backups stay as they are.
 */
export type BackupWriteFailureReason = 'invalid-request' | 'empty' | 'write-failed';

export type BackupWriteResult =
  /** `unchanged`: the newest backup already holds exactly this data, so nothing was written. */
  | { ok: true; id: string; unchanged: boolean }
  | { ok: false; reason: BackupWriteFailureReason; message?: string };

export type BackupListResult =
  | { ok: true; backups: BackupSummary[] }
  | { ok: false; reason: 'invalid-request' | 'read-failed'; message?: string };

export type BackupReadFailureReason = 'invalid-request' | 'not-found' | 'too-large' | 'read-failed';

export type BackupReadResult =
  { ok: true; text: string } | { ok: false; reason: BackupReadFailureReason; message?: string };

/**
 * Every request the page can make of the main process, by the DesktopApi method that makes it:
 * what goes in and what comes back. The channel names are in ./channels (CHANNELS), the payload
 * schemas and limits in ./contract (INVOKE_CONTRACT); the compiler keeps the three in step, so a
 * new request is one entry in each and the preload and main's handler wrapper follow from them.
 */
export type InvokeContract = {
  savePlan: { request: SavePlanRequest; result: SavePlanResult };
  /** Stores a serialised snapshot as the newest backup. */
  writeBackup: { request: string; result: BackupWriteResult };
  /** The backups on this machine, newest first. Takes nothing. */
  listBackups: { request: undefined; result: BackupListResult };
  /** The text of one backup, to be checked with parseSnapshot. */
  readBackup: { request: string; result: BackupReadResult };
};

export type InvokeMethod = keyof InvokeContract;
export type InvokeRequest<M extends InvokeMethod> = InvokeContract[M]['request'];
export type InvokeResult<M extends InvokeMethod> = InvokeContract[M]['result'];

/** A request with no payload is a method without arguments. */
type InvokeApi = {
  [M in InvokeMethod]: InvokeRequest<M> extends undefined
    ? () => Promise<InvokeResult<M>>
    : (request: InvokeRequest<M>) => Promise<InvokeResult<M>>;
};

/** What the preload exposes on `window.desktop`: one method per request, plus the menu events. */
export type DesktopApi = InvokeApi & {
  /**
   * Calls `listener` with each native-menu action the user picks (`menu:action`); returns the
   * unsubscribe function.
   */
  onMenuAction(listener: (name: MenuAction) => void): () => void;
};
