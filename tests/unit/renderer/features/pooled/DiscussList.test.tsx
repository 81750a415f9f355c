// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { discussOrder, driftBetween, poolRound } from '../../../../../shared/domain/pooling';
import type { Vote } from '../../../../../shared/domain/vote';
import { DiscussList } from '../../../../../renderer/src/features/pooled/DiscussList';
import { renderInEnglish } from '../catalogue/renderInEnglish';

afterEach(cleanup);

const vote = (participantId: string, modelId: string, value: Vote['value'], round = 1): Vote => ({
  workshopId: 'w',
  round,
  participantId,
  modelId,
  value,
  updatedAt: 0,
});
const IDS = ['agreed', 'split', 'unplaced'];
const round1 = [
  vote('a', 'agreed', { x: 0.2, y: 0.8 }),
  vote('b', 'agreed', { x: 0.3, y: 0.7 }),
  vote('c', 'agreed', 'skip'),
  vote('a', 'split', { x: 0.9, y: 0.9 }),
  vote('b', 'split', { x: 0.1, y: 0.1 }),
  vote('c', 'unplaced', 'skip'),
];
const round2 = [
  ...round1.map((v) => ({ ...v, round: 2 })),
  vote('c', 'split', { x: 0.1, y: 0.1 }, 2),
];

async function show(agreed = new Map(), withDrift = false) {
  const pools = poolRound(withDrift ? round2 : round1, IDS, 0.75);
  const drifts = new Map(
    withDrift ? driftBetween(poolRound(round1, IDS, 0.75), pools).map((d) => [d.modelId, d]) : [],
  );
  const onAccept = vi.fn();
  const onSelect = vi.fn();
  await renderInEnglish(
    <DiscussList
      order={discussOrder(pools)}
      drifts={drifts}
      previousRound={withDrift ? 1 : null}
      agreed={agreed}
      selectedId={null}
      consensusShare={0.75}
      titleOf={(id) => `Model ${id}`}
      onSelect={onSelect}
      onAccept={onAccept}
      controls={null}
    />,
  );
  return { onAccept, onSelect, items: screen.getAllByRole('listitem') };
}

describe('DiscussList', () => {
  it('lists the most disagreement first, with its flags and counts', async () => {
    const { items } = await show();
    expect(items.map((item) => within(item).getAllByRole('button')[0]?.textContent)).toEqual([
      '1 Model split',
      '2 Model agreed',
      '3 Model unplaced',
    ]);
    expect(items[0]?.textContent).toContain('Split across quadrants');
    expect(items[0]?.textContent).toContain('No consensus');
    expect(items[1]?.textContent).toContain('✓ Consensus');
    expect(items[1]?.textContent).toContain('Agreement 100 %');
    expect(items[1]?.textContent).toContain('2 placed · 1 don’t know');
    expect(items[2]?.textContent).toContain('Nobody placed this model (1 don’t know).');
  });

  it('accepts one median, or all medians that meet the rule; not again once agreed', async () => {
    const { onAccept, items } = await show();
    const user = userEvent.setup();
    await user.click(within(items[0]!).getByRole('button', { name: /Accept the median/ }));
    expect(onAccept.mock.calls[0]?.[0].map((p: { modelId: string }) => p.modelId)).toEqual([
      'split',
    ]);
    await user.click(screen.getByRole('button', { name: 'Accept all medians with consensus (1)' }));
    expect(onAccept.mock.calls[1]?.[0].map((p: { modelId: string }) => p.modelId)).toEqual([
      'agreed',
    ]);

    cleanup();
    const agreed = new Map([['agreed', { x: 0.25, y: 0.75 }]]);
    const again = await show(agreed);
    expect(within(again.items[1]!).queryByRole('button', { name: /Accept the median/ })).toBeNull();
    expect(again.items[1]?.textContent).toContain('Group position set');
    expect(
      screen.getByRole<HTMLButtonElement>('button', { name: /Accept all medians/ }).disabled,
    ).toBe(true);
  });

  it('says how far each median moved since the round before', async () => {
    const { items } = await show(new Map(), true);
    const split = items.find((item) => item.textContent?.includes('Model split'));
    // Round 1 median (0.5, 0.5); round 2 adds (0.1, 0.1): median (0.1, 0.1) → 57 points.
    expect(split?.textContent).toContain('Moved 57 points since round 1');
    const agreed = items.find((item) => item.textContent?.includes('Model agreed'));
    expect(agreed?.textContent).toContain('Stable since round 1');
  });
});
