// Wiring test: the only place besides harden/main wiring where 'electron' is mocked.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { CHANNELS, EVENTS } from '@shared/ipc/channels';
import type { DesktopApi, SavePlanRequest } from '@shared/ipc/types';

type IpcListener = (event: unknown, ...args: unknown[]) => void;

const electron = vi.hoisted(() => {
  // Just enough of ipcRenderer's listener bookkeeping to play a message from the main process.
  const listeners = new Map<string, Set<IpcListener>>();
  return {
    listeners,
    contextBridge: { exposeInMainWorld: vi.fn() },
    ipcRenderer: {
      invoke: vi.fn(async (..._args: unknown[]) => ({ ok: true, path: '/home/u/plan.pdf' })),
      send: vi.fn(),
      on: vi.fn((channel: string, listener: IpcListener) => {
        listeners.set(channel, (listeners.get(channel) ?? new Set()).add(listener));
      }),
      removeListener: vi.fn((channel: string, listener: IpcListener) => {
        listeners.get(channel)?.delete(listener);
      }),
    },
  };
});

/** A message from the main process, as ipcRenderer delivers it: the event first. */
function fromMain(channel: string, ...args: unknown[]): void {
  const event = { sender: 'the IPC event must not reach the page', ports: [] };
  for (const listener of electron.listeners.get(channel) ?? []) listener(event, ...args);
}
vi.mock('electron', () => ({
  contextBridge: electron.contextBridge,
  ipcRenderer: electron.ipcRenderer,
}));

// Every method of DesktopApi, checked by the compiler: a missing or extra key fails to build.
const API_METHODS = {
  savePlan: true,
  writeBackup: true,
  listBackups: true,
  readBackup: true,
  listInterfaces: true,
  startSession: true,
  stopSession: true,
  onMenuAction: true,
} satisfies Record<keyof DesktopApi, true>;

let exposedName: unknown;
let exposed: Record<string, unknown>;

beforeAll(async () => {
  await import('../../../electron/preload/index');
  expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
  [exposedName, exposed] = electron.contextBridge.exposeInMainWorld.mock.calls[0] ?? [];
});

describe('preload', () => {
  it("exposes exactly DesktopApi's methods under 'desktop'", () => {
    expect(exposedName).toBe('desktop');
    expect(Object.keys(exposed).sort()).toEqual(Object.keys(API_METHODS).sort());
    for (const value of Object.values(exposed)) expect(typeof value).toBe('function');
  });

  it('never hands out ipcRenderer or its methods', () => {
    for (const value of Object.values(exposed)) {
      expect(value).not.toBe(electron.ipcRenderer);
      expect(value).not.toBe(electron.ipcRenderer.invoke);
      expect(value).not.toBe(electron.ipcRenderer.send);
      expect(value).not.toBe(electron.ipcRenderer.on);
      expect(value).not.toBe(electron.ipcRenderer.removeListener);
    }
  });

  it('passes the menu’s action names to the page, and nothing else', () => {
    const listener = vi.fn();
    const stop = (exposed as DesktopApi).onMenuAction(listener);
    expect(electron.ipcRenderer.on).toHaveBeenLastCalledWith(
      EVENTS.menuAction,
      expect.any(Function),
    );
    const foreign = ['rm -rf', 'Undo', ' undo', 'undo\u0000', '', 'toString', '__proto__', 0, null];
    for (const name of ['undo', ...foreign, { name: 'undo' }, ['undo'], undefined, 'redo']) {
      fromMain(EVENTS.menuAction, name);
    }
    // Only the name, never the IPC event or extra arguments.
    expect(listener.mock.calls).toEqual([['undo'], ['redo']]);
    fromMain(EVENTS.menuAction, 'undo', { extra: true });
    expect(listener.mock.calls.at(-1)).toEqual(['undo']);
    stop();
    expect(electron.listeners.get(EVENTS.menuAction)?.size).toBe(0);
    fromMain(EVENTS.menuAction, 'redo');
    expect(listener).toHaveBeenCalledTimes(3);
  });

  it('ending one subscription leaves the others listening', () => {
    const api = exposed as DesktopApi;
    const first = vi.fn();
    const second = vi.fn();
    const stopFirst = api.onMenuAction(first);
    const stopSecond = api.onMenuAction(second);
    stopFirst();
    stopFirst(); // a second call (React strict mode cleans up twice) must not remove the other
    fromMain(EVENTS.menuAction, 'undo');
    expect(first).not.toHaveBeenCalled();
    expect(second.mock.calls).toEqual([['undo']]);
    stopSecond();
    expect(electron.listeners.get(EVENTS.menuAction)?.size).toBe(0);
  });

  it('listens on no invoke channel', () => {
    for (const channel of Object.values(CHANNELS)) {
      expect(electron.listeners.get(channel)?.size ?? 0, channel).toBe(0);
    }
  });

  it('savePlan invokes plan:save with the request and returns the answer', async () => {
    const request: SavePlanRequest = {
      suggestedName: 'Plan',
      bytes: new Uint8Array([37, 80, 68, 70]),
    };
    const savePlan = exposed.savePlan as DesktopApi['savePlan'];
    await expect(savePlan(request)).resolves.toEqual({ ok: true, path: '/home/u/plan.pdf' });
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith(CHANNELS.savePlan, request);
    expect(electron.ipcRenderer.send).not.toHaveBeenCalled();
  });

  it('each backup method invokes its own channel with only its argument', async () => {
    electron.ipcRenderer.invoke.mockClear();
    const api = exposed as DesktopApi;
    await api.writeBackup('{"format":"klimatverkstad-backup"}');
    await api.listBackups();
    await api.readBackup('backup-20260101T000000000Z.json');
    expect(electron.ipcRenderer.invoke.mock.calls).toEqual([
      [CHANNELS.writeBackup, '{"format":"klimatverkstad-backup"}'],
      [CHANNELS.listBackups],
      [CHANNELS.readBackup, 'backup-20260101T000000000Z.json'],
    ]);
  });

  it('together, the methods use every channel of the contract', async () => {
    electron.ipcRenderer.invoke.mockClear();
    for (const [name, method] of Object.entries(exposed)) {
      if (name === 'onMenuAction') continue; // listens; invokes nothing
      await (method as (arg: unknown) => Promise<unknown>)({});
    }
    const used = electron.ipcRenderer.invoke.mock.calls.map((call) => call[0]);
    expect(new Set(used)).toEqual(new Set(Object.values(CHANNELS)));
  });
});
