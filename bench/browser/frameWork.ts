import type { CDPSession, Page } from '@playwright/test';
import type { LongFrame } from '../harness/longFrames';
import { round } from '../stats';

/** One animation frame of the page, from a Chromium trace. */
export type FrameWork = {
  /**
   * Main-thread work: the CPU time of the tasks that ran in the frame, its rendering update
   * included (from the last idle spell longer than a frame, see `busySince`). CPU time, not wall time: on a shared machine other processes stretch the wall
   * time of every task (and Chromium's throttling stretches it again in proportion), but not
   * the thread's CPU time. Chromium slows the CPU by spinning the main thread, so a throttled
   * page's CPU time grows with the rate as on a slower processor.
   */
  workMs: number;
  /** The same tasks' wall time: equal to `workMs` on an idle machine, more on a busy one. */
  wallMs: number;
  /** From the frame's first task to the end of its rendering (what Long Animation Frames time). */
  spanMs: number;
};

type TraceEvent = {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of the event, where the platform records it (Linux, macOS, Windows). */
  tdur?: number;
  args?: { name?: string };
};

/**
 * Chromium's own frame records ("AnimationFrame", the source of Long Animation Frames, but for
 * every frame) and its top-level tasks; nothing else, so tracing costs the page little.
 */
const CATEGORIES = ['devtools.timeline', 'toplevel'];

/** Top-level tasks only: a task a nested run loop ran inside another is counted in that one. */
function topLevel(tasks: readonly TraceEvent[]): TraceEvent[] {
  const sorted = [...tasks].sort((a, b) => a.ts - b.ts);
  const outer: TraceEvent[] = [];
  let end = -Infinity;
  for (const task of sorted) {
    if (task.ts < end) continue;
    outer.push(task);
    end = task.ts + (task.dur ?? 0);
  }
  return outer;
}

/** Idle time after which earlier tasks no longer count towards a frame: one frame at 60 Hz. */
const IDLE_GAP_US = 1_000_000 / 60;

/**
 * Where the work that led to a frame began. Chromium's frame record starts at the first task
 * after the previous frame, so a frame that follows an idle spell (after a drop, say) would
 * gather every small task of that spell (a garbage collection step, a database callback) as if
 * they had held up that one frame. Work counts from the last idle gap longer than a frame.
 */
function busySince(tasks: readonly TraceEvent[], begin: number, end: number): number {
  let start = end;
  for (let i = tasks.length - 1; i >= 0; i--) {
    const task = tasks[i];
    if (!task || task.ts >= end) continue;
    const taskEnd = task.ts + (task.dur ?? 0);
    if (taskEnd <= begin) break;
    if (start - taskEnd > IDLE_GAP_US && start < end) break;
    start = Math.min(start, task.ts);
  }
  return Math.max(begin, start);
}

/**
 * The page's frames in a trace: on the renderer main thread that drew the most frames, each
 * AnimationFrame's span and the task time inside it. Tasks between frames that led to no
 * rendering are in no frame; `longestTaskMs` covers them.
 */
export function framesOf(events: readonly TraceEvent[]): {
  frames: FrameWork[];
  longestTaskMs: number;
} {
  const mains = new Set(
    events
      .filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const frameEvents = events.filter(
    (e) => e.name === 'AnimationFrame' && mains.has(`${e.pid}:${e.tid}`),
  );
  const perThread = new Map<string, number>();
  for (const e of frameEvents) {
    const thread = `${e.pid}:${e.tid}`;
    perThread.set(thread, (perThread.get(thread) ?? 0) + 1);
  }
  const page = [...perThread].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (!page) return { frames: [], longestTaskMs: 0 };
  const onPage = (e: TraceEvent) => `${e.pid}:${e.tid}` === page;
  const begins = frameEvents.filter((e) => onPage(e) && e.ph === 'b').sort((a, b) => a.ts - b.ts);
  const ends = frameEvents.filter((e) => onPage(e) && e.ph === 'e').sort((a, b) => a.ts - b.ts);
  const tasks = topLevel(
    events.filter((e) => onPage(e) && e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask'),
  );
  const frames = begins.flatMap((begin, i) => {
    // Frames on one thread follow each other: a frame cut off by the trace's end has no end.
    const next = begins[i + 1]?.ts ?? Infinity;
    const end = ends.find((e) => e.ts >= begin.ts && e.ts <= next);
    if (!end) return [];
    const start = busySince(tasks, begin.ts, end.ts);
    let work = 0;
    let wall = 0;
    for (const task of tasks) {
      const dur = task.dur ?? 0;
      const overlap = Math.min(end.ts, task.ts + dur) - Math.max(start, task.ts);
      if (overlap <= 0) continue;
      wall += overlap;
      // A task cut by the frame's edge: its CPU time in the same share as its wall time.
      work += (task.tdur ?? dur) * (dur > 0 ? overlap / dur : 1);
    }
    return [{ workMs: work / 1000, wallMs: wall / 1000, spanMs: (end.ts - begin.ts) / 1000 }];
  });
  const longestTaskMs = Math.max(0, ...tasks.map((task) => (task.tdur ?? task.dur ?? 0) / 1000));
  return { frames, longestTaskMs };
}

/** Traces the page while `run` runs and returns its frames (see `framesOf`). */
export async function traceFrames(
  page: Page,
  run: () => Promise<void>,
): Promise<ReturnType<typeof framesOf>> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) =>
    events.push(...(value as unknown as TraceEvent[])),
  );
  const complete = new Promise<void>((resolve) =>
    cdp.once('Tracing.tracingComplete', () => resolve()),
  );
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: CATEGORIES, recordMode: 'recordAsMuchAsPossible' },
  });
  try {
    await run();
  } finally {
    await cdp.send('Tracing.end');
    await complete;
    await cdp.detach();
  }
  return framesOf(events);
}

/**
 * A long frame in short: its length, its longest script (what ran it, and the style and layout
 * it forced by reading layout), and its rendering.
 */
export function describeLongFrame(frame: LongFrame) {
  const script = [...frame.scripts].sort((a, b) => b.duration - a.duration)[0];
  const end = frame.startTime + frame.duration;
  return {
    ms: round(frame.duration, 1),
    longestScript: script
      ? `${script.invoker} ${round(script.duration, 1)} ms (forced style and layout ${round(script.forcedStyleAndLayoutDuration, 1)} ms)`
      : null,
    // From the rendering update's start (animation frame callbacks, style, layout, paint).
    renderingMs: frame.renderStart > 0 ? round(end - frame.renderStart, 1) : 0,
    styleAndLayoutToEndMs:
      frame.styleAndLayoutStart > 0 ? round(end - frame.styleAndLayoutStart, 1) : 0,
  };
}
