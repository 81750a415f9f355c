import { useCallback, useState } from 'react';

/** What the board shows: the group's matrix, one participant placing, the pooled round, groups. */
export type BoardViewName = 'agreed' | 'placing' | 'pooled' | 'compare';

export type BoardViewState = {
  view: BoardViewName;
  /** Who is placing in the placing view. */
  participantId: string | null;
  /** Which revealed round the pooled and compare views show; null = the newest. */
  round: number | null;
};

const initial: BoardViewState = { view: 'agreed', participantId: null, round: null };

/**
 * The board's view, kept for this window's session per workshop, so a reload in the middle of a
 * round returns to the same participant's board instead of the group's.
 */
export function useBoardView(workshopId: string) {
  const key = `board-view:${workshopId}`;
  const [state, setState] = useState<BoardViewState>(() => {
    try {
      const stored: unknown = JSON.parse(sessionStorage.getItem(key) ?? 'null');
      return isViewState(stored) ? stored : initial;
    } catch {
      return initial;
    }
  });
  const update = useCallback(
    (patch: Partial<BoardViewState>) =>
      setState((previous) => {
        const next = { ...previous, ...patch };
        try {
          sessionStorage.setItem(key, JSON.stringify(next));
        } catch {
          // A full or disabled session storage only costs the view after a reload.
        }
        return next;
      }),
    [key],
  );
  return [state, update] as const;
}

function isViewState(value: unknown): value is BoardViewState {
  if (typeof value !== 'object' || value === null) return false;
  const { view, participantId, round } = value as Record<string, unknown>;
  return (
    ['agreed', 'placing', 'pooled', 'compare'].includes(view as string) &&
    (participantId === null || typeof participantId === 'string') &&
    (round === null || (typeof round === 'number' && Number.isInteger(round)))
  );
}
