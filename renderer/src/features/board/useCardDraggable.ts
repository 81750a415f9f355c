import { useDraggable } from '@dnd-kit/core';
import { useEffect, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { cardDragId, type CardDragData } from './dragIds';

type Options = {
  modelId: string;
  onShowDetails: () => void;
  /** Focus the card when it appears, e.g. where a keyboard drop put it. */
  autoFocus: boolean;
  /** Extra keys the card understands (Delete on the matrix). */
  onKey?: (event: KeyboardEvent) => boolean;
};

/**
 * What tray cards and placed cards share: one draggable per model, Space to lift (dnd-kit's
 * keyboard sensor), Enter or a click to open the description, spoken in the UI language.
 */
export function useCardDraggable({ modelId, onShowDetails, autoFocus, onKey }: Options) {
  const { t } = useTranslation();
  const data: CardDragData = { modelId };
  const draggable = useDraggable({
    id: cardDragId(modelId),
    data,
    attributes: { roleDescription: t('dnd.roleDescription') },
  });
  const { node, listeners, isDragging } = draggable;

  useEffect(() => {
    if (autoFocus) node.current?.focus();
  }, [autoFocus, node]);

  const onKeyDown = (event: KeyboardEvent) => {
    // While lifted, every key belongs to the drag (Enter must not open a dialog mid-move).
    if (!isDragging && event.key === 'Enter') {
      event.preventDefault();
      onShowDetails();
      return;
    }
    if (!isDragging && onKey?.(event)) {
      event.preventDefault();
      return;
    }
    listeners?.onKeyDown?.(event);
  };

  return { ...draggable, onKeyDown };
}
