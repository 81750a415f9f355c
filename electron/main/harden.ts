// Deny-by-default rules for every webContents the app ever creates (windows, popups, devtools).
import { app, shell, type Session, type WebContents } from 'electron';
import { isAppUrl, toAllowedExternalUrl } from './security';

export type HardenOptions = {
  /** Opens a URL in the user's browser; injectable for tests. */
  openExternal: (url: string) => Promise<void>;
  allowedExternalHosts?: readonly string[];
};

const hardenedSessions = new WeakSet<Session>();

/** No camera, microphone, notifications, geolocation, HID, USB, serial … for any origin. */
function denyAllPermissions(session: Session): void {
  if (hardenedSessions.has(session)) return;
  hardenedSessions.add(session);
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}

/** Applies the navigation, window-open, webview and permission rules to one webContents. */
export function hardenWebContents(contents: WebContents, options: HardenOptions): void {
  denyAllPermissions(contents.session);

  // Only the app's own pages may ever be shown; anything else could reach the preload API.
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });

  // No new Electron windows, ever. Allow-listed https links go to the user's browser instead.
  contents.setWindowOpenHandler(({ url }) => {
    const external = toAllowedExternalUrl(url, options.allowedExternalHosts);
    if (external !== null) {
      options.openExternal(external).catch((error: unknown) => {
        console.error('Could not open an external link:', error);
      });
    }
    return { action: 'deny' };
  });

  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** Hardens every webContents as soon as it exists. Call once, before the first window. */
export function installHardening(): void {
  app.on('web-contents-created', (_event, contents) => {
    hardenWebContents(contents, { openExternal: (url) => shell.openExternal(url) });
  });
}
