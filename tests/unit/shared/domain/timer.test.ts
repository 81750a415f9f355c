import { describe, expect, it } from 'vitest';
import {
  MAX_TIMER_MS,
  addMinute,
  formatCountdown,
  idleTimer,
  isTimerState,
  pause,
  remaining,
  reset,
  resume,
  start,
  timerStatus,
  type TimerState,
} from '../../../../shared/domain/timer';

const MIN = 60_000;
// A fake clock: every moment is a number the test chooses.
const T0 = 1_800_000_000_000;

describe('a countdown derived from the clock', () => {
  it('counts down from the start and stops at zero', () => {
    const running = start(idleTimer(10 * MIN), T0);
    expect(remaining(running, T0)).toBe(10 * MIN);
    expect(remaining(running, T0 + 90_000)).toBe(8.5 * MIN);
    expect(timerStatus(running, T0 + 90_000)).toBe('running');
    expect(remaining(running, T0 + 10 * MIN)).toBe(0);
    expect(remaining(running, T0 + 60 * MIN)).toBe(0);
    expect(timerStatus(running, T0 + 60 * MIN)).toBe('done');
  });

  it('shows the same time to anyone who reads it later: only data is stored', () => {
    const running = start(idleTimer(5 * MIN), T0);
    const reloaded = JSON.parse(JSON.stringify(running)) as TimerState;
    expect(remaining(reloaded, T0 + 2 * MIN)).toBe(3 * MIN);
  });

  it('keeps a paused timer where it stopped, however long it stays paused', () => {
    const paused = pause(start(idleTimer(10 * MIN), T0), T0 + 4 * MIN);
    expect(timerStatus(paused, T0 + 999 * MIN)).toBe('paused');
    expect(remaining(paused, T0 + 999 * MIN)).toBe(6 * MIN);
    const resumed = resume(paused, T0 + 20 * MIN);
    expect(remaining(resumed, T0 + 21 * MIN)).toBe(5 * MIN);
    expect(timerStatus(resumed, T0 + 26 * MIN)).toBe('done');
  });

  it('counts a clock that went back since the start as no time passed, never as more time', () => {
    const running = start(idleTimer(10 * MIN), T0);
    expect(remaining(running, T0 - 5 * MIN)).toBe(10 * MIN);
    expect(timerStatus(running, T0 - 5 * MIN)).toBe('running');
    // Paused with the clock behind the start: nothing was used up.
    expect(pause(running, T0 - MIN).pausedRemainingMs).toBe(10 * MIN);
  });

  it('ignores presses that do not fit the state, so a double click does nothing twice', () => {
    const idle = idleTimer(3 * MIN);
    expect(pause(idle, T0)).toBe(idle);
    expect(resume(idle, T0)).toBe(idle);
    const running = start(idle, T0);
    expect(start(running, T0 + 1000)).toBe(running);
    expect(resume(running, T0 + 1000)).toBe(running);
    const paused = pause(running, T0 + MIN);
    expect(start(paused, T0 + 2 * MIN)).toBe(paused);
    expect(pause(paused, T0 + 2 * MIN)).toBe(paused);
  });

  it('pauses at zero as a timer that has run out, and does not start again from zero', () => {
    const running = start(idleTimer(MIN), T0);
    const paused = pause(running, T0 + 2 * MIN);
    expect(paused.pausedRemainingMs).toBe(0);
    expect(timerStatus(paused, T0 + 3 * MIN)).toBe('done');
    expect(resume(paused, T0 + 3 * MIN)).toBe(paused);
    expect(start(idleTimer(0), T0)).toEqual(idleTimer(0));
  });

  it('resets to a fresh time box, not started', () => {
    const box = reset(7 * MIN);
    expect(box).toEqual({ durationMs: 7 * MIN, startedAt: null, pausedRemainingMs: null });
    expect(timerStatus(box, T0)).toBe('idle');
  });
});

describe('addMinute', () => {
  it('lengthens a running countdown without losing the time already counted', () => {
    const running = start(idleTimer(10 * MIN), T0);
    const longer = addMinute(running, T0 + 4 * MIN);
    expect(longer.startedAt).toBe(T0);
    expect(remaining(longer, T0 + 4 * MIN)).toBe(7 * MIN);
  });

  it('after zero starts one fresh minute at once', () => {
    const running = start(idleTimer(MIN), T0);
    const more = addMinute(running, T0 + 5 * MIN);
    expect(timerStatus(more, T0 + 5 * MIN)).toBe('running');
    expect(remaining(more, T0 + 5 * MIN + 20_000)).toBe(40_000);
  });

  it('gives a paused timer a minute and leaves it paused, also when paused at zero', () => {
    const paused = pause(start(idleTimer(MIN), T0), T0 + 30_000);
    expect(addMinute(paused, T0 + MIN).pausedRemainingMs).toBe(90_000);
    const pausedAtZero = pause(start(idleTimer(MIN), T0), T0 + 2 * MIN);
    const more = addMinute(pausedAtZero, T0 + 3 * MIN);
    expect(timerStatus(more, T0 + 10 * MIN)).toBe('paused');
    expect(remaining(more, T0 + 10 * MIN)).toBe(MIN);
  });

  it('grows the time box of a timer not yet started', () => {
    expect(addMinute(idleTimer(5 * MIN), T0)).toEqual(idleTimer(6 * MIN));
  });

  it('caps a huge countdown at the longest one', () => {
    expect(idleTimer(10 ** 12).durationMs).toBe(MAX_TIMER_MS);
    expect(addMinute(idleTimer(MAX_TIMER_MS), T0).durationMs).toBe(MAX_TIMER_MS);
    const running = start(idleTimer(MAX_TIMER_MS - 30_000), T0);
    expect(remaining(addMinute(running, T0), T0)).toBe(MAX_TIMER_MS);
    const paused = pause(running, T0);
    expect(addMinute(paused, T0).pausedRemainingMs).toBe(MAX_TIMER_MS);
    // A stored duration beyond the cap (a hand-edited file) still reads as at most the cap.
    expect(remaining({ durationMs: 10 ** 12, startedAt: T0, pausedRemainingMs: null }, T0)).toBe(
      MAX_TIMER_MS,
    );
  });
});

describe('formatCountdown', () => {
  it('shows mm:ss, rounding up so 00:00 means time is up', () => {
    expect(formatCountdown(10 * MIN)).toBe('10:00');
    expect(formatCountdown(59_001)).toBe('01:00');
    expect(formatCountdown(59_000)).toBe('00:59');
    expect(formatCountdown(1)).toBe('00:01');
    expect(formatCountdown(0)).toBe('00:00');
    expect(formatCountdown(-5)).toBe('00:00');
    expect(formatCountdown(MAX_TIMER_MS)).toBe('99:00');
  });
});

describe('isTimerState', () => {
  it('accepts the states the timer writes', () => {
    const running = start(idleTimer(MIN), T0);
    for (const timer of [idleTimer(MIN), running, pause(running, T0 + 1)]) {
      expect(isTimerState(timer)).toBe(true);
    }
  });

  it('refuses values the timer cannot run', () => {
    for (const value of [
      null,
      'running',
      { durationMs: -1, startedAt: null, pausedRemainingMs: null },
      { durationMs: 1.5, startedAt: null, pausedRemainingMs: null },
      { durationMs: MAX_TIMER_MS + 1, startedAt: null, pausedRemainingMs: null },
      { durationMs: MIN, startedAt: T0, pausedRemainingMs: 1000 },
      { durationMs: MIN, startedAt: Number.NaN, pausedRemainingMs: null },
      { durationMs: MIN, startedAt: null },
    ]) {
      expect(isTimerState(value)).toBe(false);
    }
  });
});
