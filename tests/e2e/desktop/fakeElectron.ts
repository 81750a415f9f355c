// A small stand-in for Electron's runtime, for loading the built main process in plain Node (the
// Electron binary cannot run here). It does what Electron would do where the app depends on it
// (whenReady resolves, a new window's contents are announced, the save dialog answers) and
// records everything the main process asks for, so a test can check it and call the recorded
// protocol and IPC handlers as Chromium would.

type Listener = (...args: never[]) => unknown;

/** What the app:// handler receives; the real one reads only these two fields. */
export type AppRequest = Pick<Request, 'url' | 'method'>;
export type AppProtocolHandler = (request: AppRequest) => Promise<Response>;

/** The IPC event as main's handlers read it (register.ts: senderFrame; plan.ts: sender). */
export type FakeInvokeEvent = { sender: FakeWebContents; senderFrame: { url: string } };
export type IpcHandler = (event: FakeInvokeEvent, ...args: unknown[]) => Promise<unknown>;

type PermissionRequestHandler = (
  contents: unknown,
  permission: string,
  grant: (granted: boolean) => void,
) => void;

class Emitter {
  readonly listeners = new Map<string, Listener[]>();
  on(name: string, listener: Listener): this {
    this.listeners.set(name, [...(this.listeners.get(name) ?? []), listener]);
    return this;
  }
  once(name: string, listener: Listener): this {
    return this.on(name, listener);
  }
  /** Calls the listeners of `name` as Electron would emit the event. */
  emit(name: string, ...args: unknown[]): void {
    for (const listener of this.listeners.get(name) ?? []) {
      (listener as (...received: unknown[]) => unknown)(...args);
    }
  }
}

/** The permission handlers main installs on a session; null until it does. */
export class FakeSession {
  permissionRequest: PermissionRequestHandler | null = null;
  permissionCheck: ((...args: unknown[]) => boolean) | null = null;
  devicePermission: ((...args: unknown[]) => boolean) | null = null;
  setPermissionRequestHandler(handler: PermissionRequestHandler) {
    this.permissionRequest = handler;
  }
  setPermissionCheckHandler(handler: (...args: unknown[]) => boolean) {
    this.permissionCheck = handler;
  }
  setDevicePermissionHandler(handler: (...args: unknown[]) => boolean) {
    this.devicePermission = handler;
  }
}

export class FakeWebContents extends Emitter {
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  /** Where `send` delivers messages for the page; the test connects the real page here. */
  deliver: (channel: string, args: unknown[]) => void = () => undefined;
  constructor(readonly session: FakeSession) {
    super();
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.windowOpenHandler = handler;
  }
  send(channel: string, ...args: unknown[]) {
    this.deliver(channel, args);
  }
}

/** A BrowserWindow: its options, the URLs it was told to load, and whether it was shown. */
export class FakeWindow extends Emitter {
  readonly webContents: FakeWebContents;
  readonly loadedUrls: string[] = [];
  shown = false;
  constructor(
    readonly options: Record<string, unknown> & { webPreferences?: Record<string, unknown> },
    session: FakeSession,
  ) {
    super();
    this.webContents = new FakeWebContents(session);
  }
  async loadURL(url: string) {
    this.loadedUrls.push(url);
  }
  show() {
    this.shown = true;
  }
  isMinimized = () => false;
  restore = () => undefined;
  focus = () => undefined;
}

/** Everything the main process asked of Electron. */
export type MainRecord = {
  sandboxEnabled: boolean;
  singleInstanceRequested: boolean;
  quit: boolean;
  exitCode: number | null;
  privilegedSchemes: unknown[];
  protocolHandlers: Map<string, AppProtocolHandler>;
  ipcHandlers: Map<string, IpcHandler>;
  windows: FakeWindow[];
  applicationMenu: unknown;
  saveDialogs: { parent: FakeWindow | null; options: Record<string, unknown> }[];
  openedExternally: string[];
  unknownPaths: string[];
};

/** Builds the fake `electron` module and the record of what the main process asks of it. */
export function createFakeElectron(options: {
  paths: Record<string, string>;
  /** The user's answer in every save dialog: this path. */
  saveDialogAnswer: string;
}) {
  const defaultSession = new FakeSession();
  const record: MainRecord = {
    sandboxEnabled: false,
    singleInstanceRequested: false,
    quit: false,
    exitCode: null,
    privilegedSchemes: [],
    protocolHandlers: new Map(),
    ipcHandlers: new Map(),
    windows: [],
    applicationMenu: null,
    saveDialogs: [],
    openedExternally: [],
    unknownPaths: [],
  };

  class App extends Emitter {
    isPackaged = true;
    enableSandbox() {
      record.sandboxEnabled = true;
    }
    requestSingleInstanceLock() {
      record.singleInstanceRequested = true;
      return true;
    }
    quit() {
      record.quit = true;
    }
    exit(code = 0) {
      record.exitCode = code;
    }
    whenReady() {
      return Promise.resolve();
    }
    getPath(name: string) {
      const path = options.paths[name];
      if (path === undefined) record.unknownPaths.push(name);
      return path ?? `/nonexistent/${name}`;
    }
  }
  const app = new App();

  class BrowserWindow extends FakeWindow {
    static getAllWindows = () => record.windows;
    static getFocusedWindow = () => record.windows[0] ?? null;
    static fromWebContents = (contents: unknown) =>
      record.windows.find((window) => window.webContents === contents) ?? null;
    constructor(windowOptions: FakeWindow['options']) {
      super(windowOptions, defaultSession);
      record.windows.push(this);
      // Electron announces every new webContents; main hardens it there.
      app.emit('web-contents-created', {}, this.webContents);
    }
  }

  const module = {
    app,
    BrowserWindow,
    protocol: {
      registerSchemesAsPrivileged(schemes: unknown[]) {
        record.privilegedSchemes.push(...schemes);
      },
      handle(scheme: string, handler: AppProtocolHandler) {
        record.protocolHandlers.set(scheme, handler);
      },
    },
    ipcMain: {
      handle(channel: string, handler: IpcHandler) {
        // Electron refuses a second handler on one channel.
        if (record.ipcHandlers.has(channel)) {
          throw new Error(`Attempted to register a second handler for '${channel}'`);
        }
        record.ipcHandlers.set(channel, handler);
      },
    },
    dialog: {
      async showSaveDialog(first: unknown, second?: unknown) {
        const parent = first instanceof FakeWindow ? first : null;
        const dialogOptions = (parent ? second : first) as Record<string, unknown>;
        record.saveDialogs.push({ parent, options: dialogOptions });
        return { canceled: false, filePath: options.saveDialogAnswer };
      },
    },
    Menu: {
      buildFromTemplate: (template: unknown) => ({ template }),
      setApplicationMenu(menu: unknown) {
        record.applicationMenu = menu;
      },
    },
    shell: {
      async openExternal(url: string) {
        record.openedExternally.push(url);
      },
    },
    session: { defaultSession },
  };

  return { module, record, defaultSession };
}

export type FakeElectron = ReturnType<typeof createFakeElectron>;
