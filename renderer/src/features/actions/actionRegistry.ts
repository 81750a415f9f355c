import type { Action } from './action';

/**
 * The actions the screens have registered now (through `useActionKeys`), for the shortcuts
 * panel: what it lists is what the keys do at this moment. Each screen's list is one entry,
 * replaced when its actions change and dropped when it goes away.
 */
const sources = new Map<symbol, readonly Action[]>();
const listeners = new Set<() => void>();
let snapshot: readonly Action[] = [];

function changed() {
  snapshot = [...sources.values()].flat();
  for (const listener of listeners) listener();
}

export const actionRegistry = {
  set(source: symbol, actions: readonly Action[]): void {
    sources.set(source, actions);
    changed();
  },
  remove(source: symbol): void {
    if (sources.delete(source)) changed();
  },
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  /** Every registered action, in the order the screens registered them; a stable array. */
  current(): readonly Action[] {
    return snapshot;
  },
};
