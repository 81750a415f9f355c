import type { TracedDrag } from './browser/boardDrag';
import { describeLongFrame } from './browser/frameWork';
import { median, p95, round } from './stats';

/** One frame at 60 Hz: the budget for the main thread's work in a frame. */
export const FRAME_BUDGET_MS = 1000 / 60;
/** Above this a frame is a long animation frame: input waits visibly. */
export const LONG_FRAME_MS = 50;

/** Main-thread work per frame over several drags, in the figures the bench reports. */
export type DragWork = {
  drags: number;
  frames: number;
  /** Each drag's p95, then the median over the drags: one disturbed drag cannot move it. */
  p95: number;
  /** p95 over every frame of every drag. */
  p95AllFrames: number;
  /** The longest frame of all drags. */
  max: number;
  /** Each drag's longest frame, then the median over the drags. */
  maxPerDragMedian: number;
  framesOverBudget: number;
  framesOver50Ms: number;
  /** p95 of the frames' wall time: above `p95AllFrames` when other processes took the CPU. */
  wallP95AllFrames: number;
};

const max = (values: readonly number[]) => Math.max(0, ...values);

/** The figures of `drags` (the warm-up already left out). */
export function dragWork(drags: readonly TracedDrag[]): DragWork {
  const perDrag = drags.map((drag) => drag.frames.map((frame) => frame.workMs));
  const all = perDrag.flat();
  return {
    drags: drags.length,
    frames: all.length,
    p95: round(median(perDrag.map(p95)), 1),
    p95AllFrames: round(p95(all), 1),
    max: round(max(all), 1),
    maxPerDragMedian: round(median(perDrag.map(max)), 1),
    framesOverBudget: all.filter((ms) => ms > FRAME_BUDGET_MS).length,
    framesOver50Ms: all.filter((ms) => ms > LONG_FRAME_MS).length,
    wallP95AllFrames: round(p95(drags.flatMap((drag) => drag.frames.map((f) => f.wallMs))), 1),
  };
}

/** What the table says beside a figure: how many frames went over each budget. */
export const overBudgetNote = (work: DragWork) =>
  `${work.framesOver50Ms} of ${work.frames} frames over 50 ms, ${work.framesOverBudget} over 16.7 ms (${work.drags} drags)`;

/** Samples and side figures for latest.json: every frame's work, and the long frames. */
export const dragDetails = (work: DragWork, drags: readonly TracedDrag[]) => ({
  ...work,
  workMsPerDrag: drags.map((drag) => drag.frames.map((frame) => round(frame.workMs, 1))),
  longestTaskMs: round(max(drags.map((drag) => drag.longestTaskMs)), 1),
  // Chromium's own account of the frames over 50 ms: longest script, forced layout, rendering.
  longAnimationFrames: drags.flatMap((drag) => drag.long).map(describeLongFrame),
});
