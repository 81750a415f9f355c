import type { MenuAction } from '@shared/ipc/channels';
import type {
  BackupListResult,
  BackupReadResult,
  BackupWriteResult,
  ListInterfacesResult,
  StartSessionRequest,
  StartSessionResult,
  StopSessionResult,
} from '@shared/ipc/types';
import { desktopPlatform } from './desktop';
import { webPlatform } from './web';

export type SaveOutcome =
  | { ok: true; path?: string }
  | { ok: false; cancelled: true }
  | { ok: false; cancelled: false; reason: 'invalid-request' | 'write-failed'; detail?: string };

/** The rotating backups in the user data folder; only the desktop app has them. */
export type BackupBridge = {
  write: (text: string) => Promise<BackupWriteResult>;
  list: () => Promise<BackupListResult>;
  read: (id: string) => Promise<BackupReadResult>;
};

/**
 * The local-network session server, which only the desktop app can start (in the browser,
 * `npm run session` starts it and the facilitator connects to it).
 */
export type SessionBridge = {
  listInterfaces: () => Promise<ListInterfacesResult>;
  /** `address`: `127.0.0.1` or one interface's IPv4 address. */
  start: (address: string, resume?: StartSessionRequest['resume']) => Promise<StartSessionResult>;
  stop: () => Promise<StopSessionResult>;
};

/** What differs between the desktop app and the browser. */
export type Platform = {
  kind: 'desktop' | 'web';
  /** Saves a PDF: a native save dialog on the desktop, a download in the browser. */
  savePdf: (suggestedName: string, bytes: Uint8Array) => Promise<SaveOutcome>;
  /** Automatic backups, or null in the browser (which has no folder of its own to write to). */
  backups: BackupBridge | null;
  /** Starting and stopping the session server, or null in the browser. */
  session: SessionBridge | null;
  /**
   * Calls `listener` with the name of each native-menu action the user picks (desktop only;
   * the browser has no native menu). Returns the unsubscribe function.
   */
  onMenuAction: (listener: (name: MenuAction) => void) => () => void;
};

/** The desktop bridge when the preload provided one, otherwise the browser. */
export const platform: Platform = window.desktop ? desktopPlatform(window.desktop) : webPlatform;
