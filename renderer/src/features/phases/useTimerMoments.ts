import { useEffect, useRef } from 'react';

export type TimerMoment = 'oneMinuteLeft' | 'timesUp';

const ONE_MINUTE_MS = 60_000;

/**
 * Calls `onMoment` when a running countdown crosses one minute left and when it reaches zero,
 * and at no other time: not every second, not when a timer that ran out earlier is shown
 * again after a reload, and not when another run or phase is shown. `run` names the run
 * (e.g. its start time); a moment counts only when the run before and after is the same.
 */
export function useTimerMoments(
  run: string | null,
  remainingMs: number,
  onMoment: (moment: TimerMoment) => void,
): void {
  const previous = useRef<{ run: string | null; remainingMs: number } | null>(null);
  const latestOnMoment = useRef(onMoment);
  useEffect(() => {
    latestOnMoment.current = onMoment;
  });

  useEffect(() => {
    const before = previous.current;
    previous.current = { run, remainingMs };
    if (run === null || before?.run !== run) return;
    if (before.remainingMs > 0 && remainingMs === 0) latestOnMoment.current('timesUp');
    else if (before.remainingMs > ONE_MINUTE_MS && remainingMs <= ONE_MINUTE_MS) {
      latestOnMoment.current('oneMinuteLeft');
    }
  }, [run, remainingMs]);
}
