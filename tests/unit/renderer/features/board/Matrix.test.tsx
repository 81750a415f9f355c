// @vitest-environment jsdom
import './renderCounts';
import { DndContext } from '@dnd-kit/core';
import { act, cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useEffect, useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Matrix } from '../../../../../renderer/src/features/board/Matrix';
import type { MatrixCard } from '../../../../../renderer/src/features/board/matrixCards';
import { renderInEnglish } from '../catalogue/renderInEnglish';
import { takeRenders } from './renderCounts';

afterEach(cleanup);

const card = (modelId: string, x: number, y: number): MatrixCard => ({
  modelId,
  title: `Card ${modelId}`,
  x,
  y,
  quadrant:
    y >= 0.5 ? (x <= 0.5 ? 'quick-wins' : 'strategic') : x <= 0.5 ? 'fill-ins' : 'reconsider',
});

type HostProps = {
  initial: MatrixCard[];
  focusModelId: string | null;
  onShowDetails: (modelId: string) => void;
  onReturnToTray: (modelId: string) => void;
  expose: (setCards: (cards: MatrixCard[]) => void) => void;
};

/** The matrix as the board holds it: cards in state, callbacks stable. */
function Host({ initial, expose, ...props }: HostProps) {
  const [cards, setCards] = useState(initial);
  useEffect(() => expose(setCards), [expose]);
  return (
    <DndContext>
      <Matrix cards={cards} {...props} />
    </DndContext>
  );
}

async function showMatrix(cards: MatrixCard[], focusModelId: string | null = null) {
  const onShowDetails = vi.fn();
  const onReturnToTray = vi.fn();
  let setCards: (cards: MatrixCard[]) => void = () => undefined;
  await renderInEnglish(
    <Host
      initial={cards}
      focusModelId={focusModelId}
      onShowDetails={onShowDetails}
      onReturnToTray={onReturnToTray}
      expose={(set) => (setCards = set)}
    />,
  );
  return {
    onShowDetails,
    onReturnToTray,
    user: userEvent.setup(),
    show: (list: MatrixCard[]) => act(() => setCards(list)),
  };
}

const matrix = () => screen.getByRole('group', { name: 'Matrix: resources and climate impact' });
const placedNames = () =>
  [...matrix().querySelectorAll('[role="button"]')].map((el) => el.getAttribute('aria-label'));

describe('Matrix', () => {
  it('shows the cards in the order given (plan order), each at its position', async () => {
    await showMatrix([card('b', 0.2, 0.9), card('a', 0.9, 0.1)]);
    expect(placedNames()).toEqual(['Card b', 'Card a']);
    const a = screen.getByRole('button', { name: 'Card a' });
    expect([a.getAttribute('data-x'), a.getAttribute('data-y')]).toEqual(['0.900', '0.100']);
    expect(a.style.left).toBe('90%');
    expect(a.style.top).toBe('90%');
  });

  it('describes each card by its quadrant and as a movable model', async () => {
    await showMatrix([card('a', 0.2, 0.8)]);
    const a = screen.getByRole('button', { name: 'Card a' });
    expect(a.getAttribute('aria-roledescription')).toBe('movable model');
    const described = (a.getAttribute('aria-describedby') ?? '').split(' ');
    expect(described.map((id) => document.getElementById(id)?.textContent)).toContain('Quick wins');
  });

  it('opens the details on click and Enter, and sends the card back with Delete', async () => {
    const { user, onShowDetails, onReturnToTray } = await showMatrix([card('a', 0.2, 0.8)]);
    const a = screen.getByRole('button', { name: 'Card a' });
    await user.click(a);
    expect(onShowDetails).toHaveBeenLastCalledWith('a');
    await user.keyboard('{Enter}');
    expect(onShowDetails).toHaveBeenCalledTimes(2);
    await user.keyboard('{Delete}');
    expect(onReturnToTray).toHaveBeenCalledWith('a');
  });

  it('focuses the card it is asked to', async () => {
    await showMatrix([card('a', 0.2, 0.8), card('b', 0.7, 0.3)], 'b');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Card b' }));
  });

  it('redraws only the card that moved when the placements come back', async () => {
    const cards = [card('a', 0.2, 0.8), card('b', 0.7, 0.3), card('c', 0.4, 0.4)];
    const { show } = await showMatrix(cards);
    takeRenders();
    // A live query hands back fresh objects for every row; only b's position differs.
    show([{ ...card('a', 0.2, 0.8) }, card('b', 0.6, 0.2), { ...card('c', 0.4, 0.4) }]);
    expect(takeRenders().get('PlacedCard')).toBe(1);
    expect(screen.getByRole('button', { name: 'Card b' }).getAttribute('data-x')).toBe('0.600');
  });

  it('puts a card that moves ahead in plan order in its place without moving the others', async () => {
    // All in quick wins, in plan order: more impact first.
    const cards = ['a', 'b', 'c', 'd', 'e'].map((id, i) =>
      card(id, 0.1 + i * 0.05, 0.9 - i * 0.05),
    );
    const { show } = await showMatrix(cards);
    const before = new Map(
      cards.map((c) => [c.modelId, screen.getByRole('button', { name: `Card ${c.modelId}` })]),
    );
    const moved: Node[] = [];
    const observer = new MutationObserver((records) =>
      records.forEach((record) => moved.push(...record.removedNodes)),
    );
    observer.observe(matrix(), { childList: true, subtree: true });

    // e is dragged to the top: first in plan order now.
    await show([card('e', 0.3, 0.95), ...cards.slice(0, 4)]);
    observer.disconnect();

    expect(placedNames()).toEqual(['Card e', 'Card a', 'Card b', 'Card c', 'Card d']);
    // Only e's old element left the page; a to d kept theirs, where they were.
    expect(moved).toEqual([before.get('e')]);
    for (const id of ['a', 'b', 'c', 'd']) {
      expect(screen.getByRole('button', { name: `Card ${id}` })).toBe(before.get(id));
    }
  });

  it('keeps the focus on a card when it moves', async () => {
    const cards = [card('a', 0.2, 0.8), card('b', 0.7, 0.3)];
    const { show } = await showMatrix(cards);
    screen.getByRole('button', { name: 'Card b' }).focus();
    // An undo puts b back where it was before: a new element, in another quadrant.
    await show([card('a', 0.2, 0.8), card('b', 0.3, 0.9)]);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Card b' }));
    expect(document.activeElement?.getAttribute('data-x')).toBe('0.300');
  });

  it('does not take the focus for a card that moves while another has it', async () => {
    const cards = [card('a', 0.2, 0.8), card('b', 0.7, 0.3)];
    const { show } = await showMatrix(cards);
    screen.getByRole('button', { name: 'Card a' }).focus();
    await show([card('a', 0.2, 0.8), card('b', 0.3, 0.9)]);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Card a' }));
  });
});
