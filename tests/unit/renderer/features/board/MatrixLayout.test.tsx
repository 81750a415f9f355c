// @vitest-environment jsdom
import './renderCounts';
import { DndContext } from '@dnd-kit/core';
import { act, cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useEffect, useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  resetBoardDisplay,
  setBoardDisplay,
} from '../../../../../renderer/src/features/board/boardDisplay';
import { Matrix } from '../../../../../renderer/src/features/board/Matrix';
import type { MatrixCard } from '../../../../../renderer/src/features/board/matrixCards';
import { renderInEnglish } from '../catalogue/renderInEnglish';
import { takeRenders } from './renderCounts';

/** The size jsdom reports for the matrix's drawing area (it lays nothing out itself). */
let area = { width: 800, height: 600 };

beforeEach(() => {
  vi.spyOn(SVGElement.prototype, 'getBoundingClientRect').mockImplementation(
    () =>
      ({ ...area, x: 0, y: 0, top: 0, left: 0, right: area.width, bottom: area.height }) as DOMRect,
  );
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  resetBoardDisplay();
  area = { width: 800, height: 600 };
});

const card = (modelId: string, x: number, y: number): MatrixCard => ({
  modelId,
  title: `Card ${modelId}`,
  x,
  y,
  quadrant:
    y >= 0.5 ? (x <= 0.5 ? 'quick-wins' : 'strategic') : x <= 0.5 ? 'fill-ins' : 'reconsider',
});

/** Eight models within 5 % of one spot. */
const CLUSTER = Array.from({ length: 8 }, (_, i) =>
  card(`m${i}`, 0.3 + (i % 4) * 0.012, 0.7 + Math.floor(i / 4) * 0.03),
);

const onShowDetails = vi.fn();
const onReturnToTray = vi.fn();

/** The matrix as the board holds it: cards in state, callbacks stable. */
function Host({
  initial,
  expose,
}: {
  initial: MatrixCard[];
  expose: (set: (cards: MatrixCard[]) => void) => void;
}) {
  const [cards, setCards] = useState(initial);
  useEffect(() => expose(setCards), [expose]);
  return (
    <DndContext>
      <Matrix
        cards={cards}
        focusModelId={null}
        onShowDetails={onShowDetails}
        onReturnToTray={onReturnToTray}
      />
    </DndContext>
  );
}

async function showMatrix(cards: MatrixCard[]) {
  let setCards: (cards: MatrixCard[]) => void = () => undefined;
  await renderInEnglish(<Host initial={cards} expose={(set) => (setCards = set)} />);
  return { show: (next: MatrixCard[]) => act(() => setCards(next)) };
}

const matrix = () => screen.getByRole('group', { name: 'Matrix: resources and climate impact' });
const placedCards = () => [...matrix().querySelectorAll<HTMLElement>('.placed-card')];

/** A card's drawn label in the matrix's pixels: its point plus the label's offset. */
function labelBox(element: HTMLElement) {
  const label = element.querySelector<HTMLElement>('.placed-label');
  if (!label) throw new Error('no label');
  const width = parseFloat(element.style.width);
  const height = parseFloat(element.style.height);
  const x = Number(element.dataset.x) * area.width;
  const y = (1 - Number(element.dataset.y)) * area.height;
  return {
    left: x - width / 2 + parseFloat(label.style.left),
    top: y - height / 2 + parseFloat(label.style.top),
    width,
    height,
  };
}

const overlap = (a: ReturnType<typeof labelBox>, b: ReturnType<typeof labelBox>) =>
  a.left < b.left + b.width &&
  b.left < a.left + a.width &&
  a.top < b.top + b.height &&
  b.top < a.top + a.height;

describe('Matrix layout', () => {
  it('draws close models as labels apart, with leader lines to dots at their points', async () => {
    await showMatrix(CLUSTER);
    const cards = placedCards();
    expect(cards).toHaveLength(8);
    expect(cards.every((element) => element.classList.contains('is-labels'))).toBe(true);
    const boxes = cards.map(labelBox);
    boxes.forEach((box, i) =>
      boxes.slice(i + 1).forEach((other) => expect(overlap(box, other)).toBe(false)),
    );
    const lines = matrix().querySelectorAll('.leader-line');
    expect(lines.length).toBeGreaterThanOrEqual(7);
    expect(matrix().querySelectorAll('.leader-dot')).toHaveLength(lines.length);
    // The stored point is what the card reports, however it is drawn.
    const first = screen.getByRole('button', { name: 'Card m0' });
    expect([first.dataset.x, first.dataset.y]).toEqual(['0.300', '0.700']);
    expect(first.style.left).toBe('30%');
  });

  it('redraws no card when the same placements come back as fresh objects', async () => {
    const { show } = await showMatrix(CLUSTER);
    takeRenders();
    show(CLUSTER.map((c) => ({ ...c })));
    expect(takeRenders().get('PlacedCard') ?? 0).toBe(0);
  });

  it('draws no card and no title again when the matrix re-renders without new cards', async () => {
    await showMatrix(CLUSTER);
    takeRenders();
    // Folding the tray re-renders the matrix (it reads the display settings), as a drag does.
    act(() => setBoardDisplay({ trayCollapsed: true }));
    const renders = takeRenders();
    expect(renders.get('Matrix')).toBe(1);
    expect(renders.get('PlacedCard') ?? 0).toBe(0);
    expect(renders.get('CardTitle') ?? 0).toBe(0);
  });

  it('keeps each model its own stop in the Tab order', async () => {
    await showMatrix(CLUSTER);
    const user = userEvent.setup();
    const names: (string | null)[] = [];
    for (let i = 0; i < CLUSTER.length; i++) {
      await user.tab();
      names.push(document.activeElement?.getAttribute('aria-label') ?? null);
    }
    expect(names).toEqual(CLUSTER.map((c) => c.title));
  });

  it('shows numbered markers in plan order with a key beside the matrix when asked to', async () => {
    await showMatrix(CLUSTER);
    act(() => setBoardDisplay({ markers: true }));
    const numbers = placedCards().map(
      (element) => element.querySelector('.placed-number')?.textContent,
    );
    expect(numbers).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
    // The cards keep their names for screen readers.
    expect(screen.getByRole('button', { name: 'Card m3' }).classList).toContain('is-markers');
    const key = screen.getByRole('region', { name: 'Key to the numbers' });
    expect(
      within(key)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(CLUSTER.map((c, i) => `${i + 1}${i + 1}. ${c.title}`));
    expect(key.textContent).not.toContain('do not fit');
    act(() => setBoardDisplay({ markers: false }));
    expect(screen.queryByRole('region', { name: 'Key to the numbers' })).toBeNull();
  });

  it('falls back to numbered markers by itself when the labels do not fit, and says why', async () => {
    area = { width: 260, height: 180 };
    await showMatrix(CLUSTER);
    expect(placedCards().every((element) => element.classList.contains('is-markers'))).toBe(true);
    const key = screen.getByRole('region', { name: 'Key to the numbers' });
    expect(key.textContent).toContain('Numbers are shown because the names do not fit');
  });

  it('puts cards on their points, sized by their text, until the matrix is measured', async () => {
    area = { width: 0, height: 0 };
    await showMatrix(CLUSTER.slice(0, 2));
    expect(placedCards().every((element) => element.classList.contains('is-free'))).toBe(true);
    expect(placedCards()[0]?.style.width).toBe('');
    expect(matrix().querySelectorAll('.leader-line')).toHaveLength(0);
  });
});
