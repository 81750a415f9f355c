// @vitest-environment jsdom
import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../../../renderer/src/db/db';
import { WorkshopList } from '../../../../../renderer/src/features/home/WorkshopList';
import { participant, placement, round, vote, workshop } from '../../../shared/io/snapshotFixtures';
import { renderInEnglish } from '../catalogue/renderInEnglish';
import { stubDialogs } from '../participants/harness';

stubDialogs();
afterEach(async () => {
  cleanup();
  vi.useRealTimers();
  await Promise.all(
    [db.workshops, db.placements, db.participants, db.rounds, db.votes].map((t) => t.clear()),
  );
});

async function seed() {
  await db.workshops.add(workshop('a', { title: 'Rådsmöte' }));
  await db.placements.bulkAdd([placement('a', 'open-data'), placement('a', 'climate-label')]);
  await db.participants.bulkAdd([
    participant('a', 'anna'),
    participant('a', 'bo'),
    participant('a', 'cai'),
  ]);
  await db.rounds.bulkAdd([
    round('a', 1, { state: 'revealed', lockedAt: 1, revealedAt: 2 }),
    round('a', 2),
  ]);
  await db.votes.bulkAdd([vote('a', 1, 'anna', 'open-data')]);
}

const everything = async () => ({
  workshops: await db.workshops.toArray(),
  placements: await db.placements.toArray(),
  participants: await db.participants.toArray(),
  rounds: await db.rounds.toArray(),
  votes: await db.votes.toArray(),
});

describe('deleting a workshop from the start screen', () => {
  it('names what will be lost, and Undo in the toast brings all of it back', async () => {
    await seed();
    const before = await everything();
    const user = userEvent.setup();
    await renderInEnglish(<WorkshopList onOpen={vi.fn()} />);

    await user.click(await screen.findByRole('button', { name: 'Delete Rådsmöte' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete the workshop?' });
    expect(dialog.textContent).toContain(
      '“Rådsmöte” will be removed from this computer. With it go 3 participants, 2 rounds, 2 placements, and 1 answer. You can undo this for 10 seconds.',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));

    const undo = await screen.findByRole('button', { name: 'Undo deleting Rådsmöte' });
    const toast = undo.closest('[role="status"]');
    expect(toast?.textContent).toContain('“Rådsmöte” was deleted.');
    // The toast does not take the focus.
    expect(toast?.contains(document.activeElement)).toBe(false);
    await waitFor(async () => expect((await everything()).workshops).toEqual([]));
    expect((await everything()).placements).toEqual([]);

    await user.click(undo);
    await screen.findByRole('button', { name: 'Open Rådsmöte' });
    expect(await everything()).toEqual(before);
    expect(screen.queryByRole('button', { name: 'Undo deleting Rådsmöte' })).toBeNull();
    expect(screen.getByText('“Rådsmöte” is back.')).toBeTruthy();
  });

  it('lets the delete stand when the time is up', async () => {
    await seed();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'], shouldAdvanceTime: true });
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime.bind(vi) });
    await renderInEnglish(<WorkshopList onOpen={vi.fn()} />);
    await user.click(await screen.findByRole('button', { name: 'Delete Rådsmöte' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete the workshop?' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    await screen.findByRole('button', { name: 'Undo deleting Rådsmöte' });
    await act(async () => {
      await vi.advanceTimersByTimeAsync(10_500);
    });
    expect(screen.queryByRole('button', { name: 'Undo deleting Rådsmöte' })).toBeNull();
    expect(await db.workshops.get('a')).toBeUndefined();
    expect(await db.placements.count()).toBe(0);
  });
});

describe('duplicating a workshop from the start screen', () => {
  it('makes a template and a full copy, each listed with its mark', async () => {
    await seed();
    const user = userEvent.setup();
    await renderInEnglish(<WorkshopList onOpen={vi.fn()} />);
    await user.click(
      await screen.findByRole('button', {
        name: 'Make a template of Rådsmöte: its setup, without placements or answers',
      }),
    );
    await screen.findByRole('button', { name: 'Open Rådsmöte (template)' });
    expect(screen.getByText('“Rådsmöte (template)” was created.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Copy Rådsmöte with everything in it' }));
    await screen.findByRole('button', { name: 'Open Rådsmöte (copy)' });
    const all = await everything();
    const byTitle = (title: string) => all.workshops.find((w) => w.title === title)?.id;
    const template = byTitle('Rådsmöte (template)');
    const copy = byTitle('Rådsmöte (copy)');
    expect(all.placements.filter((p) => p.workshopId === template)).toEqual([]);
    expect(all.placements.filter((p) => p.workshopId === copy)).toHaveLength(2);
    expect(all.votes.filter((v) => v.workshopId === copy)).toHaveLength(1);
  });
});
