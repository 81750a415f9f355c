import { useSyncExternalStore } from 'react';

/** How the board is drawn, chosen by the facilitator; remembered for the browser session. */
export type BoardDisplay = {
  /** Numbered markers with a key beside the matrix instead of titled labels. */
  markers: boolean;
  /** The catalogue tray folded away, so the matrix takes its room. */
  trayCollapsed: boolean;
};

const KEY = 'klimatverkstad.boardDisplay';
const DEFAULT: BoardDisplay = { markers: false, trayCollapsed: false };

function read(): BoardDisplay {
  try {
    const stored: unknown = JSON.parse(sessionStorage.getItem(KEY) ?? 'null');
    if (typeof stored !== 'object' || stored === null) return DEFAULT;
    const { markers, trayCollapsed } = stored as Record<string, unknown>;
    return { markers: markers === true, trayCollapsed: trayCollapsed === true };
  } catch {
    return DEFAULT;
  }
}

let current: BoardDisplay | null = null;
const listeners = new Set<() => void>();

const get = () => (current ??= read());

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** Changes the display for every board on the page and keeps it for the session. */
export function setBoardDisplay(change: Partial<BoardDisplay>) {
  current = { ...get(), ...change };
  try {
    sessionStorage.setItem(KEY, JSON.stringify(current));
  } catch {
    // Storage refused (private mode, quota): the choice holds until the page is reloaded.
  }
  listeners.forEach((listener) => listener());
}

/** Back to the defaults (tests). */
export function resetBoardDisplay() {
  current = null;
  try {
    sessionStorage.removeItem(KEY);
  } catch {
    // Nothing stored.
  }
  listeners.forEach((listener) => listener());
}

/** The board's display settings; re-renders only when they change. */
export function useBoardDisplay(): BoardDisplay {
  return useSyncExternalStore(subscribe, get, get);
}
