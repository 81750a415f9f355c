// @vitest-environment jsdom
import { act, cleanup, renderHook, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Platform } from '../../../../../renderer/src/platform/platform';
import type { BackupWriteResult } from '../../../../../shared/ipc/types';
import { defaultSetup } from '../../../../../shared/domain/workshop';
import { parseSnapshot } from '../../../../../shared/io/parseSnapshot';
import { createSnapshot } from '../../../../../shared/io/serializeSnapshot';

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
const { BackupStatusNote } =
  await import('../../../../../renderer/src/features/backup/BackupStatusNote');
const { workshopsRepo } = await import('../../../../../renderer/src/db/workshopsRepo');
const { renderInEnglish } = await import('../catalogue/renderInEnglish');

const write = vi.fn(async (_text: string): Promise<BackupWriteResult> => ({
  ok: true,
  id: 'b',
  unchanged: false,
}));
const platformOf = (kind: Platform['kind']): Platform => ({
  kind,
  savePdf: vi.fn(),
  backups: kind === 'desktop' ? { write, list: vi.fn(), read: vi.fn() } : null,
  session: null,
  onMenuAction: () => () => undefined,
});

beforeEach(async () => {
  write.mockClear();
  backupStatus.reset();
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

const EMPTY_SNAPSHOT = createSnapshot(
  { workshops: [], placements: [], participants: [], rounds: [], votes: [] },
  Date.UTC(2026, 11, 3, 12),
);

describe('useAutoBackup', () => {
  it('on the desktop, backs up the database once at start and reports it', async () => {
    fake.platform = platformOf('desktop');
    const { unmount } = renderHook(() => useAutoBackup());
    await waitFor(() => expect(write).toHaveBeenCalledTimes(1));
    const sent = parseSnapshot(write.mock.calls[0]?.[0] ?? '');
    expect(sent.ok && sent.snapshot.workshops.map((w) => w.title)).toEqual(['Start']);
    await waitFor(() =>
      expect(backupStatus.get().latest?.result).toEqual({ ok: true, id: 'b', unchanged: false }),
    );
    unmount();
  });

  it('in the browser, takes no backups at all', async () => {
    fake.platform = platformOf('web');
    const { unmount } = renderHook(() => useAutoBackup());
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(write).not.toHaveBeenCalled();
    expect(backupStatus.get().latest).toBeNull();
    unmount();
  });

  it('a new user: the empty start is said until the first workshop, then when it is backed up', async () => {
    await backupRepo.restore(EMPTY_SNAPSHOT);
    write.mockImplementationOnce(async () => ({ ok: false, reason: 'empty' }));
    fake.platform = platformOf('desktop');
    const { unmount } = renderHook(() => useAutoBackup());
    await renderInEnglish(<BackupStatusNote />);
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe('There are no workshops to back up.'),
    );

    const before = Date.now();
    await act(() =>
      workshopsRepo.create({ title: 'Första', organisation: '', date: '2026-12-03' }),
    );
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toMatch(
        /^Not backed up yet — the first backup follows at \d\d:\d\d:\d\d\.$/,
      ),
    );
    // Due 30 s after the change, not five minutes after the empty start.
    const due = backupStatus.get().dueAt ?? 0;
    expect(due).toBeGreaterThanOrEqual(before + 30_000);
    expect(due).toBeLessThan(Date.now() + 31_000);
    expect(write).toHaveBeenCalledTimes(1);
    unmount();
  });
});
