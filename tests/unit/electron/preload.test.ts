// Wiring test: the only place besides harden/main wiring where 'electron' is mocked.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { CHANNELS, EVENTS } from '@shared/ipc/channels';
import type { DesktopApi, SavePlanRequest } from '@shared/ipc/types';

const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: {
    invoke: vi.fn(async (..._args: unknown[]) => ({ ok: true, path: '/home/u/plan.pdf' })),
    send: vi.fn(),
    on: vi.fn(),
    removeListener: vi.fn(),
  },
}));
vi.mock('electron', () => electron);

// Every method of DesktopApi, checked by the compiler: a missing or extra key fails to build.
const API_METHODS = {
  savePlan: true,
  writeBackup: true,
  listBackups: true,
  readBackup: true,
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
    }
  });

  it('passes the menu’s action names to the page, and nothing else', () => {
    const listener = vi.fn();
    const stop = (exposed as DesktopApi).onMenuAction(listener);
    const [channel, forward] = electron.ipcRenderer.on.mock.calls.at(-1) ?? [];
    expect(channel).toBe(EVENTS.menuAction);
    const event = { sender: 'the IPC event must not reach the page' };
    for (const name of ['undo', 'rm -rf', { name: 'undo' }, undefined, 'redo']) {
      (forward as (event: unknown, name: unknown) => void)(event, name);
    }
    expect(listener.mock.calls).toEqual([['undo'], ['redo']]);
    stop();
    expect(electron.ipcRenderer.removeListener).toHaveBeenCalledWith(EVENTS.menuAction, forward);
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
      [CHANNELS.backupWrite, '{"format":"klimatverkstad-backup"}'],
      [CHANNELS.backupList],
      [CHANNELS.backupRead, 'backup-20260101T000000000Z.json'],
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
