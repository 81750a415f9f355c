import {
  getClientRect,
  KeyboardSensor,
  MouseSensor,
  TouchSensor,
  useSensor,
  useSensors,
  type DndContextProps,
  type DragEndEvent,
  type MeasuringConfiguration,
} from '@dnd-kit/core';
import { useCallback, useMemo } from 'react';
import type { Position } from '@shared/domain/matrix';
import { dropTargetDetection } from './collision';
import { isCardDragData, MATRIX_DROP_ID, TRAY_DROP_ID } from './dragIds';
import { matrixDropPosition } from './dropPosition';
import { matrixKeyboardCoordinates } from './keyboardCoordinates';
import { useAnnouncements } from './useAnnouncements';
import { useLastPointer } from './useLastPointer';

// Placed cards are centred with a CSS transform; dnd-kit ignores transforms by default and would
// start every drag half a card off, so a card lifted and dropped in place would drift.
const measuring: MeasuringConfiguration = { draggable: { measure: getClientRect } };

/** Where a model sits: a matrix position, or null for the tray. */
export type Spot = Position | null;

/** What the board does with a drop: "model M moved to spot S". */
export type MoveModel = (modelId: string, to: Spot) => void;

type Options = {
  placedIds: ReadonlySet<string>;
  onMove: MoveModel;
  focusCard: (modelId: string | null) => void;
};

/**
 * Everything the board's DndContext needs: mouse, touch and keyboard sensors, where a drop
 * lands, reported as "model M moved to spot S" (the screen decides what that changes: the
 * group's position or a participant's vote). After a keyboard drop, focus follows the card to
 * where it landed. Which card is lifted is CardDragProvider's business.
 */
export function useBoardDrag({ placedIds, onMove, focusCard }: Options) {
  const sensors = useSensors(
    // A small distance keeps clicks (open details) apart from drags.
    useSensor(MouseSensor, { activationConstraint: { distance: 5 } }),
    // On touch screens a short press starts a drag, so the tray can still be scrolled.
    useSensor(TouchSensor, { activationConstraint: { delay: 180, tolerance: 8 } }),
    useSensor(KeyboardSensor, {
      coordinateGetter: matrixKeyboardCoordinates,
      // Enter stays free to open a card's description.
      keyboardCodes: { start: ['Space'], end: ['Space'], cancel: ['Escape'] },
    }),
  );
  const accessibility = useAnnouncements();
  const lastPointer = useLastPointer();

  const onDragEnd = useCallback(
    (event: DragEndEvent) => {
      const data = event.active.data.current;
      if (!isCardDragData(data)) return;
      let to: Spot;
      if (event.over?.id === MATRIX_DROP_ID) {
        to = matrixDropPosition(
          event.activatorEvent,
          lastPointer.current,
          event.active,
          event.over,
        );
        if (!to) return;
      } else if (event.over?.id === TRAY_DROP_ID && placedIds.has(data.modelId)) {
        to = null;
      } else {
        return;
      }
      focusCard(event.activatorEvent instanceof KeyboardEvent ? data.modelId : null);
      onMove(data.modelId, to);
    },
    [placedIds, onMove, lastPointer, focusCard],
  );

  // Stable between drops, so the board's other state changes do not re-render the drag context.
  const contextProps = useMemo<DndContextProps>(
    () => ({
      sensors,
      measuring,
      collisionDetection: dropTargetDetection,
      accessibility,
      onDragEnd,
    }),
    [sensors, accessibility, onDragEnd],
  );
  return { contextProps };
}
