import { useContext, useSyncExternalStore } from 'react';
import { CardDragContext } from './cardDragContext';
import { CardTitle } from './CardTitle';

/** The card under the pointer while dragging (inside dnd-kit's DragOverlay). */
export function DragPreview({ titleOf }: { titleOf: (modelId: string) => string }) {
  const { activeCard } = useContext(CardDragContext);
  const modelId = useSyncExternalStore(activeCard.subscribe, activeCard.get);
  return modelId ? (
    <div className="drag-overlay">
      <CardTitle title={titleOf(modelId)} />
    </div>
  ) : null;
}
