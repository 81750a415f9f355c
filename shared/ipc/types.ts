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

/** A network interface other devices may reach the session on. */
export type SessionInterface = { name: string; address: string };

export type ListInterfacesResult =
  | { ok: true; interfaces: SessionInterface[] }
  | { ok: false; reason: 'invalid-request'; message?: string };

/** Where participants reach the session: loopback (`127.0.0.1`) or one interface's address. */
export type StartSessionRequest = {
  address: string;
  /**
   * The session this one continues after its server went away: the same port when it is
   * free (so phones reconnect by themselves) and the same join code, whose seats the host
   * hands back. The port is a hint; another one is taken when it is in use.
   */
  resume?: { port: number; joinCode: string };
};

/** What the facilitator's page needs of a running session. */
export type SessionInfo = {
  /** What participants open on their devices. */
  joinUrl: string;
  joinCode: string;
  /** Where the page connects as host, always on loopback. */
  hostSocketUrl: string;
  hostToken: string;
};

export type StartSessionFailureReason = 'invalid-request' | 'unknown-interface' | 'start-failed';

export type StartSessionResult =
  | { ok: true; session: SessionInfo }
  | { ok: false; reason: StartSessionFailureReason; message?: string };

export type StopSessionResult =
  { ok: true } | { ok: false; reason: 'invalid-request'; message?: string };

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
  /** The interfaces a session could listen on. Takes nothing. */
  listInterfaces: { request: undefined; result: ListInterfacesResult };
  /** Starts the session server, or returns the one already running on that address. */
  startSession: { request: StartSessionRequest; result: StartSessionResult };
  /** Stops the session server; participants are told the session ended. Takes nothing. */
  stopSession: { request: undefined; result: StopSessionResult };
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
