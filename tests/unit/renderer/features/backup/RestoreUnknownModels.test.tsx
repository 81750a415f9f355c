// @vitest-environment jsdom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { serializeSnapshot } from '../../../../../shared/io/serializeSnapshot';
import type { Snapshot } from '../../../../../shared/io/snapshotFormat';
import { RestoreScreen } from '../../../../../renderer/src/features/backup/RestoreScreen';
import { placement, snapshotOf, vote } from '../../../shared/io/snapshotFixtures';
import { renderInEnglish } from '../catalogue/renderInEnglish';

beforeAll(() => {
  HTMLDialogElement.prototype.showModal ??= function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close ??= function close(this: HTMLDialogElement) {
    this.removeAttribute('open');
  };
});
afterEach(cleanup);

async function show() {
  const repo = {
    snapshot: vi.fn(async () => snapshotOf(1)),
    restore: vi.fn(async (_snapshot: Snapshot) => undefined),
  };
  const onRestored = vi.fn();
  await renderInEnglish(
    <RestoreScreen
      bridge={null}
      repo={repo}
      onBack={vi.fn()}
      onRestored={onRestored}
      saveFile={vi.fn()}
    />,
  );
  return { repo, onRestored, user: userEvent.setup() };
}

/** Two workshops, "Rådsmöte" with two placements and a vote of models this version lacks. */
function withUnknownModels(): Snapshot {
  const snapshot = snapshotOf(2);
  snapshot.workshops[0] = {
    ...snapshot.workshops[0],
    title: 'Rådsmöte',
  } as Snapshot['workshops'][0];
  snapshot.placements.push(placement('w0', 'own-1'), placement('w0', 'own-2'));
  snapshot.votes.push(vote('w0', 1, 'w0-anna', 'own-1'));
  return snapshot;
}

const upload = (user: ReturnType<typeof userEvent.setup>, text: string) =>
  user.upload(screen.getByLabelText('Restore from file…'), new File([text], 'kopia.json'));

const PLACEMENTS =
  '2 placements in “Rådsmöte” are of models this version does not know; they are kept but not shown.';
const VOTES =
  '1 vote in “Rådsmöte” is for a model this version does not know; it is kept but not shown.';

describe('a file with models this version does not know', () => {
  it('says so before and after restoring, and restores every record', async () => {
    const { user, repo, onRestored } = await show();
    await upload(user, serializeSnapshot(withUnknownModels()));

    const dialog = await screen.findByRole('dialog', { name: 'Replace all workshops?' });
    expect(dialog.textContent).toContain(PLACEMENTS);
    expect(dialog.textContent).toContain(VOTES);
    await user.click(within(dialog).getByRole('button', { name: 'Replace' }));

    await waitFor(() => expect(repo.restore).toHaveBeenCalledTimes(1));
    const restored = repo.restore.mock.calls[0]?.[0];
    expect(restored?.placements).toHaveLength(6);
    expect(restored?.placements).toContainEqual(placement('w0', 'own-2'));

    const status = await screen.findByText('The workshops are restored.');
    const note = status.closest('[role="status"]');
    expect(note?.textContent).toContain(PLACEMENTS);
    expect(note?.textContent).toContain(VOTES);
    // The screen stays until the user has read it.
    expect(onRestored).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Go to the workshops' }));
    expect(onRestored).toHaveBeenCalledTimes(1);
  });

  it('a file the app shows all of goes straight home, without the note', async () => {
    const { user, onRestored } = await show();
    await upload(user, serializeSnapshot(snapshotOf(2)));
    const dialog = await screen.findByRole('dialog');
    expect(dialog.textContent).not.toContain('does not know');
    await user.click(within(dialog).getByRole('button', { name: 'Replace' }));
    await waitFor(() => expect(onRestored).toHaveBeenCalledTimes(1));
    expect(screen.queryByText('The workshops are restored.')).toBeNull();
  });

  it('with 100,000 of them, is refused in plain words before anything is written', async () => {
    const huge = withUnknownModels();
    huge.placements.push(
      ...Array.from({ length: 100_000 }, (_, i) => placement('w0', `ghost-${i}`)),
    );
    const { user, repo, onRestored } = await show();
    await upload(user, serializeSnapshot(huge));

    const alert = await screen.findByRole('alert', {}, { timeout: 10_000 });
    expect(alert.textContent).toBe(
      'The backup is damaged or was edited by hand and cannot be restored. In the workshop “Rådsmöte”: more than 25 placements are of models this version does not know. Choose another one.',
    );
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(repo.restore).not.toHaveBeenCalled();
    expect(onRestored).not.toHaveBeenCalled();

    // The code is for support only: behind the toggle, never in the sentence.
    const details = document.querySelector('details');
    expect(details?.querySelector('summary')?.textContent).toBe('Technical details');
    expect(details?.textContent).toMatch(
      /placements\[\d+\]\.modelId: too many models this version does not know/,
    );
    expect(alert.closest('details')).toBeNull();
    expect(details?.contains(alert)).toBe(false);
  }, 30_000);
});
