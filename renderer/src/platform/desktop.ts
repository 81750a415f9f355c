import type { DesktopApi } from '@shared/ipc/types';
import type { Platform } from './platform';

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
  };
}
