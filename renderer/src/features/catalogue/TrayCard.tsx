import { useTranslation } from 'react-i18next';
import { useCardDraggable } from '../board/useCardDraggable';

type Props = { modelId: string; title: string; autoFocus: boolean; onShowDetails: () => void };

/** A model waiting in the tray: drag it onto the matrix, or open its full description. */
export function TrayCard({ modelId, title, autoFocus, onShowDetails }: Props) {
  const { t } = useTranslation();
  const { setNodeRef, attributes, listeners, isDragging, onKeyDown } = useCardDraggable({
    modelId,
    onShowDetails,
    autoFocus,
  });
  return (
    <li className={`tray-card${isDragging ? ' is-dragging' : ''}`}>
      <div
        ref={setNodeRef}
        className="tray-card-handle"
        {...attributes}
        {...listeners}
        onKeyDown={onKeyDown}
        onClick={onShowDetails}
      >
        {title}
      </div>
      <button
        type="button"
        className="ghost info-button"
        aria-label={t('board.details', { title })}
        onClick={onShowDetails}
      >
        i
      </button>
    </li>
  );
}
