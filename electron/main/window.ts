import { join } from 'node:path';
import { BrowserWindow } from 'electron';
import { APP_ENTRY_URL } from './appOrigin';
import { MAIN_WINDOW_OPTIONS, SECURE_WEB_PREFERENCES } from './webPreferences';

/** Opens the main window on app://bundle/index.html with the hardened webPreferences. */
export function createMainWindow(): BrowserWindow {
  const window = new BrowserWindow({
    ...MAIN_WINDOW_OPTIONS,
    webPreferences: {
      ...SECURE_WEB_PREFERENCES,
      // out/main/index.js → out/preload/index.cjs (CommonJS: the preload runs sandboxed).
      preload: join(__dirname, '../preload/index.cjs'),
    },
  });
  window.once('ready-to-show', () => window.show());
  window.loadURL(APP_ENTRY_URL).catch((error: unknown) => {
    // Without a page the window would stay hidden; show it so the failure is not silent.
    console.error(`Could not load ${APP_ENTRY_URL}:`, error);
    window.show();
  });
  return window;
}
