import { memo } from 'react';
import { CardTitle } from './CardTitle';
import { useCardDraggable } from './useCardDraggable';

type Props = {
  modelId: string;
  title: string;
  /** Where the card sits, said to screen readers (the quadrant's name). */
  where: string;
  /** Matrix position (0..1), as plain numbers so unchanged cards keep equal props. */
  x: number;
  y: number;
  autoFocus: boolean;
  onShowDetails: (modelId: string) => void;
  onReturnToTray: (modelId: string) => void;
};

/**
 * A model on the matrix, centred on its position; drag it to move it or back to the tray,
 * or press Delete to send it back. Memoised: a drop re-renders only the card that moved.
 */
export const PlacedCard = memo(function PlacedCard(props: Props) {
  const { modelId, title, where, x, y, autoFocus, onShowDetails, onReturnToTray } = props;
  const card = useCardDraggable({
    modelId,
    onShowDetails,
    autoFocus,
    keepsFocusWhenRedrawn: true,
    onKey: (event) => {
      if (event.key !== 'Delete' && event.key !== 'Backspace') return false;
      onReturnToTray(modelId);
      return true;
    },
  });
  const whereId = `where-${modelId}`;
  return (
    <div
      ref={card.ref}
      className={`placed-card${card.isDragging ? ' is-dragging' : ''}`}
      style={{ left: `${x * 100}%`, top: `${(1 - y) * 100}%` }}
      data-x={x.toFixed(3)}
      data-y={y.toFixed(3)}
      title={title}
      {...card.props}
      aria-label={title}
      aria-describedby={[whereId, card.describedBy].filter(Boolean).join(' ')}
    >
      <span className="placed-card-text">
        <CardTitle title={title} />
      </span>
      <span id={whereId} className="visually-hidden">
        {where}
      </span>
    </div>
  );
});
