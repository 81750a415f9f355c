import type { Active, Over } from '@dnd-kit/core';
import type { Position } from '@shared/domain/matrix';
import { centreOf, pointToPosition, type Point } from './matrixGeometry';

/** Whether a drag was started with the keyboard (dnd-kit hands over the event that started it). */
export const isKeyboardEvent = (event: Event | null) =>
  typeof KeyboardEvent !== 'undefined' && event instanceof KeyboardEvent;

/**
 * The screen point a drag ends at: the last pointer position for mouse and touch, the card's
 * centre for the keyboard (which has no pointer). Must match `dropTargetDetection`.
 *
 * dnd-kit's `delta` cannot be used for the pointer: it includes the scrolling of the tray during
 * the drag, so a card dragged out of a scrolled tray would land off by the scroll distance.
 */
export function dropPoint(activatorEvent: Event | null, lastPointer: Point | null, active: Active) {
  if (lastPointer && !isKeyboardEvent(activatorEvent)) return lastPointer;
  const rect = active.rect.current.translated;
  return rect ? centreOf(rect) : null;
}

/** The matrix position a card dropped on the matrix takes, or null if it was not over it. */
export function matrixDropPosition(
  activatorEvent: Event | null,
  lastPointer: Point | null,
  active: Active,
  over: Over | null,
): Position | null {
  if (!over) return null;
  const point = dropPoint(activatorEvent, lastPointer, active);
  return point ? pointToPosition(point, over.rect) : null;
}
