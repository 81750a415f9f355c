/**
 * Which card is in the user's hand, outside React state: each card subscribes with its own
 * selector (`get() === myId`), so a drag starting or ending re-renders only the card it concerns
 * instead of every card on the board.
 */
export type ActiveCardStore = {
  get: () => string | null;
  set: (modelId: string | null) => void;
  subscribe: (onChange: () => void) => () => void;
};

export function createActiveCardStore(): ActiveCardStore {
  let active: string | null = null;
  const listeners = new Set<() => void>();
  return {
    get: () => active,
    set(modelId) {
      if (modelId === active) return;
      active = modelId;
      listeners.forEach((notify) => notify());
    },
    subscribe(onChange) {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
  };
}
