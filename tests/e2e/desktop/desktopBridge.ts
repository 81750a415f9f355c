// The built preload, run in the real page, wired to the IPC handlers the built main process
// registered. The preload gets the `require` a sandboxed preload has — 'electron' and nothing
// else — whose contextBridge puts the API on window and whose ipcRenderer carries each invoke
// to main's recorded handler, with the sender frame's URL as Electron reports it. Bytes cross
// as base64, as structured clone would carry them as bytes.
import type { Page } from '@playwright/test';
import type { FakeInvokeEvent, FakeWindow, MainRecord } from './fakeElectron';

const INVOKE_BINDING = '__desktopTestInvoke';
const EMIT_FUNCTION = '__desktopTestEmit';
const BYTES_KEY = '__desktopTestBytes';

type Wire = unknown;

/** Turns `{ [BYTES_KEY]: base64 }` back into bytes, anywhere in a payload. */
function fromWire(value: Wire): unknown {
  if (Array.isArray(value)) return value.map(fromWire);
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const bytes = record[BYTES_KEY];
    if (typeof bytes === 'string') return new Uint8Array(Buffer.from(bytes, 'base64'));
    return Object.fromEntries(Object.entries(record).map(([key, item]) => [key, fromWire(item)]));
  }
  return value;
}

/** The page side: the preload's `require`, then the preload bundle itself. */
function initScript(preloadSource: string): string {
  return `(() => {
  if (window !== window.top) return;
  const listeners = new Map();
  const toWire = (value) => {
    if (value instanceof Uint8Array) {
      let text = '';
      for (let i = 0; i < value.length; i += 0x8000) {
        text += String.fromCharCode(...value.subarray(i, i + 0x8000));
      }
      return { ${BYTES_KEY}: btoa(text) };
    }
    if (Array.isArray(value)) return value.map(toWire);
    if (value !== null && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toWire(v)]));
    }
    return value;
  };
  const ipcRenderer = {
    invoke: (channel, ...args) => window.${INVOKE_BINDING}(channel, args.map(toWire)),
    on(channel, listener) {
      if (!listeners.has(channel)) listeners.set(channel, new Set());
      listeners.get(channel).add(listener);
      return ipcRenderer;
    },
    removeListener(channel, listener) {
      listeners.get(channel)?.delete(listener);
      return ipcRenderer;
    },
  };
  const contextBridge = {
    exposeInMainWorld(key, api) {
      Object.defineProperty(window, key, { value: Object.freeze({ ...api }), enumerable: true });
    },
  };
  Object.defineProperty(window, '${EMIT_FUNCTION}', {
    value: (channel, args) => {
      for (const listener of listeners.get(channel) ?? []) listener({}, ...args);
    },
  });
  const sandboxedRequire = (name) => {
    if (name === 'electron') return { contextBridge, ipcRenderer };
    throw new Error('module not found: ' + name + ' (a sandboxed preload may require only electron)');
  };
  const module = { exports: {} };
  (function (require, module, exports) {
${preloadSource}
  })(sandboxedRequire, module, module.exports);
})();`;
}

/**
 * Runs `preloadSource` in every page `page` opens, answers its invokes with `record`'s IPC
 * handlers as `window`'s webContents would, and delivers what main sends to that webContents
 * (menu actions) to the page. `toAppUrl` gives the frame URL Electron would report.
 */
export async function installDesktopBridge(
  page: Page,
  options: {
    preloadSource: string;
    record: MainRecord;
    window: FakeWindow;
    toAppUrl: (url: string) => string;
  },
): Promise<void> {
  const { preloadSource, record, window: appWindow, toAppUrl } = options;
  await page.exposeBinding(INVOKE_BINDING, async (source, channel: string, args: Wire[]) => {
    const handler = record.ipcHandlers.get(channel);
    if (!handler) throw new Error(`No handler registered for '${channel}'`);
    const event: FakeInvokeEvent = {
      sender: appWindow.webContents,
      senderFrame: { url: toAppUrl(source.frame.url()) },
    };
    return handler(event, ...args.map(fromWire));
  });
  await page.addInitScript(initScript(preloadSource));
  appWindow.webContents.deliver = (channel, args) => {
    void page.evaluate(
      ([name, channelArgs, emit]) => {
        const deliver: unknown = Reflect.get(globalThis, emit);
        if (typeof deliver === 'function') deliver(name, channelArgs);
      },
      [channel, args, EMIT_FUNCTION] as const,
    );
  };
}
