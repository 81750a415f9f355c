import { useCallback, useRef, useState } from 'react';

export type SaveStatus =
  { state: 'saved' } | { state: 'saving' } | { state: 'failed'; error: unknown };

/**
 * Tracks writes so the board can show "saving…", "saved" or what failed. A failure stays on
 * screen until a write started after it succeeds: a slower write that began earlier must not
 * hide it. Failed writes are rethrown; nothing is retried silently.
 */
export function useSaveStatus() {
  const [status, setStatus] = useState<SaveStatus>({ state: 'saved' });
  const pending = useRef(0);
  const started = useRef(0);
  const lastFailure = useRef(-1);

  const track = useCallback(async (write: () => Promise<void>) => {
    const ticket = ++started.current;
    pending.current += 1;
    if (lastFailure.current < 0) setStatus({ state: 'saving' });
    try {
      await write();
      pending.current -= 1;
      if (ticket > lastFailure.current) lastFailure.current = -1;
      if (lastFailure.current < 0) {
        setStatus(pending.current === 0 ? { state: 'saved' } : { state: 'saving' });
      }
    } catch (error) {
      pending.current -= 1;
      lastFailure.current = Math.max(lastFailure.current, ticket);
      setStatus({ state: 'failed', error });
      throw error;
    }
  }, []);

  return { status, track };
}
