import { KeyboardCode, type KeyboardCoordinateGetter } from '@dnd-kit/core';
import { MATRIX_DROP_ID } from './dragIds';
import { boxContains } from './matrixGeometry';

/** One arrow press moves a card this share of the matrix; with Shift, a fifth of it. */
const STEP = 0.05;

const DIRECTIONS: Partial<Record<string, { dx: number; dy: number }>> = {
  [KeyboardCode.Right]: { dx: 1, dy: 0 },
  [KeyboardCode.Left]: { dx: -1, dy: 0 },
  [KeyboardCode.Down]: { dx: 0, dy: 1 },
  [KeyboardCode.Up]: { dx: 0, dy: -1 },
};

/**
 * Keyboard moves scaled to the matrix. A card picked up in the tray jumps to the centre of the
 * matrix on the first arrow press (walking there in small steps would take dozens of presses),
 * then moves in steps of 5 % (1 % with Shift) and cannot leave the matrix.
 */
export const matrixKeyboardCoordinates: KeyboardCoordinateGetter = (
  event,
  { context, currentCoordinates },
) => {
  const direction = DIRECTIONS[event.code];
  // The live node's rect: dnd-kit measures droppables just after a drag starts, so an arrow
  // pressed right after pick-up could otherwise find no matrix yet.
  const matrix =
    context.droppableContainers.get(MATRIX_DROP_ID)?.node.current?.getBoundingClientRect() ??
    context.droppableRects.get(MATRIX_DROP_ID);
  const card = context.collisionRect;
  if (!direction || !matrix || !card) return undefined;
  event.preventDefault();

  const half = { x: card.width / 2, y: card.height / 2 };
  const centre = { x: currentCoordinates.x + half.x, y: currentCoordinates.y + half.y };
  if (!boxContains(matrix, centre)) {
    return {
      x: matrix.left + matrix.width / 2 - half.x,
      y: matrix.top + matrix.height / 2 - half.y,
    };
  }
  // Steps are a share of each axis, so ten presses cover the same distance in matrix space
  // whatever the matrix's on-screen proportions.
  const share = event.shiftKey ? STEP / 5 : STEP;
  const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));
  return {
    x: clamp(centre.x + direction.dx * share * matrix.width, matrix.left, matrix.right) - half.x,
    y: clamp(centre.y + direction.dy * share * matrix.height, matrix.top, matrix.bottom) - half.y,
  };
};
