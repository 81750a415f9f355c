import {
  useContext,
  useEffect,
  useLayoutEffect,
  useRef,
  useSyncExternalStore,
  type KeyboardEvent,
  type SyntheticEvent,
} from 'react';
import { useTranslation } from 'react-i18next';
import { CardDragContext } from './cardDragContext';

type Options = {
  modelId: string;
  onShowDetails: (modelId: string) => void;
  /** Focus the card when it appears, e.g. where a keyboard drop put it. */
  autoFocus: boolean;
  /** Extra keys the card understands (Delete on the matrix). */
  onKey?: (event: KeyboardEvent<HTMLElement>) => boolean;
  /**
   * The card is drawn anew when it moves (placed cards, see Matrix): the new element takes the
   * focus the old one had.
   */
  keepsFocusWhenRedrawn?: boolean;
};

/**
 * The model whose focused card element was just removed, for its new element in the same commit
 * (React removes the old element, then lays out the new one); cleared once that commit is done.
 */
let focusHandedOver: string | null = null;

type Handler = (event: SyntheticEvent<HTMLElement>) => void;

/**
 * What tray cards and placed cards share: a button that CardDragProvider can lift, Space to lift
 * (dnd-kit's keyboard sensor), Enter or a click to open the description, spoken in the UI
 * language. The card re-renders when it is lifted or put down, not while it moves.
 */
export function useCardDraggable(options: Options) {
  const { modelId, onShowDetails, autoFocus, onKey, keepsFocusWhenRedrawn = false } = options;
  const { t } = useTranslation();
  const drag = useContext(CardDragContext);
  const ref = useRef<HTMLDivElement>(null);
  const isDragging = useSyncExternalStore(
    drag.activeCard.subscribe,
    () => drag.activeCard.get() === modelId,
  );

  useEffect(() => {
    if (autoFocus) ref.current?.focus();
  }, [autoFocus]);

  useLayoutEffect(() => {
    if (!keepsFocusWhenRedrawn) return;
    const element = ref.current;
    if (focusHandedOver === modelId) {
      focusHandedOver = null;
      element?.focus();
    }
    return () => {
      // Unmounting: the element is still on the page, so whether it has focus can be read.
      if (element === null || element !== document.activeElement) return;
      focusHandedOver = modelId;
      queueMicrotask(() => {
        if (focusHandedOver === modelId) focusHandedOver = null;
      });
    };
  }, [modelId, keepsFocusWhenRedrawn]);

  const activators: Record<string, Handler> = Object.fromEntries(
    drag.eventNames.map((name) => [name, (event) => drag.activate(name, modelId, event)]),
  );
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    // While lifted, every key belongs to the drag (Enter must not open a dialog mid-move).
    if (!isDragging && event.key === 'Enter') {
      event.preventDefault();
      onShowDetails(modelId);
      return;
    }
    if (!isDragging && onKey?.(event)) {
      event.preventDefault();
      return;
    }
    activators.onKeyDown?.(event);
  };

  return {
    ref,
    isDragging,
    /** dnd-kit's hidden instructions, to join with the card's own description. */
    describedBy: drag.describedBy,
    /** Spread onto the card's element. */
    props: {
      role: 'button',
      tabIndex: 0,
      'aria-pressed': isDragging || undefined,
      'aria-roledescription': t('dnd.roleDescription'),
      ...activators,
      onKeyDown,
      onClick: () => onShowDetails(modelId),
    },
  };
}
