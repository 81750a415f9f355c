import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { CardTitle } from '../board/CardTitle';
import { useCardDraggable } from '../board/useCardDraggable';

type Props = {
  modelId: string;
  title: string;
  autoFocus: boolean;
  /** The participant answered "don't know" for this model. */
  skipped: boolean;
  onShowDetails: (modelId: string) => void;
};

/**
 * A model waiting in the tray: drag it onto the matrix, or open its full description.
 * Memoised: the tray re-renders when a drag starts, ends or passes over it; its cards do not.
 */
export const TrayCard = memo(function TrayCard(props: Props) {
  const { modelId, title, autoFocus, skipped, onShowDetails } = props;
  const { t } = useTranslation();
  const card = useCardDraggable({ modelId, onShowDetails, autoFocus });
  return (
    <li className={`tray-card${card.isDragging ? ' is-dragging' : ''}`}>
      <div
        ref={card.ref}
        className="tray-card-handle"
        {...card.props}
        aria-describedby={card.describedBy}
      >
        <CardTitle title={title} />
        {skipped && <span className="tray-card-skipped"> · {t('rounds.skipped')}</span>}
      </div>
      <button
        type="button"
        className="ghost info-button"
        aria-label={t('board.details', { title })}
        onClick={() => onShowDetails(modelId)}
      >
        i
      </button>
    </li>
  );
});
