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
  /**
   * How it is drawn: on its point sized by its text ('free', before the matrix is measured), as
   * a titled label or as a numbered marker laid out apart from the others (see arrangeCards).
   */
  mode: 'free' | 'labels' | 'markers';
  /** The drawn box's top-left corner from the exact point, and its size, in pixels. */
  dx: number;
  dy: number;
  width: number;
  height: number;
  /** The marker's number (markers only; 0 otherwise, so a label's props do not change). */
  number: number;
  autoFocus: boolean;
  onShowDetails: (modelId: string) => void;
  onReturnToTray: (modelId: string) => void;
};

/**
 * A model on the matrix; drag it to move it or back to the tray, or press Delete to send it
 * back. The focusable element is a box of the drawn size centred on the exact point, which is
 * what a drag lifts (dnd-kit measures it), so a keyboard lift and drop in place keeps the point
 * even when the label is drawn away from it; the label inside is drawn where the layout put it
 * and takes the pointer. Memoised: a drop re-renders only the cards whose drawing changed.
 */
export const PlacedCard = memo(function PlacedCard(props: Props) {
  const { modelId, title, where, x, y, mode, dx, dy, width, height, number } = props;
  const { autoFocus, onShowDetails, onReturnToTray } = props;
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
  const boxed = mode !== 'free';
  return (
    <div
      ref={card.ref}
      className={`placed-card is-${mode}${card.isDragging ? ' is-dragging' : ''}`}
      style={{
        left: `${x * 100}%`,
        top: `${(1 - y) * 100}%`,
        ...(boxed ? { width, height } : {}),
      }}
      data-x={x.toFixed(3)}
      data-y={y.toFixed(3)}
      title={title}
      {...card.props}
      aria-label={title}
      aria-describedby={[whereId, card.describedBy].filter(Boolean).join(' ')}
    >
      <span
        className="placed-label"
        style={
          boxed
            ? { left: dx + width / 2, top: dy + height / 2, width, minHeight: height }
            : undefined
        }
      >
        {mode === 'markers' ? (
          <span className="placed-number" aria-hidden="true">
            {number}
          </span>
        ) : (
          <span className="placed-card-text">
            <CardTitle title={title} />
          </span>
        )}
      </span>
      <span id={whereId} className="visually-hidden">
        {where}
      </span>
    </div>
  );
});
