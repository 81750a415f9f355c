import type { DesktopApi } from '@shared/ipc/types';
import type { BackupBridge, Platform, SessionBridge } from './platform';

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Backups over the preload bridge. A rejected invoke (main process busy restarting, handler
 * missing) becomes a failed result, so callers handle one shape only.
 */
export function desktopBackups(api: DesktopApi): BackupBridge {
  return {
    write: (text) =>
      api.writeBackup(text).catch((error: unknown) => ({
        ok: false,
        reason: 'write-failed',
        message: messageOf(error),
      })),
    list: () =>
      api.listBackups().catch((error: unknown) => ({
        ok: false,
        reason: 'read-failed',
        message: messageOf(error),
      })),
    read: (id) =>
      api.readBackup(id).catch((error: unknown) => ({
        ok: false,
        reason: 'read-failed',
        message: messageOf(error),
      })),
  };
}

/** The session server in the main process; a rejected invoke becomes a failed result. */
export function desktopSession(api: DesktopApi): SessionBridge {
  return {
    listInterfaces: () =>
      api.listInterfaces().catch((error: unknown) => ({
        ok: false,
        reason: 'invalid-request',
        message: messageOf(error),
      })),
    start: (address, resume) =>
      api.startSession(resume ? { address, resume } : { address }).catch((error: unknown) => ({
        ok: false,
        reason: 'start-failed',
        message: messageOf(error),
      })),
    stop: () =>
      api.stopSession().catch((error: unknown) => ({
        ok: false,
        reason: 'invalid-request',
        message: messageOf(error),
      })),
  };
}

/** The desktop app: native dialogs through the typed preload bridge. */
export function desktopPlatform(api: DesktopApi): Platform {
  return {
    kind: 'desktop',
    async savePdf(suggestedName, bytes) {
      const result = await api.savePlan({ suggestedName, bytes });
      if (result.ok) return { ok: true, path: result.path };
      if (result.reason === 'cancelled') return { ok: false, cancelled: true };
      return { ok: false, cancelled: false, reason: result.reason, detail: result.message };
    },
    backups: desktopBackups(api),
    session: desktopSession(api),
    onMenuAction: (listener) => api.onMenuAction(listener),
  };
}
