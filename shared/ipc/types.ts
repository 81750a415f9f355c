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

/** What the preload exposes on `window.desktop`: one named method per channel. */
export type DesktopApi = {
  savePlan(request: SavePlanRequest): Promise<SavePlanResult>;
  /** Stores a serialised snapshot as the newest backup (`backup:write`). */
  writeBackup(text: string): Promise<BackupWriteResult>;
  /** The backups on this machine, newest first (`backup:list`). */
  listBackups(): Promise<BackupListResult>;
  /** The text of one backup, to be checked with parseSnapshot (`backup:read`). */
  readBackup(id: string): Promise<BackupReadResult>;
  /**
   * Calls `listener` with each native-menu action the user picks (`menu:action`); returns the
   * unsubscribe function.
   */
  onMenuAction(listener: (name: MenuAction) => void): () => void;
};
