import type { ClientRect, SensorContext } from '@dnd-kit/core';
import { describe, expect, it, vi } from 'vitest';
import { matrixKeyboardCoordinates } from '../../../../../renderer/src/features/board/keyboardCoordinates';

function rect(left: number, top: number, width: number, height: number): ClientRect {
  return { left, top, width, height, right: left + width, bottom: top + height };
}

// The matrix spans 100..500 across and 50..250 down; the card is 40 × 20 (half: 20 × 10).
const matrixRect = rect(100, 50, 400, 200);
const card = rect(0, 0, 40, 20);

/** The parts of dnd-kit's sensor context the getter reads. */
function context({
  measured = matrixRect as ClientRect | null,
  live = null as ClientRect | null,
} = {}): SensorContext {
  const node = live ? { getBoundingClientRect: () => live } : null;
  return {
    collisionRect: card,
    droppableContainers: new Map([['matrix', { id: 'matrix', node: { current: node } }]]),
    droppableRects: new Map(measured ? [['matrix', measured]] : []),
  } as unknown as SensorContext;
}

function key(code: string, shiftKey = false) {
  return { code, shiftKey, preventDefault: vi.fn() } as unknown as KeyboardEvent & {
    preventDefault: ReturnType<typeof vi.fn>;
  };
}

/** Where the card's top-left corner goes for a key, given where it is now. */
function move(code: string, at: { x: number; y: number }, options = {}, shiftKey = false) {
  return matrixKeyboardCoordinates(key(code, shiftKey), {
    active: 'model:open-data',
    currentCoordinates: at,
    context: context(options),
  });
}

/** Top-left corner of the card when its centre is at (x, y). */
const centredAt = (x: number, y: number) => ({ x: x - 20, y: y - 10 });

describe('matrixKeyboardCoordinates', () => {
  it('jumps a card picked up outside the matrix to the matrix centre on the first arrow', () => {
    for (const code of ['ArrowRight', 'ArrowLeft', 'ArrowUp', 'ArrowDown']) {
      expect(move(code, { x: 0, y: 0 })).toEqual(centredAt(300, 150));
    }
  });

  it('then moves 5 % of the matrix width or height per arrow', () => {
    const here = centredAt(300, 150);
    expect(move('ArrowRight', here)).toEqual(centredAt(320, 150));
    expect(move('ArrowLeft', here)).toEqual(centredAt(280, 150));
    // Screen y grows downwards: Up moves towards higher impact.
    expect(move('ArrowUp', here)).toEqual(centredAt(300, 140));
    expect(move('ArrowDown', here)).toEqual(centredAt(300, 160));
  });

  it('moves 1 % with Shift, for fine placement', () => {
    const here = centredAt(300, 150);
    expect(move('ArrowRight', here, {}, true)).toEqual(centredAt(304, 150));
    expect(move('ArrowUp', here, {}, true)).toEqual(centredAt(300, 148));
  });

  it('stops the card centre at the edges of the matrix', () => {
    expect(move('ArrowRight', centredAt(495, 150))).toEqual(centredAt(500, 150));
    expect(move('ArrowLeft', centredAt(105, 150))).toEqual(centredAt(100, 150));
    expect(move('ArrowUp', centredAt(300, 55))).toEqual(centredAt(300, 50));
    expect(move('ArrowDown', centredAt(300, 245))).toEqual(centredAt(300, 250));
    // On the edge the card is still on the matrix: another press keeps it there.
    expect(move('ArrowRight', centredAt(500, 150))).toEqual(centredAt(500, 150));
  });

  it('claims arrow keys from the page, so it does not scroll', () => {
    const event = key('ArrowDown');
    matrixKeyboardCoordinates(event, {
      active: 'model:open-data',
      currentCoordinates: centredAt(300, 150),
      context: context(),
    });
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('leaves keys other than the arrows to dnd-kit', () => {
    for (const code of ['Space', 'Enter', 'Escape', 'Tab', 'KeyA']) {
      const event = key(code);
      expect(
        matrixKeyboardCoordinates(event, {
          active: 'model:open-data',
          currentCoordinates: centredAt(300, 150),
          context: context(),
        }),
      ).toBeUndefined();
      expect(event.preventDefault).not.toHaveBeenCalled();
    }
  });

  it('uses the live matrix box, so an arrow right after pick-up already works', () => {
    // dnd-kit has not measured the matrix yet; the node is on the page.
    expect(move('ArrowRight', { x: 0, y: 0 }, { measured: null, live: matrixRect })).toEqual(
      centredAt(300, 150),
    );
    // The live box wins over an older measurement (e.g. after the window was resized).
    expect(
      move('ArrowRight', { x: 0, y: 0 }, { measured: rect(0, 0, 10, 10), live: matrixRect }),
    ).toEqual(centredAt(300, 150));
  });

  it('does nothing when there is no matrix to move onto', () => {
    expect(move('ArrowRight', { x: 0, y: 0 }, { measured: null })).toBeUndefined();
  });
});
