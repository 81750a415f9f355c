import {
  getClientRect,
  KeyboardSensor,
  MouseSensor,
  TouchSensor,
  useSensor,
  useSensors,
  type DragEndEvent,
  type DragStartEvent,
  type MeasuringConfiguration,
} from '@dnd-kit/core';
import { useCallback, useState } from 'react';
import { placementsRepo } from '../../db/placementsRepo';
import { dropTargetDetection } from './collision';
import { isCardDragData, MATRIX_DROP_ID, TRAY_DROP_ID } from './dragIds';
import { matrixDropPosition } from './dropPosition';
import { matrixKeyboardCoordinates } from './keyboardCoordinates';
import { moveModelCommand, type Command, type Spot } from './placementCommands';
import { useAnnouncements } from './useAnnouncements';
import { useLastPointer } from './useLastPointer';

// Placed cards are centred with a CSS transform; dnd-kit ignores transforms by default and would
// start every drag half a card off, so a card lifted and dropped in place would drift.
const measuring: MeasuringConfiguration = { draggable: { measure: getClientRect } };

/**
 * Everything the board's DndContext needs: mouse, touch and keyboard sensors, where a drop
 * lands, and the command each drop runs (so undo covers drags). After a keyboard drop, focus
 * follows the card to where it landed.
 */
export function useBoardDrag(
  workshopId: string,
  placedIds: ReadonlySet<string>,
  run: (command: Command) => Promise<void>,
  focusCard: (modelId: string | null) => void,
) {
  const [activeModelId, setActiveModelId] = useState<string | null>(null);
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

  const onDragStart = useCallback((event: DragStartEvent) => {
    const data = event.active.data.current;
    setActiveModelId(isCardDragData(data) ? data.modelId : null);
  }, []);

  const onDragEnd = useCallback(
    (event: DragEndEvent) => {
      setActiveModelId(null);
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
      // Errors surface in the save indicator; the command is then not recorded.
      run(moveModelCommand(placementsRepo, workshopId, data.modelId, to)).catch(() => undefined);
    },
    [placedIds, run, workshopId, lastPointer, focusCard],
  );

  const onDragCancel = useCallback(() => setActiveModelId(null), []);

  return {
    activeModelId,
    contextProps: {
      sensors,
      measuring,
      collisionDetection: dropTargetDetection,
      accessibility,
      onDragStart,
      onDragEnd,
      onDragCancel,
    },
  };
}
