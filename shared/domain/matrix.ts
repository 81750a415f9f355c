/**
 * Matrix space: x = resources the model needs (0 = few, 1 = many), y = expected climate impact
 * (0 = low, 1 = high). Positions are stored in this space, never in pixels.
 */
export type Position = { x: number; y: number };

/** Clamps a number into [0, 1]; NaN becomes the centre so bad input never escapes the matrix. */
export function clampUnit(value: number): number {
  if (Number.isNaN(value)) return 0.5;
  return Math.min(1, Math.max(0, value));
}

/** A position moved into the matrix. */
export function clampPosition(position: Position): Position {
  return { x: clampUnit(position.x), y: clampUnit(position.y) };
}

/** Whether a value is a finite position inside the matrix. */
export function isPosition(value: unknown): value is Position {
  if (typeof value !== 'object' || value === null || !('x' in value) || !('y' in value)) {
    return false;
  }
  const { x, y } = value;
  return typeof x === 'number' && typeof y === 'number' && x >= 0 && x <= 1 && y >= 0 && y <= 1;
}
