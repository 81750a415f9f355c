// Wiring test: every request of the contract registered behind its gate, against a mocked
// 'electron', with the real backup handlers over a temp userData folder and the real session
// host (its own tests start servers).
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../../shared/ipc/channels';
import { serializeSnapshot } from '../../../shared/io/serializeSnapshot';
import { snapshotOf } from '../shared/io/snapshotFixtures';

type Handler = (event: unknown, payload?: unknown) => Promise<unknown>;

const electron = vi.hoisted(() => ({
  state: { userData: '' },
  ipcMain: { handle: vi.fn() },
}));
vi.mock('electron', () => ({
  app: { getPath: vi.fn((name: string) => (name === 'userData' ? electron.state.userData : '')) },
  ipcMain: electron.ipcMain,
}));

const APP_FRAME = 'app://bundle/index.html';
const handlers = new Map<string, Handler>();
const event = (url: string | undefined) => ({ senderFrame: url === undefined ? null : { url } });
const savePlan = vi.fn(async () => ({ ok: true as const, path: '/tmp/plan.pdf' }));

beforeAll(async () => {
  electron.state.userData = await mkdtemp(join(tmpdir(), 'kv-userdata-'));
  const { registerRequestHandlers } = await import('../../../electron/main/ipc/register');
  const { backupHandlers } = await import('../../../electron/main/ipc/backup');
  const { sessionHandlers } = await import('../../../electron/main/ipc/session');
  const { createSessionHost } = await import('../../../electron/main/sessionHost');
  registerRequestHandlers({
    savePlan,
    ...backupHandlers(),
    ...sessionHandlers(createSessionHost()),
  });
  for (const [channel, handler] of electron.ipcMain.handle.mock.calls) {
    handlers.set(channel as string, handler as Handler);
  }
});
afterAll(async () => {
  await rm(electron.state.userData, { recursive: true, force: true });
});

describe('registerRequestHandlers', () => {
  it('handles every channel of the contract, once', () => {
    expect(electron.ipcMain.handle).toHaveBeenCalledTimes(Object.keys(CHANNELS).length);
    expect([...handlers.keys()].sort()).toEqual(Object.values(CHANNELS).sort());
  });

  it('writes into <userData>/backups for the app frame, and checks each sender frame', async () => {
    const write = handlers.get(CHANNELS.writeBackup);
    const list = handlers.get(CHANNELS.listBackups);
    const text = serializeSnapshot(snapshotOf(1));
    expect(await write?.(event('https://evil.io/'), text)).toMatchObject({ ok: false });
    expect(await write?.(event(undefined), text)).toMatchObject({ ok: false });
    expect(await write?.(event(APP_FRAME), text)).toMatchObject({ ok: true });
    const files = await readdir(join(electron.state.userData, 'backups'));
    expect(files).toHaveLength(1);
    expect(await list?.(event(APP_FRAME))).toMatchObject({
      ok: true,
      backups: [{ id: files[0], workshops: 1 }],
    });
  });

  it('hands a handler the parsed request and the IPC event, and nothing that failed the gate', async () => {
    const save = handlers.get(CHANNELS.savePlan);
    const bytes = new TextEncoder().encode('%PDF-1.7\n%%EOF\n');
    const from = event(APP_FRAME);
    expect(await save?.(from, { suggestedName: 'plan', bytes: new Uint8Array([1]) })).toEqual({
      ok: false,
      reason: 'invalid-request',
    });
    expect(savePlan).not.toHaveBeenCalled();
    expect(await save?.(from, { suggestedName: 'plan', bytes })).toEqual({
      ok: true,
      path: '/tmp/plan.pdf',
    });
    expect(savePlan).toHaveBeenCalledWith({ suggestedName: 'plan', bytes }, from);
  });
});
