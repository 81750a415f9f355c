import { timerFor, type Phase } from '@shared/domain/phase';
import type { TimerState } from '@shared/domain/timer';
import { db, type WorkshopDatabase } from './db';

/** One press of a timer button: the timer as it is, the moment of the press → the new timer. */
export type TimerStep = (timer: TimerState, now: number) => TimerState;

/**
 * The phase timer of a workshop. Its presses are written directly, not as undoable changes:
 * the timer is a clock, not the group's work — undo after starting it should take back the
 * last placement, and an undone pause would restart a countdown from a stale moment. The
 * workshop's `updatedAt` stays as it is for the same reason.
 */
export function createPhaseTimerRepo(database: WorkshopDatabase) {
  return {
    /**
     * Applies `step` to the timer `phase` shows, read in the same transaction as the write,
     * so a press in another window between the read and the write is not lost.
     */
    async press(workshopId: string, phase: Phase, step: TimerStep, now = Date.now()) {
      await database.transaction('rw', database.workshops, async () => {
        const row = await database.workshops.get(workshopId);
        if (!row) throw new Error(`Workshop ${workshopId} does not exist`);
        const next = step(timerFor(row, phase), now);
        await database.workshops.update(workshopId, {
          timer: {
            phase,
            durationMs: next.durationMs,
            startedAt: next.startedAt,
            pausedRemainingMs: next.pausedRemainingMs,
          },
        });
      });
    },
  };
}

export type PhaseTimerRepo = ReturnType<typeof createPhaseTimerRepo>;
export const phaseTimerRepo = createPhaseTimerRepo(db);
