export type Persistence = 'persistent' | 'best-effort' | 'unknown';

let state: Persistence = 'unknown';
const listeners = new Set<() => void>();

/**
 * Asks the browser to keep this origin's data under storage pressure (it may say no; Chromium
 * decides by engagement, installed apps always get it). Called once at start.
 */
export async function requestPersistence(
  storage: StorageManager | null = globalThis.navigator?.storage ?? null,
): Promise<Persistence> {
  try {
    const granted = (await storage?.persisted?.()) || (await storage?.persist?.());
    state = granted === undefined ? 'unknown' : granted ? 'persistent' : 'best-effort';
  } catch {
    state = 'unknown';
  }
  listeners.forEach((notify) => notify());
  return state;
}

/** For useSyncExternalStore: what the browser answered. */
export const persistence = {
  subscribe(notify: () => void) {
    listeners.add(notify);
    return () => listeners.delete(notify);
  },
  get: () => state,
};
