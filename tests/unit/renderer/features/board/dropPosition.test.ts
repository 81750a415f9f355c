// @vitest-environment jsdom
import type { Active, ClientRect, Over } from '@dnd-kit/core';
import { describe, expect, it } from 'vitest';
import {
  dropPoint,
  matrixDropPosition,
} from '../../../../../renderer/src/features/board/dropPosition';

function rect(left: number, top: number, width: number, height: number): ClientRect {
  return { left, top, width, height, right: left + width, bottom: top + height };
}

/** A dragged card whose translated box is `translated` (null before dnd-kit measured it). */
function activeCard(translated: ClientRect | null): Active {
  return {
    id: 'model:open-data',
    data: { current: { modelId: 'open-data' } },
    rect: { current: { initial: translated, translated } },
  };
}

function overMatrix(box: ClientRect): Over {
  return { id: 'matrix', rect: box, disabled: false, data: { current: undefined } };
}

// The matrix spans 100..500 across and 50..250 down; the card is 40 × 20.
const matrix = rect(100, 50, 400, 200);
const pointerDown = () => new PointerEvent('pointerdown');
const spaceDown = () => new KeyboardEvent('keydown', { code: 'Space' });

describe('dropPoint', () => {
  it('is the last pointer position for a mouse or touch drag, wherever the card box is', () => {
    const card = activeCard(rect(0, 0, 40, 20));
    expect(dropPoint(pointerDown(), { x: 321, y: 123 }, card)).toEqual({ x: 321, y: 123 });
    expect(dropPoint(new MouseEvent('mousedown'), { x: 5, y: 6 }, card)).toEqual({ x: 5, y: 6 });
  });

  it('is the card centre for a keyboard drag, even if the mouse was seen somewhere', () => {
    const card = activeCard(rect(280, 140, 40, 20));
    expect(dropPoint(spaceDown(), { x: 1, y: 1 }, card)).toEqual({ x: 300, y: 150 });
  });

  it('falls back to the card centre when no pointer position was seen', () => {
    const card = activeCard(rect(280, 140, 40, 20));
    expect(dropPoint(pointerDown(), null, card)).toEqual({ x: 300, y: 150 });
  });

  it('is unknown when neither a pointer nor a measured card is available', () => {
    expect(dropPoint(spaceDown(), null, activeCard(null))).toBeNull();
  });
});

describe('matrixDropPosition', () => {
  it('is null when the card was not dropped on the matrix', () => {
    expect(matrixDropPosition(pointerDown(), { x: 300, y: 150 }, activeCard(null), null)).toBe(
      null,
    );
  });

  it('turns the pointer into a matrix position, impact growing upwards', () => {
    const card = activeCard(rect(0, 0, 40, 20));
    const at = (x: number, y: number) =>
      matrixDropPosition(pointerDown(), { x, y }, card, overMatrix(matrix));
    expect(at(300, 150)).toEqual({ x: 0.5, y: 0.5 });
    // Left quarter, top quarter: few resources, high impact.
    expect(at(200, 100)).toEqual({ x: 0.25, y: 0.75 });
    expect(at(100, 250)).toEqual({ x: 0, y: 0 });
    expect(at(500, 50)).toEqual({ x: 1, y: 1 });
  });

  it('keeps a drop just outside the matrix box on its edge', () => {
    const card = activeCard(rect(0, 0, 40, 20));
    expect(matrixDropPosition(pointerDown(), { x: 520, y: 40 }, card, overMatrix(matrix))).toEqual({
      x: 1,
      y: 1,
    });
  });

  it('uses the card centre for a keyboard drop', () => {
    // Card centre (200, 200): a quarter across, a quarter up.
    const card = activeCard(rect(180, 190, 40, 20));
    expect(matrixDropPosition(spaceDown(), { x: 480, y: 60 }, card, overMatrix(matrix))).toEqual({
      x: 0.25,
      y: 0.25,
    });
  });
});
