import { useDraggable } from '@dnd-kit/core';
import { useTranslation } from 'react-i18next';
import { cardDragId, type CardDragData } from '../board/dragIds';
import { openDetailsOnEnter } from '../board/openDetailsOnEnter';

type Props = { modelId: string; title: string; onShowDetails: () => void };

/** A model waiting in the tray: drag it onto the matrix, or open its full description. */
export function TrayCard({ modelId, title, onShowDetails }: Props) {
  const { t } = useTranslation();
  const data: CardDragData = { modelId, from: 'tray' };
  const { setNodeRef, attributes, listeners, isDragging } = useDraggable({
    id: cardDragId(modelId),
    data,
  });
  return (
    <li className={`tray-card${isDragging ? ' is-dragging' : ''}`}>
      <div
        ref={setNodeRef}
        className="tray-card-handle"
        {...attributes}
        {...listeners}
        onKeyDown={openDetailsOnEnter(listeners, onShowDetails)}
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
