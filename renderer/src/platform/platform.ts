import { desktopPlatform } from './desktop';
import { webPlatform } from './web';

export type SaveOutcome =
  | { ok: true; path?: string }
  | { ok: false; cancelled: true }
  | { ok: false; cancelled: false; reason: 'invalid-request' | 'write-failed'; detail?: string };

/** What differs between the desktop app and the browser. */
export type Platform = {
  kind: 'desktop' | 'web';
  /** Saves a PDF: a native save dialog on the desktop, a download in the browser. */
  savePdf: (suggestedName: string, bytes: Uint8Array) => Promise<SaveOutcome>;
};

/** The desktop bridge when the preload provided one, otherwise the browser. */
export const platform: Platform = window.desktop ? desktopPlatform(window.desktop) : webPlatform;
