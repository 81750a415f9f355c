// @vitest-environment jsdom
import './renderCounts';
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useMemo, useState } from 'react';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { getModel } from '../../../../../shared/catalogue';
import type { Placement } from '../../../../../shared/domain/workshop';
import { BoardWorkspace } from '../../../../../renderer/src/features/board/BoardWorkspace';
import { matrixCards } from '../../../../../renderer/src/features/board/matrixCards';
import { useBoardDrag, type Spot } from '../../../../../renderer/src/features/board/useBoardDrag';
import { renderInEnglish } from '../catalogue/renderInEnglish';
import { takeRenders } from './renderCounts';

const title = (id: string) => getModel(id)?.title.en ?? id;
const onShowDetails = vi.fn();
const onReturnToTray = vi.fn();
const onMove = vi.fn((_modelId: string, _to: Spot) => undefined);
const focusCard = vi.fn();

/**
 * jsdom lays nothing out: give the tray, the matrix and the cards boxes (tray on the left, the
 * matrix beside it) so keyboard moves have somewhere to go.
 */
function box(element: Element) {
  const [left, top, width, height] = element.matches('[role="group"]')
    ? [400, 0, 1000, 800]
    : element.matches('aside')
      ? [0, 0, 320, 800]
      : element.matches('[aria-roledescription]')
        ? [20, 100, 200, 40]
        : [0, 0, 0, 0];
  const rect = { left, top, width, height, x: left, y: top, right: left + width };
  return { ...rect, bottom: top + height, toJSON: () => rect };
}
const realBox = Element.prototype.getBoundingClientRect;
beforeAll(() => {
  Element.prototype.getBoundingClientRect = function (this: Element) {
    return box(this) as DOMRect;
  };
  // dnd-kit's keyboard sensor scrolls the lifted card into view; jsdom has no scrolling.
  Element.prototype.scrollIntoView ??= () => undefined;
});
afterEach(() => {
  cleanup();
  takeRenders();
  vi.clearAllMocks();
});
afterAll(() => {
  Element.prototype.getBoundingClientRect = realBox;
});

const placed = (modelId: string, x: number, y: number): Placement => ({
  workshopId: 'w',
  modelId,
  position: { x, y },
  updatedAt: 0,
});

function Board({ placements }: { placements: Placement[] }) {
  const placedIds = useMemo(() => new Set(placements.map((p) => p.modelId)), [placements]);
  const drag = useBoardDrag({ placedIds, onMove, focusCard });
  const cards = useMemo(() => matrixCards(placements, title), [placements]);
  return (
    <BoardWorkspace
      contextProps={drag.contextProps}
      cards={cards}
      placedIds={placedIds}
      focusModelId={null}
      titleOf={title}
      onShowDetails={onShowDetails}
      onReturnToTray={onReturnToTray}
    />
  );
}

async function showBoard() {
  await renderInEnglish(
    <Board placements={[placed('open-data', 0.2, 0.3), placed('climate-label', 0.8, 0.8)]} />,
  );
  return userEvent.setup();
}

const card = (id: string) => screen.getByRole('button', { name: title(id) });
/** Names of the cards that are lifted (aria-pressed); a hyphenated title has a plain copy. */
const pressed = () =>
  screen
    .queryAllByRole('button', { pressed: true })
    .map(
      (el) =>
        el.getAttribute('aria-label') ?? (el.querySelector('.visually-hidden') ?? el).textContent,
    );
const cardRenders = () => {
  const renders = takeRenders();
  return (renders.get('TrayCard') ?? 0) + (renders.get('PlacedCard') ?? 0);
};

describe('BoardWorkspace', () => {
  it('makes every card a movable model described by the drag instructions', async () => {
    await showBoard();
    for (const id of ['diploma', 'open-data']) {
      const element = card(id);
      expect(element.getAttribute('aria-roledescription')).toBe('movable model');
      expect(element.tabIndex).toBe(0);
      const described = (element.getAttribute('aria-describedby') ?? '').split(' ');
      const texts = described.map((id) => document.getElementById(id)?.textContent ?? '');
      expect(texts.some((text) => text.startsWith('Press space to pick up the model.'))).toBe(true);
    }
  });

  it('lifts a card with Space and re-renders that card only, not while it moves', async () => {
    const user = await showBoard();
    card('diploma').focus();
    takeRenders();

    await user.keyboard(' ');
    await waitFor(() => expect(pressed()).toEqual([title('diploma')]));
    expect(cardRenders()).toBe(1);
    // dnd-kit's live region says so (in jsdom every box is empty, so it is soon "over the list").
    await waitFor(() =>
      expect(screen.getByRole('status', { name: '' }).textContent).toContain(title('diploma')),
    );
    takeRenders();

    // The keyboard sensor starts listening for arrows a tick after the pick-up.
    await new Promise((resolve) => setTimeout(resolve, 0));
    await user.keyboard('{ArrowRight}{ArrowRight}{ArrowDown}');
    expect(cardRenders()).toBe(0);

    await user.keyboard('{Escape}');
    await waitFor(() => expect(pressed()).toEqual([]));
    expect(cardRenders()).toBe(1);
    expect(onMove).not.toHaveBeenCalled();
  });

  it('drops a card lifted with the keyboard where the arrows took it', async () => {
    const user = await showBoard();
    card('diploma').focus();
    await user.keyboard(' ');
    await waitFor(() => expect(pressed()).toEqual([title('diploma')]));

    // The first arrow jumps to the matrix's centre; Space drops the card there.
    await new Promise((resolve) => setTimeout(resolve, 0));
    await user.keyboard('{ArrowRight}');
    await waitFor(() =>
      expect(screen.getByRole('status', { name: '' }).textContent).toBe(
        `${title('diploma')}: Quick wins, resources 50 %, climate impact 50 %.`,
      ),
    );
    await user.keyboard(' ');
    await waitFor(() => expect(onMove).toHaveBeenCalledTimes(1));
    expect(onMove).toHaveBeenCalledWith('diploma', { x: 0.5, y: 0.5 });
    expect(focusCard).toHaveBeenLastCalledWith('diploma');
    expect(pressed()).toEqual([]);
  });

  it('keeps the card in hand when another card is pressed during a mouse drag', async () => {
    await showBoard();
    fireEvent.mouseDown(card('diploma'), { button: 0, clientX: 120, clientY: 120 });
    fireEvent.mouseMove(document, { clientX: 140, clientY: 140 });
    await waitFor(() => expect(pressed()).toEqual([title('diploma')]));

    // A finger on another card: dnd-kit ignores it, and so must the board.
    fireEvent.touchStart(card('open-data'), { touches: [{ clientX: 1, clientY: 1 }] });
    fireEvent.mouseMove(document, { clientX: 900, clientY: 400 });
    fireEvent.mouseUp(document, { clientX: 900, clientY: 400 });

    await waitFor(() => expect(onMove).toHaveBeenCalledTimes(1));
    expect(onMove.mock.calls[0]?.[0]).toBe('diploma');
    expect(onMove.mock.calls[0]?.[1]).toMatchObject({
      x: expect.any(Number),
      y: expect.any(Number),
    });
    expect(pressed()).toEqual([]);
  });

  it('tells a mouse drag where the card enters the matrix and where it is put, not every move', async () => {
    await showBoard();
    const status = () => screen.getByRole('status', { name: '' }).textContent;
    fireEvent.mouseDown(card('diploma'), { button: 0, clientX: 120, clientY: 120 });
    fireEvent.mouseMove(document, { clientX: 140, clientY: 140 });
    await waitFor(() => expect(pressed()).toEqual([title('diploma')]));

    fireEvent.mouseMove(document, { clientX: 600, clientY: 150 });
    await waitFor(() =>
      expect(status()).toMatch(new RegExp(`^${title('diploma')}: Quick wins, resources \\d+ %`)),
    );
    const entered = status();
    // Further moves over the matrix, into another quadrant: nothing more is said...
    fireEvent.mouseMove(document, { clientX: 1300, clientY: 700 });
    fireEvent.mouseMove(document, { clientX: 1350, clientY: 750 });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(status()).toBe(entered);
    // ...until the card is put down.
    fireEvent.mouseUp(document, { clientX: 1350, clientY: 750 });
    await waitFor(() => expect(status()).toMatch(/placed in Reconsider/));
  });

  it('redraws the moved card when a drop comes back, without rendering the drag context', async () => {
    let setPlacements: (placements: Placement[]) => void = () => undefined;
    function Host() {
      const [placements, set] = useState([
        placed('open-data', 0.2, 0.3),
        placed('diploma', 0.8, 0.8),
      ]);
      setPlacements = set;
      return <Board placements={placements} />;
    }
    await renderInEnglish(<Host />);
    takeRenders();
    act(() => setPlacements([placed('open-data', 0.2, 0.3), placed('diploma', 0.6, 0.9)]));
    const renders = takeRenders();
    expect(renders.get('PlacedCard')).toBe(1);
    expect(renders.get('Matrix')).toBe(1);
    // A render of DndContext would hand out new context values to look for below it.
    expect(renders.has('DndContext')).toBe(false);
    expect(card('diploma').getAttribute('data-x')).toBe('0.600');
  });

  it('opens a card with Enter instead of lifting it', async () => {
    const user = await showBoard();
    card('diploma').focus();
    await user.keyboard('{Enter}');
    expect(onShowDetails).toHaveBeenCalledWith('diploma');
    expect(pressed()).toEqual([]);
  });
});
