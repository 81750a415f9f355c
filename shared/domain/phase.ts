import type { AtomicChange } from './changes';
import { idleTimer, isTimerState, type TimerState } from './timer';

/**
 * The steps of a workshop, in the order a facilitator usually takes them. They guide rather
 * than gate: the facilitator may go to any step at any time, and nothing is locked by one.
 */
export const PHASES = ['prepare', 'explore', 'place', 'discuss', 'decide', 'export'] as const;
export type Phase = (typeof PHASES)[number];

/** Where every workshop starts, and where one made before phases existed stands. */
export const DEFAULT_PHASE: Phase = 'prepare';

/** The time box each phase's timer starts with, in minutes; "+1 min" lengthens it. */
export const PHASE_MINUTES: Record<Phase, number> = {
  prepare: 5,
  explore: 10,
  place: 15,
  discuss: 20,
  decide: 10,
  export: 5,
};

/** The time box of `phase` in milliseconds: where its timer starts and resets to. */
export function timeBoxMs(phase: Phase): number {
  return PHASE_MINUTES[phase] * 60_000;
}

/**
 * The workshop's timer, tied to the phase it was started in: moving to another phase shows
 * that phase's own time box, and moving back (or undoing the move) finds the timer as it was.
 */
export type PhaseTimer = TimerState & { phase: Phase };

export function isPhase(value: unknown): value is Phase {
  return typeof value === 'string' && (PHASES as readonly string[]).includes(value);
}

export function isPhaseTimer(value: unknown): value is PhaseTimer {
  return isTimerState(value) && isPhase((value as { phase?: unknown }).phase);
}

/** The phase a workshop row stands in: unset or unreadable means the first phase. */
export function phaseOf(workshop: { phase?: unknown }): Phase {
  return isPhase(workshop.phase) ? workshop.phase : DEFAULT_PHASE;
}

/** The timer `phase` shows: the stored one if it belongs to that phase, else a fresh one. */
export function timerFor(workshop: { timer?: unknown }, phase: Phase): PhaseTimer {
  const stored = workshop.timer;
  if (isPhaseTimer(stored) && stored.phase === phase) return stored;
  return { phase, ...idleTimer(timeBoxMs(phase)) };
}

export type PhaseChange = Extract<AtomicChange, { kind: 'phase.set' }>;

/** A move to `to`; its `from` is read when the change is recorded. */
export function phaseChange(workshopId: string, to: Phase): PhaseChange {
  return { kind: 'phase.set', workshopId, from: DEFAULT_PHASE, to };
}
