import { useDndMonitor, useDraggable, type DndMonitorListener } from '@dnd-kit/core';
import {
  useCallback,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
  type SyntheticEvent,
} from 'react';
import { flushSync } from 'react-dom';
import { createActiveCardStore } from './activeCardStore';
import { CardDragContext, type CardDrag } from './cardDragContext';
import { cardDragId, isCardDragData } from './dragIds';

/** Registered while no card has been touched yet; cards arm the draggable before activating. */
const IDLE_ID = 'card:idle';

/**
 * The board's one draggable. dnd-kit re-renders every `useDraggable` consumer whenever its
 * contexts change (a drag starts or ends, the card crosses into the tray or the matrix), so with
 * a `useDraggable` per card, hundreds of cards re-rendered for one card moving. Here cards are
 * plain components; the first event that could start a drag on a card (mouse down, touch start,
 * key down) arms this single `useDraggable` with that card's id and DOM node, then hands the
 * event to dnd-kit's own activator. Sensors, activation constraints, keyboard moves,
 * announcements and focus restoring are dnd-kit's, unchanged. Only this component and the card
 * that is lifted or dropped re-render.
 */
export function CardDragProvider({ children }: { children: ReactNode }) {
  const [armedId, setArmedId] = useState<string | null>(null);
  const [activeCard] = useState(createActiveCardStore);
  const data = useMemo(() => (armedId ? { modelId: armedId } : undefined), [armedId]);
  const { setNodeRef, listeners, attributes } = useDraggable({
    id: armedId ? cardDragId(armedId) : IDLE_ID,
    data,
  });
  const latest = useRef({ armedId, listeners });
  useLayoutEffect(() => {
    latest.current = { armedId, listeners };
  });

  // From a press until the drop (or until a press turns out to be a click), another card must
  // not re-arm: that would unregister the card in hand.
  const busy = useRef(false);
  const monitor = useMemo<DndMonitorListener>(
    () => ({
      onDragPending: () => {
        busy.current = true;
      },
      onDragStart: ({ active }) => {
        busy.current = true;
        const lifted = active.data.current;
        activeCard.set(isCardDragData(lifted) ? lifted.modelId : null);
      },
      onDragAbort: () => {
        busy.current = false;
      },
      onDragEnd: () => {
        busy.current = false;
        activeCard.set(null);
      },
      onDragCancel: () => {
        busy.current = false;
        activeCard.set(null);
      },
    }),
    [activeCard],
  );
  useDndMonitor(monitor);

  const activate = useCallback(
    (eventName: string, modelId: string, event: SyntheticEvent<HTMLElement>) => {
      if (busy.current) return;
      // Synchronously, so dnd-kit finds the card registered while it handles this very event.
      if (latest.current.armedId !== modelId) flushSync(() => setArmedId(modelId));
      setNodeRef(event.currentTarget);
      latest.current.listeners?.[eventName]?.(event);
    },
    [setNodeRef],
  );

  const names = Object.keys(listeners ?? {}).join(' ');
  const describedBy = attributes['aria-describedby'];
  const value = useMemo<CardDrag>(
    () => ({ activate, eventNames: names.split(' ').filter(Boolean), describedBy, activeCard }),
    [activate, names, describedBy, activeCard],
  );
  return <CardDragContext value={value}>{children}</CardDragContext>;
}
