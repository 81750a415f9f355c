import { useCallback, useRef, useState } from 'react';

export type SaveStatus =
  { state: 'saved' } | { state: 'saving' } | { state: 'failed'; error: unknown };

/**
 * Tracks writes so the board can show "saving…", "saved" or what failed. A failed write is
 * reported and rethrown: the caller decides what to keep; nothing is retried silently.
 */
export function useSaveStatus() {
  const [status, setStatus] = useState<SaveStatus>({ state: 'saved' });
  const pending = useRef(0);

  const track = useCallback(async (write: () => Promise<void>) => {
    pending.current += 1;
    setStatus({ state: 'saving' });
    try {
      await write();
      pending.current -= 1;
      if (pending.current === 0) setStatus({ state: 'saved' });
    } catch (error) {
      pending.current -= 1;
      setStatus({ state: 'failed', error });
      throw error;
    }
  }, []);

  return { status, track };
}
