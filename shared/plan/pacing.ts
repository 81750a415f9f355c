// A long plan is built in slices: between them the event loop runs, so the window keeps
// painting and answering input while the PDF is made on the main thread.

/** Progress of a build, 0..1, never decreasing. */
export type Progress = (fraction: number) => void;

type Scheduler = { yield?: () => Promise<void> };

/** Lets queued tasks (input, paint, timers) run, then resumes. */
export function yieldToEventLoop(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  // scheduler.yield resumes ahead of other tasks of the same priority; Chromium has it.
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  if (typeof setImmediate === 'function') return new Promise((resolve) => setImmediate(resolve));
  if (typeof MessageChannel === 'function') {
    // A message is a task without setTimeout's 4 ms clamp on nested timers.
    return new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    });
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Milliseconds of work between yields: well inside a frame at 60 Hz. */
export const SLICE_MS = 8;

/**
 * Reports progress and yields once the current slice has run `SLICE_MS`; call it at points
 * where the build may pause (between models, between sections).
 */
export class Pacer {
  private sliceStart = performance.now();
  private reported = -1;

  constructor(private readonly onProgress?: Progress | undefined) {}

  async step(fraction: number): Promise<void> {
    const clamped = Math.min(1, Math.max(this.reported, fraction));
    if (clamped > this.reported) {
      this.reported = clamped;
      this.onProgress?.(clamped);
    }
    if (performance.now() - this.sliceStart < SLICE_MS) return;
    await yieldToEventLoop();
    this.sliceStart = performance.now();
  }
}
