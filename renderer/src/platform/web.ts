import type { Platform } from './platform';

/**
 * The browser: files are downloads. No automatic backups: a page cannot write to a folder of
 * its own, and a copy in the same IndexedDB would be lost together with the original.
 */
export const webPlatform: Platform = {
  kind: 'web',
  backups: null,
  async savePdf(suggestedName, bytes) {
    const blob = new Blob([bytes.slice().buffer], { type: 'application/pdf' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = suggestedName;
    document.body.append(link);
    link.click();
    link.remove();
    // The download has started from the object URL; give it a moment before freeing it.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    return { ok: true };
  },
};
