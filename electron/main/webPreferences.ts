// Window settings as plain data (type-only electron import) so a Node test can assert them.
import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';

/** The security-relevant webPreferences of every window; window.ts adds only the preload path. */
export const SECURE_WEB_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  webviewTag: false,
  navigateOnDragDrop: false,
  // Middle-click would open links in new windows, bypassing the window-open handler's intent.
  disableBlinkFeatures: 'Auxclick',
  // Chromium's spellchecker downloads dictionaries from Google: no request leaves the machine.
  spellcheck: false,
} as const satisfies WebPreferences;

/** Size and title of the main window; `show: false` until ready-to-show avoids a white flash. */
export const MAIN_WINDOW_OPTIONS = {
  width: 1280,
  height: 820,
  minWidth: 960,
  minHeight: 640,
  title: 'Klimatverkstad',
  show: false,
  backgroundColor: '#ffffff',
} as const satisfies BrowserWindowConstructorOptions;
