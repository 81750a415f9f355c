// Wiring test: registerBackupIpc against a mocked 'electron', with a real temp userData folder.
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

const handlers = new Map<string, Handler>();
const event = (url: string | undefined) => ({ senderFrame: url === undefined ? null : { url } });

beforeAll(async () => {
  electron.state.userData = await mkdtemp(join(tmpdir(), 'kv-userdata-'));
  const { registerBackupIpc } = await import('../../../electron/main/ipc/backup');
  registerBackupIpc();
  for (const [channel, handler] of electron.ipcMain.handle.mock.calls) {
    handlers.set(channel as string, handler as Handler);
  }
});
afterAll(async () => {
  await rm(electron.state.userData, { recursive: true, force: true });
});

describe('registerBackupIpc', () => {
  it('handles exactly the three backup channels', () => {
    expect([...handlers.keys()].sort()).toEqual(
      [CHANNELS.backupList, CHANNELS.backupRead, CHANNELS.backupWrite].sort(),
    );
  });

  it('writes into <userData>/backups for the app frame, and checks each sender frame', async () => {
    const write = handlers.get(CHANNELS.backupWrite);
    const list = handlers.get(CHANNELS.backupList);
    const text = serializeSnapshot(snapshotOf(1));
    expect(await write?.(event('https://evil.io/'), text)).toMatchObject({ ok: false });
    expect(await write?.(event(undefined), text)).toMatchObject({ ok: false });
    expect(await write?.(event('app://bundle/index.html'), text)).toMatchObject({ ok: true });
    const files = await readdir(join(electron.state.userData, 'backups'));
    expect(files).toHaveLength(1);
    expect(await list?.(event('app://bundle/index.html'))).toMatchObject({
      ok: true,
      backups: [{ id: files[0], workshops: 1 }],
    });
  });
});
