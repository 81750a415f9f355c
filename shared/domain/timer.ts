/**
 * A countdown stored as data, not as a ticking counter: the remaining time is derived from the
 * clock whenever it is shown, so a reload, a sleeping laptop or a second window all show the
 * same time, and a paused timer stays paused.
 */
export type TimerState = {
  /**
   * The length of the current run: the whole time box before the first start, else what was
   * left when it last started, plus any minutes added since.
   */
  durationMs: number;
  /** When the current run started (ms since 1970); null while not started or paused. */
  startedAt: number | null;
  /** What was left when it was paused; null while not started or running. */
  pausedRemainingMs: number | null;
};

export type TimerStatus = 'idle' | 'running' | 'paused' | 'done';

const MINUTE_MS = 60_000;

/** Longest countdown: 99 minutes keeps mm:ss two digits wide and is longer than any phase. */
export const MAX_TIMER_MS = 99 * MINUTE_MS;

const clampMs = (ms: number) => Math.min(MAX_TIMER_MS, Math.max(0, Math.round(ms)));

/** A timer not yet started, set to `durationMs` (capped at `MAX_TIMER_MS`). */
export function idleTimer(durationMs: number): TimerState {
  return { durationMs: clampMs(durationMs), startedAt: null, pausedRemainingMs: null };
}

/**
 * Milliseconds left at `now`, never below zero. A clock that went back since the start (a
 * corrected system clock, another machine's file) counts as no time passed, never as more
 * time than the run had.
 */
export function remaining(timer: TimerState, now: number): number {
  if (timer.startedAt !== null) {
    const elapsed = Math.max(0, now - timer.startedAt);
    return clampMs(timer.durationMs - elapsed);
  }
  return clampMs(timer.pausedRemainingMs ?? timer.durationMs);
}

/** Whether the timer has run out; one paused at zero has run out too. */
export function timerStatus(timer: TimerState, now: number): TimerStatus {
  const running = timer.startedAt !== null;
  const paused = timer.pausedRemainingMs !== null;
  if ((running || paused) && remaining(timer, now) === 0) return 'done';
  if (running) return 'running';
  return paused ? 'paused' : 'idle';
}

/** Starts a timer that has not run yet; any other timer is returned as it is. */
export function start(timer: TimerState, now: number): TimerState {
  if (timerStatus(timer, now) !== 'idle' || timer.durationMs === 0) return timer;
  return { durationMs: timer.durationMs, startedAt: now, pausedRemainingMs: null };
}

/** Stops the countdown where it is; a timer that is not running is returned as it is. */
export function pause(timer: TimerState, now: number): TimerState {
  if (timer.startedAt === null) return timer;
  return {
    durationMs: timer.durationMs,
    startedAt: null,
    pausedRemainingMs: remaining(timer, now),
  };
}

/** Runs a paused timer on from what it had left; any other timer is returned as it is. */
export function resume(timer: TimerState, now: number): TimerState {
  if (timerStatus(timer, now) !== 'paused') return timer;
  return { durationMs: remaining(timer, now), startedAt: now, pausedRemainingMs: null };
}

/** Back to a timer not yet started, set to the phase's time box. */
export function reset(durationMs: number): TimerState {
  return idleTimer(durationMs);
}

/**
 * One more minute, up to `MAX_TIMER_MS` left. A timer that ran out while running starts a
 * fresh minute at once (the group asked for one more); one paused at zero gets a minute and
 * stays paused; an idle timer's time box grows.
 */
export function addMinute(timer: TimerState, now: number): TimerState {
  const left = remaining(timer, now);
  const more = Math.min(MAX_TIMER_MS, left + MINUTE_MS);
  if (timer.startedAt !== null) {
    if (left === 0) return { durationMs: more, startedAt: now, pausedRemainingMs: null };
    // Lengthen the run by what it gains, so the time already counted down stays counted.
    return { ...timer, durationMs: timer.durationMs + (more - left) };
  }
  if (timer.pausedRemainingMs !== null) return { ...timer, pausedRemainingMs: more };
  return { ...timer, durationMs: more };
}

/** `ms` as the countdown shows it, mm:ss, rounded up so 00:00 appears only when time is up. */
export function formatCountdown(ms: number): string {
  const seconds = Math.ceil(clampMs(ms) / 1000);
  const mm = String(Math.floor(seconds / 60)).padStart(2, '0');
  const ss = String(seconds % 60).padStart(2, '0');
  return `${mm}:${ss}`;
}

/** Whether `value` is a timer state the app can run: whole, in range, and in one state only. */
export function isTimerState(value: unknown): value is TimerState {
  if (typeof value !== 'object' || value === null) return false;
  const { durationMs, startedAt, pausedRemainingMs } = value as Record<string, unknown>;
  const isMs = (n: unknown) => Number.isInteger(n) && (n as number) >= 0;
  return (
    isMs(durationMs) &&
    (durationMs as number) <= MAX_TIMER_MS &&
    (startedAt === null || (isMs(startedAt) && (startedAt as number) <= 8.64e15)) &&
    (pausedRemainingMs === null ||
      (isMs(pausedRemainingMs) && (pausedRemainingMs as number) <= MAX_TIMER_MS)) &&
    (startedAt === null || pausedRemainingMs === null)
  );
}
