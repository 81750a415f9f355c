/** Long Animation Frames (frames over 50 ms) as the harness pages record them for the bench. */

/** A Long Animation Frame entry, with what ran in it. */
export type LongFrame = {
  startTime: number;
  duration: number;
  blockingDuration: number;
  /** Start of the rendering update and of style and layout within it (0 when none). */
  renderStart: number;
  styleAndLayoutStart: number;
  scripts: {
    invoker: string;
    sourceFunctionName: string;
    duration: number;
    /** Style and layout the script forced by reading layout. */
    forcedStyleAndLayoutDuration: number;
  }[];
};

type LoafScript = PerformanceEntry & {
  invoker: string;
  sourceFunctionName: string;
  forcedStyleAndLayoutDuration: number;
};
type LoafEntry = PerformanceEntry & {
  blockingDuration: number;
  renderStart: number;
  styleAndLayoutStart: number;
  scripts: readonly LoafScript[];
};

/** Every Long Animation Frame since the page loaded (the buffer holds the first ones too). */
export function watchLongFrames(): (since: number) => LongFrame[] {
  const frames: LongFrame[] = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as unknown as LoafEntry[]) {
      frames.push({
        startTime: entry.startTime,
        duration: entry.duration,
        blockingDuration: entry.blockingDuration,
        renderStart: entry.renderStart,
        styleAndLayoutStart: entry.styleAndLayoutStart,
        scripts: entry.scripts.map((script) => ({
          invoker: script.invoker,
          sourceFunctionName: script.sourceFunctionName,
          duration: script.duration,
          forcedStyleAndLayoutDuration: script.forcedStyleAndLayoutDuration,
        })),
      });
    }
  }).observe({ type: 'long-animation-frame', buffered: true });
  return (since) => frames.filter((frame) => frame.startTime >= since);
}
