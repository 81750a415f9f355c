// @vitest-environment jsdom
import { cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Platform } from '../../../../../renderer/src/platform/platform';
import { defaultSetup } from '../../../../../shared/domain/workshop';
import { parseSnapshot } from '../../../../../shared/io/parseSnapshot';

// The platform is chosen at import from window.desktop; each test picks its own.
const fake = vi.hoisted(() => ({ platform: null as Platform | null }));
vi.mock('../../../../../renderer/src/platform/platform', () => ({
  get platform() {
    return fake.platform;
  },
}));

const { useAutoBackup } = await import('../../../../../renderer/src/features/backup/useAutoBackup');
const { backupRepo } = await import('../../../../../renderer/src/db/backupRepo');
const { backupStatus } = await import('../../../../../renderer/src/features/backup/backupStatus');

const write = vi.fn(async (_text: string) => ({ ok: true, id: 'b', unchanged: false }) as const);
const platformOf = (kind: Platform['kind']): Platform => ({
  kind,
  savePdf: vi.fn(),
  backups: kind === 'desktop' ? { write, list: vi.fn(), read: vi.fn() } : null,
  onMenuAction: () => () => undefined,
});

beforeEach(async () => {
  write.mockClear();
  backupStatus.set(null);
  await backupRepo.restore({
    format: 'klimatverkstad-backup',
    schemaVersion: 2,
    createdAt: '2026-11-30T12:00:00.000Z',
    workshops: [
      {
        id: 'w1',
        title: 'Start',
        organisation: '',
        date: '2026-11-30',
        setup: defaultSetup(),
        createdAt: 1,
        updatedAt: 1,
      },
    ],
    placements: [],
    participants: [],
    rounds: [],
    votes: [],
  });
});
afterEach(cleanup);

describe('useAutoBackup', () => {
  it('on the desktop, backs up the database once at start and reports it', async () => {
    fake.platform = platformOf('desktop');
    const { unmount } = renderHook(() => useAutoBackup());
    await waitFor(() => expect(write).toHaveBeenCalledTimes(1));
    const sent = parseSnapshot(write.mock.calls[0]?.[0] ?? '');
    expect(sent.ok && sent.snapshot.workshops.map((w) => w.title)).toEqual(['Start']);
    await waitFor(() =>
      expect(backupStatus.get()?.result).toEqual({ ok: true, id: 'b', unchanged: false }),
    );
    unmount();
  });

  it('in the browser, takes no backups at all', async () => {
    fake.platform = platformOf('web');
    const { unmount } = renderHook(() => useAutoBackup());
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(write).not.toHaveBeenCalled();
    expect(backupStatus.get()).toBeNull();
    unmount();
  });
});
