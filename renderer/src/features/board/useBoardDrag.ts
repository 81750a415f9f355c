import {
  KeyboardSensor,
  MouseSensor,
  TouchSensor,
  useSensor,
  useSensors,
  type DragEndEvent,
  type DragStartEvent,
} from '@dnd-kit/core';
import { useCallback, useState } from 'react';
import type { Placement } from '@shared/domain/workshop';
import { placementsRepo } from '../../db/placementsRepo';
import { dropTargetDetection } from './collision';
import { MATRIX_DROP_ID, TRAY_DROP_ID, type CardDragData } from './dragIds';
import { matrixDropPosition } from './dropPosition';
import { matrixKeyboardCoordinates } from './keyboardCoordinates';
import { moveModelCommand, type Command, type Spot } from './placementCommands';
import { useAnnouncements } from './useAnnouncements';
import { useLastPointer } from './useLastPointer';

/**
 * Everything the board's DndContext needs: mouse, touch and keyboard sensors, where a drop
 * lands, and the command each drop runs (so undo covers drags).
 */
export function useBoardDrag(
  workshopId: string,
  placements: readonly Placement[],
  run: (command: Command) => Promise<void>,
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
    setActiveModelId((event.active.data.current as CardDragData).modelId);
  }, []);

  const onDragEnd = useCallback(
    (event: DragEndEvent) => {
      setActiveModelId(null);
      const { modelId } = event.active.data.current as CardDragData;
      const from = placements.find((p) => p.modelId === modelId)?.position ?? null;
      let to: Spot;
      if (event.over?.id === MATRIX_DROP_ID) {
        to = matrixDropPosition(
          event.activatorEvent,
          lastPointer.current,
          event.active,
          event.over,
        );
        if (!to) return;
      } else if (event.over?.id === TRAY_DROP_ID && from) {
        to = null;
      } else {
        return;
      }
      // Errors surface in the save indicator; the command is then not recorded.
      run(moveModelCommand(placementsRepo, workshopId, modelId, from, to)).catch(() => undefined);
    },
    [placements, run, workshopId, lastPointer],
  );

  const onDragCancel = useCallback(() => setActiveModelId(null), []);

  return {
    activeModelId,
    contextProps: {
      sensors,
      collisionDetection: dropTargetDetection,
      accessibility,
      onDragStart,
      onDragEnd,
      onDragCancel,
    },
  };
}
