// Wiring test: the preload with backups, against a mocked 'electron'.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '@shared/ipc/channels';
import type { DesktopApi } from '@shared/ipc/types';

const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: {
    invoke: vi.fn(async (..._args: unknown[]) => ({ ok: true })),
    send: vi.fn(),
    on: vi.fn(),
  },
}));
vi.mock('electron', () => electron);

// Every method of DesktopApi, checked by the compiler: a missing or extra key fails to build.
const API_METHODS = {
  savePlan: true,
  writeBackup: true,
  listBackups: true,
  readBackup: true,
} satisfies Record<keyof DesktopApi, true>;

let api: DesktopApi;

beforeAll(async () => {
  await import('../../../electron/preload/index');
  const [name, exposed] = electron.contextBridge.exposeInMainWorld.mock.calls[0] ?? [];
  expect(name).toBe('desktop');
  api = exposed as DesktopApi;
});

describe('preload with backups', () => {
  it('exposes exactly the named methods, all functions, none of them ipcRenderer', () => {
    expect(Object.keys(api).sort()).toEqual(Object.keys(API_METHODS).sort());
    for (const value of Object.values(api)) {
      expect(typeof value).toBe('function');
      expect(value).not.toBe(electron.ipcRenderer.invoke);
    }
  });

  it('each backup method invokes its own channel with only its argument', async () => {
    electron.ipcRenderer.invoke.mockClear();
    await api.writeBackup('{"format":"klimatverkstad-backup"}');
    await api.listBackups();
    await api.readBackup('backup-20260101T000000000Z.json');
    expect(electron.ipcRenderer.invoke.mock.calls).toEqual([
      [CHANNELS.backupWrite, '{"format":"klimatverkstad-backup"}'],
      [CHANNELS.backupList],
      [CHANNELS.backupRead, 'backup-20260101T000000000Z.json'],
    ]);
    expect(electron.ipcRenderer.send).not.toHaveBeenCalled();
  });

  it('every channel of the contract has a method', async () => {
    electron.ipcRenderer.invoke.mockClear();
    const methods = Object.values(api) as Array<(arg?: unknown) => Promise<unknown>>;
    for (const method of methods) await method('x');
    const used = new Set(electron.ipcRenderer.invoke.mock.calls.map((call) => call[0]));
    expect(used).toEqual(new Set(Object.values(CHANNELS)));
  });
});
