import {
  getClientRect,
  KeyboardSensor,
  MouseSensor,
  TouchSensor,
  useSensor,
  useSensors,
  type DndContextProps,
  type DragEndEvent,
  type DragStartEvent,
  type KeyboardSensorOptions,
  type MeasuringConfiguration,
  type MouseSensorOptions,
  type TouchSensorOptions,
} from '@dnd-kit/core';
import { useCallback, useLayoutEffect, useMemo, useRef } from 'react';
import type { Position } from '@shared/domain/matrix';
import { dropTargetDetection } from './collision';
import { isCardDragData, MATRIX_DROP_ID, TRAY_DROP_ID } from './dragIds';
import { isKeyboardEvent, matrixDropPosition } from './dropPosition';
import { matrixKeyboardCoordinates } from './keyboardCoordinates';
import { useAnnouncements } from './useAnnouncements';
import { useLastPointer } from './useLastPointer';

// Placed cards are centred with a CSS transform; dnd-kit ignores transforms by default and would
// start every drag half a card off, so a card lifted and dropped in place would drift.
const measuring: MeasuringConfiguration = { draggable: { measure: getClientRect } };

// Sensor options made once: useSensor keeps its sensor only while its options are the same
// object, and new sensors would re-render the drag context (see BoardWorkspace).
/** A small distance keeps clicks (open details) apart from drags. */
const MOUSE: MouseSensorOptions = { activationConstraint: { distance: 5 } };
/** On touch screens a short press starts a drag, so the tray can still be scrolled. */
const TOUCH: TouchSensorOptions = { activationConstraint: { delay: 180, tolerance: 8 } };
const KEYBOARD: KeyboardSensorOptions = {
  coordinateGetter: matrixKeyboardCoordinates,
  // Enter stays free to open a card's description.
  keyboardCodes: { start: ['Space'], end: ['Space'], cancel: ['Escape'] },
};

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
    useSensor(MouseSensor, MOUSE),
    useSensor(TouchSensor, TOUCH),
    useSensor(KeyboardSensor, KEYBOARD),
  );
  const keyboardDrag = useRef(false);
  const isKeyboardDrag = useCallback(() => keyboardDrag.current, []);
  const accessibility = useAnnouncements(isKeyboardDrag);
  const lastPointer = useLastPointer();

  const onDragStart = useCallback((event: DragStartEvent) => {
    keyboardDrag.current = isKeyboardEvent(event.activatorEvent);
  }, []);

  // Read when a drop happens, so that onDragEnd, and with it the drag context's props, stay the
  // same while placements change (see BoardWorkspace).
  const latest = useRef({ placedIds, onMove, focusCard });
  useLayoutEffect(() => {
    latest.current = { placedIds, onMove, focusCard };
  });

  const onDragEnd = useCallback(
    (event: DragEndEvent) => {
      const { placedIds, onMove, focusCard } = latest.current;
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
      focusCard(isKeyboardEvent(event.activatorEvent) ? data.modelId : null);
      onMove(data.modelId, to);
    },
    [lastPointer],
  );

  // Stable (until the language changes), so no change of the board re-renders the drag context.
  const contextProps = useMemo<DndContextProps>(
    () => ({
      sensors,
      measuring,
      collisionDetection: dropTargetDetection,
      accessibility,
      onDragStart,
      onDragEnd,
    }),
    [sensors, accessibility, onDragStart, onDragEnd],
  );
  return { contextProps };
}
