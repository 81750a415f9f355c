import { useContext, useSyncExternalStore } from 'react';
import { CardDragContext } from './cardDragContext';

/** The card under the pointer while dragging (inside dnd-kit's DragOverlay). */
export function DragPreview({ titleOf }: { titleOf: (modelId: string) => string }) {
  const { activeCard } = useContext(CardDragContext);
  const modelId = useSyncExternalStore(activeCard.subscribe, activeCard.get);
  return modelId ? <div className="drag-overlay">{titleOf(modelId)}</div> : null;
}
