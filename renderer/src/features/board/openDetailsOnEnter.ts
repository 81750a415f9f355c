import type { DraggableSyntheticListeners } from '@dnd-kit/core';
import type { KeyboardEvent } from 'react';

/**
 * Space picks a card up (dnd-kit's keyboard sensor); Enter opens its description, as a button
 * would. Both live on the same focusable card.
 */
export function openDetailsOnEnter(listeners: DraggableSyntheticListeners, open: () => void) {
  return (event: KeyboardEvent) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      open();
      return;
    }
    listeners?.onKeyDown?.(event);
  };
}
