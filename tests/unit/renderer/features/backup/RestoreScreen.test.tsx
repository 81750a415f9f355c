// @vitest-environment jsdom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { BackupSummary, BackupWriteResult } from '../../../../../shared/ipc/types';
import { serializeSnapshot } from '../../../../../shared/io/serializeSnapshot';
import type { Snapshot } from '../../../../../shared/io/snapshotFormat';
import { RestoreScreen } from '../../../../../renderer/src/features/backup/RestoreScreen';
import type { BackupBridge } from '../../../../../renderer/src/platform/platform';
import { snapshotOf } from '../../../shared/io/snapshotFixtures';
import { renderInEnglish } from '../catalogue/renderInEnglish';

// jsdom has no modal dialogs: stand-ins that only toggle `open`, as in the catalogue tests.
beforeAll(() => {
  HTMLDialogElement.prototype.showModal ??= function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close ??= function close(this: HTMLDialogElement) {
    this.removeAttribute('open');
  };
});
afterEach(cleanup);

const fileOf = (text: string, name = 'backup.json') =>
  new File([text], name, { type: 'application/json' });

function fakeRepo(fail?: Error) {
  return {
    snapshot: vi.fn(async () => snapshotOf(5)),
    restore: vi.fn(async (_snapshot: Snapshot) => {
      if (fail) throw fail;
    }),
  };
}

const BACKUPS: BackupSummary[] = [
  {
    id: 'backup-20261130T120000000Z.json',
    createdAt: '2026-11-30T12:00:00.000Z',
    bytes: 2048,
    workshops: 3,
  },
  {
    id: 'backup-20261130T110000000Z.json',
    createdAt: '2026-11-30T11:00:00.000Z',
    bytes: 900,
    workshops: null,
  },
  {
    id: 'backup-20261129T120000000Z.json',
    createdAt: '2026-11-29T12:00:00.000Z',
    bytes: 4096,
    workshops: 1,
  },
];

function fakeBridge(): BackupBridge & { [K in keyof BackupBridge]: ReturnType<typeof vi.fn> } {
  return {
    write: vi.fn(async (): Promise<BackupWriteResult> => ({
      ok: true,
      id: 'backup-x.json',
      unchanged: false,
    })),
    list: vi.fn(async () => ({ ok: true, backups: BACKUPS }) as const),
    read: vi.fn(async (id: string) =>
      id === BACKUPS[0]?.id
        ? ({ ok: true, text: serializeSnapshot(snapshotOf(3)) } as const)
        : ({ ok: false, reason: 'not-found' } as const),
    ),
  };
}

async function show(bridge: BackupBridge | null, repo = fakeRepo(), saveFile = vi.fn()) {
  const onRestored = vi.fn();
  const onBack = vi.fn();
  await renderInEnglish(
    <RestoreScreen
      bridge={bridge}
      repo={repo}
      onBack={onBack}
      onRestored={onRestored}
      saveFile={saveFile}
    />,
  );
  return { onRestored, onBack, repo, saveFile, user: userEvent.setup() };
}

const fileInput = () => screen.getByLabelText('Restore from file…');

/** The "Technical details" toggle's text, summary and detail joined by a space. */
function detailsText(): string {
  const details = document.querySelector('details');
  const parts = [details?.querySelector('summary'), details?.querySelector('code')];
  return parts.map((part) => part?.textContent).join(' ');
}

describe('restore from a file (web and desktop)', () => {
  it('has a heading, says the browser takes no backups, and restores after confirming', async () => {
    const { user, repo, onRestored } = await show(null);
    expect(screen.getByRole('heading', { level: 1, name: 'Backups' })).toBeTruthy();
    expect(screen.getByText(/browser version takes no automatic backups/)).toBeTruthy();

    await user.upload(fileInput(), fileOf(serializeSnapshot(snapshotOf(2)), 'kopia.json'));
    const dialog = await screen.findByRole('dialog', { name: 'Replace all workshops?' });
    expect(dialog.textContent).toContain('the file “kopia.json” (2 workshops)');
    expect(dialog.textContent).not.toContain('A backup of the current workshops');
    await user.click(within(dialog).getByRole('button', { name: 'Replace' }));

    await waitFor(() => expect(onRestored).toHaveBeenCalledTimes(1));
    expect(repo.restore).toHaveBeenCalledWith(snapshotOf(2));
  });

  it.each([
    ['not JSON', '{"format":', /cannot be read as JSON/],
    ['another format', '{"format":"excalidraw"}', /not a Klimatverkstad backup/],
    [
      'a newer version',
      '{"format":"klimatverkstad-backup","schemaVersion":3}',
      /newer version of Klimatverkstad \(format 3\)/,
    ],
    ['too deep', '['.repeat(50), /nested too deeply/],
    [
      'an unknown key',
      serializeSnapshot(snapshotOf(1)).replace('"title"', '"hack": 1, "title"'),
      /damaged or was edited by hand .*“Workshop w0”: the workshop has a field this version does not know/,
    ],
  ])('a file that is %s → a clear error, nothing restored', async (_label, text, message) => {
    const { user, repo, onRestored } = await show(null);
    await user.upload(fileInput(), fileOf(text));
    expect((await screen.findByRole('alert')).textContent).toMatch(message);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(repo.restore).not.toHaveBeenCalled();
    expect(onRestored).not.toHaveBeenCalled();
  });

  it('cancelling the confirmation restores nothing', async () => {
    const { user, repo } = await show(null);
    await user.upload(fileInput(), fileOf(serializeSnapshot(snapshotOf(1))));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(repo.restore).not.toHaveBeenCalled();
  });

  it('a failed restore says nothing was changed and stays on the screen', async () => {
    const { user, onRestored } = await show(null, fakeRepo(new Error('ConstraintError')));
    await user.upload(fileInput(), fileOf(serializeSnapshot(snapshotOf(1))));
    await user.click(await screen.findByRole('button', { name: 'Replace' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'The restore failed and nothing was changed.',
    );
    expect(detailsText()).toBe('Technical details Error: ConstraintError');
    expect(onRestored).not.toHaveBeenCalled();
  });
});

describe('the browser saves a backup file of what a restore replaces', () => {
  it('says so, and hands over the current workshops as a file before restoring', async () => {
    const { user, repo, saveFile, onRestored } = await show(null);
    await user.upload(fileInput(), fileOf(serializeSnapshot(snapshotOf(2))));
    const dialog = await screen.findByRole('dialog', { name: 'Replace all workshops?' });
    expect(dialog.textContent).toContain(
      'First the current workshops are saved as a backup file (a download)',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Replace' }));
    await waitFor(() => expect(onRestored).toHaveBeenCalledTimes(1));

    expect(saveFile).toHaveBeenCalledTimes(1);
    const [name, bytes, type] = saveFile.mock.calls[0] as [string, Uint8Array, string];
    expect(name).toMatch(/^klimatverkstad-\d{4}-\d{2}-\d{2}-\d{6}\.json$/);
    expect(type).toBe('application/json');
    // The file holds what was there (five workshops), not what came in.
    const saved = JSON.parse(new TextDecoder().decode(bytes)) as Snapshot;
    expect(saved.workshops).toHaveLength(5);
    expect(saveFile.mock.invocationCallOrder[0]).toBeLessThan(
      repo.restore.mock.invocationCallOrder[0] ?? 0,
    );
  });

  it('restores nothing when that file cannot be made', async () => {
    const saveFile = vi.fn(() => {
      throw new Error('downloads blocked');
    });
    const { user, repo, onRestored } = await show(null, fakeRepo(), saveFile);
    await user.upload(fileInput(), fileOf(serializeSnapshot(snapshotOf(1))));
    await user.click(await screen.findByRole('button', { name: 'Replace' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/Nothing was restored/);
    expect(detailsText()).toBe('Technical details downloads blocked');
    expect(repo.restore).not.toHaveBeenCalled();
    expect(onRestored).not.toHaveBeenCalled();
  });

  it('needs no file when there is nothing to replace', async () => {
    const repo = fakeRepo();
    repo.snapshot.mockResolvedValue(snapshotOf(0));
    const { user, saveFile, onRestored } = await show(null, repo);
    await user.upload(fileInput(), fileOf(serializeSnapshot(snapshotOf(1))));
    await user.click(await screen.findByRole('button', { name: 'Replace' }));
    await waitFor(() => expect(onRestored).toHaveBeenCalledTimes(1));
    expect(saveFile).not.toHaveBeenCalled();
  });
});

describe('desktop backups', () => {
  it('lists backups newest first with workshops and size; damaged ones cannot be restored', async () => {
    await show(fakeBridge());
    const items = await screen.findAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      expect.stringMatching(/30 November 2026, \d\d:00:00.*3 workshops · 2\.?0? kB.*Restore/),
      expect.stringMatching(/Damaged – cannot be restored · 0\.9 kB$/),
      expect.stringMatching(/29 November 2026, .*1 workshop · 4\.1 kB.*Restore/),
    ]);
    expect(screen.getAllByRole('button', { name: /^Restore the backup from / })).toHaveLength(2);
  });

  it('takes a safety backup of the current data first, then restores and goes home', async () => {
    const bridge = fakeBridge();
    const { user, repo, onRestored } = await show(bridge);
    const [newest] = await screen.findAllByRole('button', { name: /^Restore the backup from 30/ });
    await user.click(newest as HTMLElement);
    const dialog = await screen.findByRole('dialog', { name: 'Replace all workshops?' });
    expect(dialog.textContent).toMatch(/the backup from 30 November 2026, .* \(3 workshops\)/);
    expect(dialog.textContent).toContain('A backup of the current workshops is taken first.');
    await user.click(within(dialog).getByRole('button', { name: 'Replace' }));
    await waitFor(() => expect(onRestored).toHaveBeenCalled());
    expect(bridge.read).toHaveBeenCalledWith(BACKUPS[0]?.id);
    expect(bridge.write.mock.invocationCallOrder[0]).toBeLessThan(
      repo.restore.mock.invocationCallOrder[0] ?? 0,
    );
    expect(repo.restore).toHaveBeenCalledWith(snapshotOf(3));
  });

  it('restores nothing when the promised safety backup cannot be taken', async () => {
    const bridge = fakeBridge();
    bridge.write.mockResolvedValueOnce({ ok: false, reason: 'write-failed', message: 'EACCES' });
    const { user, repo, onRestored } = await show(bridge);
    const [newest] = await screen.findAllByRole('button', { name: /^Restore the backup from 30/ });
    await user.click(newest as HTMLElement);
    const dialog = await screen.findByRole('dialog', { name: 'Replace all workshops?' });
    await user.click(within(dialog).getByRole('button', { name: 'Replace' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(
      /^Nothing was restored: the current workshops could not be backed up first\. Save/,
    );
    expect(detailsText()).toBe('Technical details EACCES');
    expect(repo.restore).not.toHaveBeenCalled();
    expect(onRestored).not.toHaveBeenCalled();
  });

  it('says when a backup is gone, and when the list cannot be read', async () => {
    const bridge = fakeBridge();
    bridge.list.mockResolvedValueOnce({
      ok: true,
      backups: [{ ...BACKUPS[0], id: 'backup-20200101T000000000Z.json' }],
    });
    const { user } = await show(bridge);
    await user.click(await screen.findByRole('button', { name: /^Restore the backup from/ }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/no longer exists/);
    cleanup();

    const failing = fakeBridge();
    failing.list.mockResolvedValueOnce({ ok: false, reason: 'read-failed', message: 'EACCES' });
    await show(failing);
    expect((await screen.findByRole('alert')).textContent).toMatch(
      /could not be listed \(EACCES\)/,
    );
  });
});
