import { clampPosition, type Position } from '@shared/domain/matrix';

export type Point = { x: number; y: number };
export type Box = { left: number; top: number; width: number; height: number };

/**
 * The matrix-space position of a screen point over the matrix box. Screen y grows downwards,
 * impact grows upwards. Points outside the box land on its edge.
 */
export function pointToPosition(point: Point, box: Box): Position {
  return clampPosition({
    x: (point.x - box.left) / box.width,
    y: 1 - (point.y - box.top) / box.height,
  });
}

/** Whether a screen point lies inside the box (edges included). */
export function boxContains(box: Box, point: Point): boolean {
  return (
    point.x >= box.left &&
    point.x <= box.left + box.width &&
    point.y >= box.top &&
    point.y <= box.top + box.height
  );
}

/** The centre of a box. */
export function centreOf(box: Box): Point {
  return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
}
