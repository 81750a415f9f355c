import { createContext, type SyntheticEvent } from 'react';
import { createActiveCardStore, type ActiveCardStore } from './activeCardStore';

/**
 * What a card needs to be draggable, from CardDragProvider. Every value is stable during a drag,
 * so no card re-renders because the drag moved.
 */
export type CardDrag = {
  /** Hands an event that may start a drag (mouse down, touch start, key down) to dnd-kit. */
  activate: (eventName: string, modelId: string, event: SyntheticEvent<HTMLElement>) => void;
  /** The React event props that may start a drag: one per sensor activator. */
  eventNames: readonly string[];
  /** Id of dnd-kit's hidden "how to drag" instructions. */
  describedBy: string | undefined;
  activeCard: ActiveCardStore;
};

/** Outside a provider cards still render (role, name, details) but cannot be dragged. */
export const CardDragContext = createContext<CardDrag>({
  activate: () => undefined,
  eventNames: [],
  describedBy: undefined,
  activeCard: createActiveCardStore(),
});
