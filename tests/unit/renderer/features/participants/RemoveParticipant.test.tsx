// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { invert } from '../../../../../shared/domain/changes';
import { freshWorkshop, listedNames, stubDialogs, type Fixture } from './harness';

stubDialogs();
let fx: Fixture;
beforeEach(async () => {
  fx = await freshWorkshop();
  // Anna placed two models (one "don't know") over two rounds; Berit one.
  await fx.addParticipant('a', 'Anna', 'companies', 10);
  await fx.addParticipant('b', 'Berit', 'council', 20);
  await fx.addVote('a', 1, 'climate-label', { x: 0.2, y: 0.8 });
  await fx.addVote('a', 2, 'diploma', 'skip');
  await fx.addVote('b', 1, 'climate-label', { x: 0.7, y: 0.3 });
  fx.record.mockClear();
});
afterEach(async () => {
  cleanup();
  await fx.database.delete();
});

const confirmation = () => screen.getByRole('dialog', { name: 'Remove Anna?' });
const voteKeys = async () =>
  (await fx.votes()).map((vote) => `${vote.participantId}/${vote.round}/${vote.modelId}`).sort();

async function askToRemoveAnna(user: ReturnType<typeof userEvent.setup>) {
  await fx.open();
  await waitFor(() => expect(listedNames()).toEqual(['Anna', 'Berit']));
  await user.click(screen.getByRole('button', { name: 'Remove Anna' }));
  return confirmation();
}

describe('ParticipantsDialog: removing someone', () => {
  it('asks first, naming the person and their placements, with Cancel as the default', async () => {
    const user = userEvent.setup();
    const asked = await askToRemoveAnna(user);
    expect(asked.textContent).toContain(
      'Anna has made 2 placements (all rounds, "don\'t know" included).',
    );
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.getByRole('button', { name: 'Remove and delete their placements' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Remove but keep their placements' })).toBeTruthy();
  });

  it('changes nothing on Cancel (Enter on the default), and gives the focus back', async () => {
    const user = userEvent.setup();
    await askToRemoveAnna(user);
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('dialog', { name: 'Remove Anna?' })).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Remove Anna' }));
    expect(fx.record).not.toHaveBeenCalled();
    expect(await voteKeys()).toHaveLength(3);
    expect((await fx.participants()).every((p) => p.removedAt === null)).toBe(true);
  });

  it('removes but keeps the placements: the participant is marked removed, votes stay', async () => {
    const user = userEvent.setup();
    await askToRemoveAnna(user);
    const before = Date.now();
    await user.click(screen.getByRole('button', { name: 'Remove but keep their placements' }));
    await waitFor(() => expect(listedNames()).toEqual(['Berit']));

    const [anna, berit] = await fx.participants();
    expect(anna).toMatchObject({ id: 'a', name: 'Anna', groupId: 'companies', createdAt: 10 });
    expect(anna?.removedAt).toBeGreaterThanOrEqual(before);
    expect(berit?.removedAt).toBeNull();
    expect(await voteKeys()).toEqual(['a/1/climate-label', 'a/2/diploma', 'b/1/climate-label']);
    // Berit keeps her number: numbers count removed participants too.
    expect(screen.getByRole('row', { name: /Berit/ }).textContent).toMatch(/^2/);
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Taking part (1)' }));
  });

  it('removes and deletes the placements in one undoable batch, leaving others untouched', async () => {
    const user = userEvent.setup();
    await askToRemoveAnna(user);
    await user.click(screen.getByRole('button', { name: 'Remove and delete their placements' }));
    await waitFor(() => expect(listedNames()).toEqual(['Berit']));

    expect((await fx.participants()).map((p) => p.id)).toEqual(['b']);
    expect(await voteKeys()).toEqual(['b/1/climate-label']);
    const [change] = fx.recorded.slice(-1);
    expect(change).toMatchObject({ kind: 'batch', label: 'participant.remove' });
    expect(change?.kind === 'batch' && change.changes.map((c) => [c.kind, c.to])).toEqual([
      ['participant.set', null],
      ['vote.set', null],
      ['vote.set', null],
    ]);

    // Undo restores the person and every placement exactly.
    expect(await fx.repo.applyIfCurrent(invert(change!))).toMatchObject({ ok: true });
    expect(await voteKeys()).toEqual(['a/1/climate-label', 'a/2/diploma', 'b/1/climate-label']);
    expect((await fx.participants())[0]).toMatchObject({ id: 'a', name: 'Anna', removedAt: null });
  });

  it('deletes a vote that arrived after the question was asked', async () => {
    const user = userEvent.setup();
    await askToRemoveAnna(user);
    await fx.addVote('a', 2, 'climate-label', { x: 0.1, y: 0.1 });
    await waitFor(() => expect(confirmation().textContent).toContain('Anna has made 3 placements'));
    await user.click(screen.getByRole('button', { name: 'Remove and delete their placements' }));
    await waitFor(async () => expect(await voteKeys()).toEqual(['b/1/climate-label']));
  });

  it('offers a plain Remove for someone who has placed nothing', async () => {
    const user = userEvent.setup();
    await fx.addParticipant('c', '', 'other', 30);
    await fx.open();
    await waitFor(() => expect(listedNames()).toHaveLength(3));
    await user.click(screen.getByRole('button', { name: 'Remove Participant 3' }));
    expect(screen.getByText('Participant 3 has made no placements.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /keep their placements/ })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Remove' }));
    await waitFor(() => expect(listedNames()).toEqual(['Anna', 'Berit']));
    expect((await fx.participants()).map((p) => p.id)).toEqual(['a', 'b']);
  });
});
