// Role items only: Electron supplies their labels, accelerators and platform behaviour.
// TODO(i18n): role labels are Electron's English; give them labels from shared/i18n once the
// main process knows the user's language.
import { Menu, type MenuItemConstructorOptions } from 'electron';

/** The menu as data; developer tools appear only in unpackaged (development) builds. */
export function appMenuTemplate(isMac: boolean, isPackaged: boolean): MenuItemConstructorOptions[] {
  const view: MenuItemConstructorOptions[] = [
    { role: 'reload' },
    { type: 'separator' },
    { role: 'resetZoom' },
    { role: 'zoomIn' },
    { role: 'zoomOut' },
    { type: 'separator' },
    { role: 'togglefullscreen' },
    ...(isPackaged ? [] : [{ role: 'toggleDevTools' } satisfies MenuItemConstructorOptions]),
  ];
  return [
    ...(isMac ? [{ role: 'appMenu' } satisfies MenuItemConstructorOptions] : []),
    { role: 'fileMenu', submenu: [isMac ? { role: 'close' } : { role: 'quit' }] },
    { role: 'editMenu' },
    { role: 'viewMenu', submenu: view },
    ...(isMac ? [{ role: 'windowMenu' } satisfies MenuItemConstructorOptions] : []),
  ];
}

/** Installs the application menu for this platform and build. */
export function installMenu(isPackaged: boolean): void {
  const isMac = process.platform === 'darwin';
  Menu.setApplicationMenu(Menu.buildFromTemplate(appMenuTemplate(isMac, isPackaged)));
}
