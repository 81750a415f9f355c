// Wiring of the main process against a mocked 'electron': scheme, window, menu, lifecycle.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../electron/main/csp';
import { SECURE_WEB_PREFERENCES } from '../../../electron/main/webPreferences';

type Listener = (...args: unknown[]) => unknown;
type ProtocolHandler = (request: Request) => Promise<Response>;

const electron = vi.hoisted(() => {
  class FakeWindow {
    static instances: FakeWindow[] = [];
    static getAllWindows = () => FakeWindow.instances;
    static fromWebContents = () => null;
    static focused: FakeWindow | null = null;
    static getFocusedWindow = () => FakeWindow.focused;
    webContents = { send: vi.fn() };
    listeners = new Map<string, Listener>();
    constructor(public options: Record<string, unknown>) {
      FakeWindow.instances.push(this);
    }
    on = vi.fn((name: string, listener: Listener) => this.listeners.set(name, listener));
    once = vi.fn((name: string, listener: Listener) => this.listeners.set(name, listener));
    loadURL = vi.fn(async (_url: string) => undefined);
    show = vi.fn();
    isMinimized = vi.fn(() => true);
    restore = vi.fn();
    focus = vi.fn();
  }
  const appListeners = new Map<string, Listener>();
  return {
    FakeWindow,
    appListeners,
    module: {
      BrowserWindow: FakeWindow,
      app: {
        on: vi.fn((name: string, listener: Listener) => appListeners.set(name, listener)),
        enableSandbox: vi.fn(),
        requestSingleInstanceLock: vi.fn(() => true),
        quit: vi.fn(),
        exit: vi.fn(),
        whenReady: vi.fn(async () => undefined),
        getPath: vi.fn(() => '/home/u/Documents'),
        isPackaged: true,
      },
      protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
      Menu: {
        buildFromTemplate: vi.fn((template: unknown) => template),
        setApplicationMenu: vi.fn(),
      },
      ipcMain: { handle: vi.fn() },
      dialog: { showSaveDialog: vi.fn() },
      shell: { openExternal: vi.fn() },
    },
  };
});
vi.mock('electron', () => electron.module);

const { app, protocol, ipcMain, Menu } = electron.module;

type MenuTemplate = Electron.MenuItemConstructorOptions[];

/** The Edit menu's items. */
function editItems(template: MenuTemplate): MenuTemplate {
  const edit = template.find((menu) => menu.label === 'Edit');
  return (edit?.submenu ?? []) as MenuTemplate;
}

/** Clicks an item as Electron would (its arguments do not matter to ours). */
function click(item: Electron.MenuItemConstructorOptions | undefined): void {
  if (!item?.click) throw new Error(`no click on ${item?.label ?? 'a missing item'}`);
  item.click({} as never, undefined, {} as never);
}

describe('app:// scheme', () => {
  let root: string;
  let handler: ProtocolHandler;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'kv-scheme-'));
    await mkdir(join(root, 'assets'));
    await writeFile(join(root, 'index.html'), '<!doctype html><title>KV</title>');
    await writeFile(join(root, 'assets', 'app.js'), 'export {};');
    await writeFile(join(tmpdir(), 'kv-outside.txt'), 'secret');
    const { registerAppSchemePrivileges, serveAppScheme } =
      await import('../../../electron/main/scheme');
    registerAppSchemePrivileges();
    serveAppScheme(root);
    handler = protocol.handle.mock.calls[0]?.[1] as ProtocolHandler;
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
    await rm(join(tmpdir(), 'kv-outside.txt'), { force: true });
  });

  it('is privileged like https, without CORS', () => {
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      {
        scheme: 'app',
        privileges: {
          standard: true,
          secure: true,
          supportFetchAPI: true,
          corsEnabled: false,
          stream: true,
        },
      },
    ]);
    expect(protocol.handle.mock.calls[0]?.[0]).toBe('app');
  });

  it('serves bundle files with their type and the CSP', async () => {
    const page = await handler(new Request('app://bundle/index.html'));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await page.text()).toContain('<title>KV</title>');
    const script = await handler(new Request('app://bundle/assets/app.js'));
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await (await handler(new Request('app://bundle/board/1'))).text()).toContain(
      '<title>KV</title>',
    );
  });

  it('refuses traversal, other hosts, missing files and writes, all with the CSP', async () => {
    // Request (like Chromium) folds `..` and `%2e%2e` before the handler sees the URL, so a
    // traversal may arrive as a plain in-root path: then 404, never the file outside.
    const cases: Array<[string, number[], string?]> = [
      ['app://bundle/%2e%2e/kv-outside.txt', [403, 404]],
      ['app://bundle/../kv-outside.txt', [403, 404]],
      ['app://bundle/..%2fkv-outside.txt', [403]],
      ['app://bundle/%5c..%5ckv-outside.txt', [403]],
      ['app://evil/index.html', [403]],
      ['app://bundle/missing.js', [404]],
      ['app://bundle/index.html', [405], 'POST'],
    ];
    for (const [url, statuses, method] of cases) {
      const response = await handler(new Request(url, { method: method ?? 'GET' }));
      expect(statuses, url).toContain(response.status);
      expect(response.headers.get('content-security-policy'), url).toBe(CONTENT_SECURITY_POLICY);
      expect(await response.text(), url).toBe('');
    }
  });
});

describe('main window and menu', () => {
  it('uses the hardened webPreferences, the CJS preload and the app origin', async () => {
    const { createMainWindow } = await import('../../../electron/main/window');
    createMainWindow();
    const window = electron.FakeWindow.instances.at(-1);
    expect(window?.options.webPreferences).toMatchObject(SECURE_WEB_PREFERENCES);
    expect(String((window?.options.webPreferences as Record<string, unknown>).preload)).toMatch(
      /preload[/\\]index\.cjs$/,
    );
    expect(window?.loadURL).toHaveBeenCalledWith('app://bundle/index.html');
    expect(window?.show).not.toHaveBeenCalled();
    window?.listeners.get('ready-to-show')?.();
    expect(window?.show).toHaveBeenCalled();
  });

  it('offers developer tools only in unpackaged builds', async () => {
    const { appMenuTemplate } = await import('../../../electron/main/menu');
    const roles = (isPackaged: boolean) => JSON.stringify(appMenuTemplate(false, isPackaged));
    expect(roles(true)).not.toContain('toggleDevTools');
    expect(roles(false)).toContain('toggleDevTools');
    expect(roles(true)).toContain('"quit"');
  });

  it('forwards Undo and Redo to the page by name and keeps the clipboard roles', async () => {
    const { appMenuTemplate } = await import('../../../electron/main/menu');
    for (const isMac of [false, true]) {
      const send = vi.fn();
      const items = editItems(appMenuTemplate(isMac, true, send));
      const undo = items.find((item) => item.label === 'Undo');
      const redo = items.find((item) => item.label === 'Redo' && item.visible !== false);
      expect(undo?.accelerator).toBe('CmdOrCtrl+Z');
      expect(redo?.accelerator).toBe(isMac ? 'Shift+Cmd+Z' : 'Ctrl+Shift+Z');
      // Electron's own undo role would only undo typing; these must reach the page's actions.
      expect(undo?.role).toBeUndefined();
      expect(redo?.role).toBeUndefined();
      click(undo);
      click(redo);
      expect(send.mock.calls).toEqual([['undo'], ['redo']]);
      expect(items.map((item) => item.role).filter(Boolean)).toEqual([
        'cut',
        'copy',
        'paste',
        'delete',
        'selectAll',
      ]);
      // No role may bring Electron's undo back beside ours (two Undo items, two accelerators).
      const roles = JSON.stringify(appMenuTemplate(isMac, false, send));
      expect(roles).not.toMatch(/"role":"(undo|redo|editMenu)"/i);
    }
  });

  it('has a Help menu whose Keyboard shortcuts item opens the page’s panel', async () => {
    const { appMenuTemplate } = await import('../../../electron/main/menu');
    const { MENU_ACTIONS } = await import('../../../shared/ipc/channels');
    for (const isMac of [false, true]) {
      const send = vi.fn();
      const help = appMenuTemplate(isMac, true, send).find((menu) => menu.role === 'help');
      const items = (help?.submenu ?? []) as MenuTemplate;
      const shortcuts = items.find((item) => item.label === 'Keyboard shortcuts');
      // No accelerator: `?` is the page's, and would fire while typing a question mark.
      expect(shortcuts?.accelerator).toBeUndefined();
      click(shortcuts);
      expect(send.mock.calls).toEqual([['shortcuts']]);
    }
    expect(MENU_ACTIONS).toContain('shortcuts');
  });

  it('gives Windows and Linux a hidden Ctrl+Y Redo, and macOS none', async () => {
    const { appMenuTemplate } = await import('../../../electron/main/menu');
    const send = vi.fn();
    const ctrlY = editItems(appMenuTemplate(false, true, send)).filter(
      (item) => item.accelerator === 'Ctrl+Y',
    );
    expect(ctrlY).toHaveLength(1);
    expect(ctrlY[0]?.visible).toBe(false);
    // Hidden, not disabled: Electron skips disabled items' accelerators.
    expect(ctrlY[0]?.enabled).not.toBe(false);
    click(ctrlY[0]);
    expect(send.mock.calls).toEqual([['redo']]);
    const mac = editItems(appMenuTemplate(true, true, send));
    expect(mac.some((item) => String(item.accelerator).includes('Y'))).toBe(false);
    expect(mac.every((item) => item.visible !== false)).toBe(true);
  });

  it('the installed menu sends its action to the focused window only, and to nobody when none is', async () => {
    const { installMenu } = await import('../../../electron/main/menu');
    const { FakeWindow } = electron;
    const focused = new FakeWindow({});
    const other = new FakeWindow({});
    installMenu(true);
    const template = Menu.setApplicationMenu.mock.calls.at(-1)?.[0] as MenuTemplate;
    const items = editItems(template);
    FakeWindow.focused = focused;
    click(items.find((item) => item.label === 'Undo'));
    click(items.find((item) => item.label === 'Redo'));
    expect(focused.webContents.send.mock.calls).toEqual([
      ['menu:action', 'undo'],
      ['menu:action', 'redo'],
    ]);
    expect(other.webContents.send).not.toHaveBeenCalled();
    FakeWindow.focused = null;
    expect(() => click(items.find((item) => item.label === 'Undo'))).not.toThrow();
    expect(focused.webContents.send).toHaveBeenCalledTimes(2);
  });
});

describe('lifecycle (index.ts)', () => {
  beforeEach(() => {
    vi.resetModules();
    vi.clearAllMocks();
    electron.appListeners.clear();
    electron.FakeWindow.instances = [];
  });

  it('a second instance quits without opening a window', async () => {
    app.requestSingleInstanceLock.mockReturnValueOnce(false);
    await import('../../../electron/main/index');
    expect(app.quit).toHaveBeenCalled();
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalled();
    expect(app.whenReady).not.toHaveBeenCalled();
    expect(electron.FakeWindow.instances).toHaveLength(0);
  });

  it('the first instance serves the scheme, wires IPC, opens one window and focuses it for a second instance', async () => {
    await import('../../../electron/main/index');
    expect(app.enableSandbox).toHaveBeenCalled();
    expect(electron.appListeners.has('web-contents-created')).toBe(true);
    await vi.waitFor(() => expect(electron.FakeWindow.instances).toHaveLength(1));
    expect(protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(ipcMain.handle).toHaveBeenCalledWith('plan:save', expect.any(Function));
    expect(Menu.setApplicationMenu).toHaveBeenCalled();
    electron.appListeners.get('second-instance')?.();
    const [window] = electron.FakeWindow.instances;
    expect(window?.restore).toHaveBeenCalled();
    expect(window?.focus).toHaveBeenCalled();
  });
  it('quitting waits for a running session server to stop, and quits at once without one', async () => {
    await import('../../../electron/main/index');
    await vi.waitFor(() => expect(electron.FakeWindow.instances).toHaveLength(1));
    const willQuit = electron.appListeners.get('will-quit');
    const idle = { preventDefault: vi.fn() };
    willQuit?.(idle);
    expect(idle.preventDefault).not.toHaveBeenCalled();

    const start = ipcMain.handle.mock.calls.find(([channel]) => channel === 'session:start')?.[1];
    const frame = { senderFrame: { url: 'app://bundle/index.html' } };
    expect(await start?.(frame, { address: '127.0.0.1' })).toMatchObject({ ok: true });
    const running = { preventDefault: vi.fn() };
    willQuit?.(running);
    expect(running.preventDefault).toHaveBeenCalled();
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalled());
    const after = { preventDefault: vi.fn() };
    willQuit?.(after);
    expect(after.preventDefault).not.toHaveBeenCalled();
  });
});
