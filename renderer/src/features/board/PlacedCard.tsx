import type { Position } from '@shared/domain/matrix';
import { useCardDraggable } from './useCardDraggable';

type Props = {
  modelId: string;
  title: string;
  /** Where the card sits, said to screen readers (the quadrant's name). */
  where: string;
  position: Position;
  autoFocus: boolean;
  onShowDetails: () => void;
  onReturnToTray: () => void;
};

/**
 * A model on the matrix, centred on its position; drag it to move it or back to the tray,
 * or press Delete to send it back.
 */
export function PlacedCard(props: Props) {
  const { modelId, title, where, position, autoFocus, onShowDetails, onReturnToTray } = props;
  const { setNodeRef, attributes, listeners, isDragging, onKeyDown } = useCardDraggable({
    modelId,
    onShowDetails,
    autoFocus,
    onKey: (event) => {
      if (event.key !== 'Delete' && event.key !== 'Backspace') return false;
      onReturnToTray();
      return true;
    },
  });
  const whereId = `where-${modelId}`;
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
      aria-label={title}
      aria-describedby={`${whereId} ${attributes['aria-describedby']}`}
      onKeyDown={onKeyDown}
      onClick={onShowDetails}
    >
      <span className="placed-card-text">{title}</span>
      <span id={whereId} className="visually-hidden">
        {where}
      </span>
    </div>
  );
}
