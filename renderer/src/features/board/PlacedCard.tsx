import { useDraggable } from '@dnd-kit/core';
import type { Position } from '@shared/domain/matrix';
import { cardDragId, type CardDragData } from './dragIds';
import { openDetailsOnEnter } from './openDetailsOnEnter';

type Props = {
  modelId: string;
  title: string;
  position: Position;
  onShowDetails: () => void;
};

/** A model on the matrix, centred on its position; drag it to move it or back to the tray. */
export function PlacedCard({ modelId, title, position, onShowDetails }: Props) {
  const data: CardDragData = { modelId, from: 'matrix' };
  const { setNodeRef, attributes, listeners, isDragging } = useDraggable({
    id: cardDragId(modelId),
    data,
  });
  return (
    <div
      ref={setNodeRef}
      className={`placed-card${isDragging ? ' is-dragging' : ''}`}
      style={{ left: `${position.x * 100}%`, top: `${(1 - position.y) * 100}%` }}
      data-x={position.x.toFixed(3)}
      data-y={position.y.toFixed(3)}
      title={title}
      {...attributes}
      {...listeners}
      onKeyDown={openDetailsOnEnter(listeners, onShowDetails)}
      onClick={onShowDetails}
    >
      <span className="placed-card-text">{title}</span>
    </div>
  );
}
