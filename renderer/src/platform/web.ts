import { downloadFile } from './download';
import type { Platform } from './platform';

/**
 * The browser: files are downloads. No automatic backups: a page cannot write to a folder of
 * its own, and a copy in the same IndexedDB would be lost together with the original.
 */
export const webPlatform: Platform = {
  kind: 'web',
  backups: null,
  // A page cannot listen on the network: `npm run session` starts the server instead.
  session: null,
  // No native menu in a browser: its shortcuts reach the page as key presses.
  onMenuAction: () => () => undefined,
  async savePdf(suggestedName, bytes) {
    downloadFile(suggestedName, bytes, 'application/pdf');
    return { ok: true };
  },
};
