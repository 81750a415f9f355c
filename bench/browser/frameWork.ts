import type { CDPSession, Page } from '@playwright/test';

/** One animation frame of the page, from a Chromium trace. */
export type FrameWork = {
  /** Main-thread busy time: the tasks that ran in the frame, its rendering update included. */
  workMs: number;
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
    let work = 0;
    for (const task of tasks) {
      const overlap = Math.min(end.ts, task.ts + (task.dur ?? 0)) - Math.max(begin.ts, task.ts);
      if (overlap > 0) work += overlap;
    }
    return [{ workMs: work / 1000, spanMs: (end.ts - begin.ts) / 1000 }];
  });
  const longestTaskMs = Math.max(0, ...tasks.map((task) => (task.dur ?? 0) / 1000));
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
