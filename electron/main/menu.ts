// Role items where Electron's own behaviour is right (clipboard, zoom, windows); Undo, Redo and
// Help > Keyboard shortcuts are the page's actions, so the menu forwards them by name (see
// MENU_ACTIONS).
// TODO(i18n): labels are English; give them labels from shared/i18n once the main process knows
// the user's language.
import { BrowserWindow, Menu, type MenuItemConstructorOptions } from 'electron';
import { EVENTS, type MenuAction } from '@shared/ipc/channels';

/** Hands a menu action to the page, which runs it through its action registry. */
export type SendMenuAction = (name: MenuAction) => void;

/**
 * The Edit menu. The page sees a key press first and handles its own shortcuts; a menu
 * accelerator fires only for presses the page left alone (Electron runs the menu from the web
 * contents' unhandled-key path), e.g. Cmd+Z in a text field on macOS, where the page then undoes
 * the typing. A shortcut the page takes (preventDefault) therefore never runs twice.
 */
function editMenu(isMac: boolean, send: SendMenuAction): MenuItemConstructorOptions {
  return {
    label: 'Edit',
    submenu: [
      { label: 'Undo', accelerator: 'CmdOrCtrl+Z', click: () => send('undo') },
      {
        label: 'Redo',
        accelerator: isMac ? 'Shift+Cmd+Z' : 'Ctrl+Shift+Z',
        click: () => send('redo'),
      },
      // An item has one accelerator, so Ctrl+Y (Redo on Windows and Linux) is a second, hidden
      // item. On Windows and Linux Electron registers every item's accelerator and checks only
      // `enabled`, not `visible`; macOS has no Ctrl+Y convention, so it gets none.
      ...(isMac
        ? []
        : [
            {
              label: 'Redo',
              accelerator: 'Ctrl+Y',
              visible: false,
              click: () => send('redo'),
            } satisfies MenuItemConstructorOptions,
          ]),
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'delete' },
      { type: 'separator' },
      { role: 'selectAll' },
    ],
  };
}

/**
 * The Help menu: the page's keyboard shortcuts panel. No accelerator: the page opens it on `?`
 * itself, and a menu accelerator for `?` would fire while typing a question mark in a field.
 */
function helpMenu(send: SendMenuAction): MenuItemConstructorOptions {
  return {
    role: 'help',
    submenu: [{ label: 'Keyboard shortcuts', click: () => send('shortcuts') }],
  };
}

/** The menu as data; developer tools appear only in unpackaged (development) builds. */
export function appMenuTemplate(
  isMac: boolean,
  isPackaged: boolean,
  send: SendMenuAction = () => undefined,
): MenuItemConstructorOptions[] {
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
    editMenu(isMac, send),
    { role: 'viewMenu', submenu: view },
    ...(isMac ? [{ role: 'windowMenu' } satisfies MenuItemConstructorOptions] : []),
    helpMenu(send),
  ];
}

/** Sends a menu action to the focused window's page (no window focused: nothing to act on). */
function sendToFocusedWindow(name: MenuAction): void {
  BrowserWindow.getFocusedWindow()?.webContents.send(EVENTS.menuAction, name);
}

/** Installs the application menu for this platform and build. */
export function installMenu(isPackaged: boolean): void {
  const isMac = process.platform === 'darwin';
  const template = appMenuTemplate(isMac, isPackaged, sendToFocusedWindow);
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
