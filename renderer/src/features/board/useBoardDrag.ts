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
import type { PlacementsRepo } from '../../db/placementsRepo';
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

type Options = {
  workshopId: string;
  /** Where drops are written (the bench passes its own database). */
  repo: PlacementsRepo;
  placedIds: ReadonlySet<string>;
  run: (command: Command) => Promise<void>;
  focusCard: (modelId: string | null) => void;
};

/**
 * Everything the board's DndContext needs: mouse, touch and keyboard sensors, where a drop
 * lands, and the command each drop runs (so undo covers drags). After a keyboard drop, focus
 * follows the card to where it landed. Which card is lifted is CardDragProvider's business.
 */
export function useBoardDrag({ workshopId, repo, placedIds, run, focusCard }: Options) {
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
      // Errors surface in the save indicator; the command is then not recorded.
      run(moveModelCommand(repo, workshopId, data.modelId, to)).catch(() => undefined);
    },
    [placedIds, run, repo, workshopId, lastPointer, focusCard],
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
