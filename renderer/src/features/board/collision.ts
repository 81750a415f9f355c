import { pointerWithin, type CollisionDetection } from '@dnd-kit/core';
import { boxContains, centreOf } from './matrixGeometry';

/**
 * Where a card is dropped: under the pointer for mouse and touch, under the card's centre for
 * the keyboard (which has no pointer). The same rule decides the stored position, so what the
 * user sees highlighted is where the card lands.
 */
export const dropTargetDetection: CollisionDetection = (args) => {
  if (args.pointerCoordinates) return pointerWithin(args);
  const centre = centreOf(args.collisionRect);
  return args.droppableContainers
    .filter((container) => {
      const rect = args.droppableRects.get(container.id);
      return rect !== undefined && boxContains(rect, centre);
    })
    .map((container) => ({ id: container.id, data: { droppableContainer: container, value: 0 } }));
};
