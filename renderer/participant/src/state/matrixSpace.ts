// Screen points to matrix space and back: x = resources (0 few, 1 many) left to right,
// y = climate impact (0 low, 1 high) bottom to top, as on the facilitator's board.
import { clampUnit, type Position } from '@shared/domain/matrix';
import type { Quadrant } from '@shared/domain/quadrant';

export type Box = { left: number; top: number; width: number; height: number };

/** The matrix position of a screen point over the matrix's box, kept inside the matrix. */
export function positionInBox(point: { x: number; y: number }, box: Box): Position {
  if (box.width <= 0 || box.height <= 0) return { x: 0.5, y: 0.5 };
  return {
    x: round(clampUnit((point.x - box.left) / box.width)),
    y: round(clampUnit(1 - (point.y - box.top) / box.height)),
  };
}

/** Where a model goes when placed in a quadrant without a point (keyboard): its centre. */
export const QUADRANT_CENTRES: Record<Quadrant, Position> = {
  'quick-wins': { x: 0.25, y: 0.75 },
  strategic: { x: 0.75, y: 0.75 },
  'fill-ins': { x: 0.25, y: 0.25 },
  reconsider: { x: 0.75, y: 0.25 },
};

/** Three decimals: finer than any finger, and short on the wire. */
function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
