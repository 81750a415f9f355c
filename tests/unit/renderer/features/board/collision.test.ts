import type { Active, ClientRect, DroppableContainer } from '@dnd-kit/core';
import { describe, expect, it } from 'vitest';
import { dropTargetDetection } from '../../../../../renderer/src/features/board/collision';

function rect(left: number, top: number, width: number, height: number): ClientRect {
  return { left, top, width, height, right: left + width, bottom: top + height };
}

function container(id: string): DroppableContainer {
  return {
    id,
    key: id,
    data: { current: undefined },
    disabled: false,
    node: { current: null },
    rect: { current: null },
  };
}

const active: Active = {
  id: 'model:open-data',
  data: { current: { modelId: 'open-data' } },
  rect: { current: { initial: null, translated: null } },
};

// The tray on the left (0..200), the matrix on the right (220..620), both 0..400 high.
const tray = container('tray');
const matrix = container('matrix');
const droppableRects = new Map([
  ['tray', rect(0, 0, 200, 400)],
  ['matrix', rect(220, 0, 400, 400)],
]);

function detect(collisionRect: ClientRect, pointer: { x: number; y: number } | null) {
  return dropTargetDetection({
    active,
    collisionRect,
    droppableRects,
    droppableContainers: [tray, matrix],
    pointerCoordinates: pointer,
  }).map((collision) => collision.id);
}

describe('dropTargetDetection', () => {
  it('picks the drop target under the pointer for a mouse or touch drag', () => {
    // The card still mostly covers the tray, but the pointer is over the matrix.
    const card = rect(100, 100, 150, 40);
    expect(detect(card, { x: 240, y: 120 })).toEqual(['matrix']);
    expect(detect(card, { x: 120, y: 120 })).toEqual(['tray']);
  });

  it('finds no target when the pointer is over neither', () => {
    expect(detect(rect(100, 100, 150, 40), { x: 210, y: 120 })).toEqual([]);
    expect(detect(rect(100, 100, 150, 40), { x: 300, y: 500 })).toEqual([]);
  });

  it('picks the target containing the card centre for a keyboard drag', () => {
    // Centre (235, 120): over the matrix although most of the card overlaps the tray.
    expect(detect(rect(160, 100, 150, 40), null)).toEqual(['matrix']);
    // Centre (150, 120): over the tray.
    expect(detect(rect(75, 100, 150, 40), null)).toEqual(['tray']);
    // Centre (210, 120): in the gap between them.
    expect(detect(rect(135, 100, 150, 40), null)).toEqual([]);
  });

  it('hands back the droppable container, as dnd-kit expects', () => {
    const [collision] = dropTargetDetection({
      active,
      collisionRect: rect(400, 180, 40, 40),
      droppableRects,
      droppableContainers: [tray, matrix],
      pointerCoordinates: null,
    });
    expect(collision?.data?.droppableContainer).toBe(matrix);
  });

  it('ignores a droppable that has not been measured yet', () => {
    const unmeasured = container('elsewhere');
    const found = dropTargetDetection({
      active,
      collisionRect: rect(400, 180, 40, 40),
      droppableRects,
      droppableContainers: [unmeasured, matrix],
      pointerCoordinates: null,
    });
    expect(found.map((collision) => collision.id)).toEqual(['matrix']);
  });
});
