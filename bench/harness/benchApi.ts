/** What the harness page exposes to the bench as `window.bench` (types only, shared by both). */
import type { LongFrame } from './longFrames';

/** One frame interval: from one animation frame to the next, and what React did in it. */
export type FrameRecord = {
  /** Milliseconds to the next animation frame. */
  ms: number;
  /** Component renders in the interval, by component name (profiling build only). */
  renders: Record<string, number>;
  commits: number;
  /** Time React spent rendering, from `<Profiler onRender>` (profiling build only). */
  reactMs: number;
};

export type BenchApi = {
  /** Cards on the matrix. */
  cardCount: number;
  startRecording(): void;
  stopRecording(): FrameRecord[];
  /** `timeStamp` of every pointerup, for drop → durable. */
  pointerUps: number[];
  /** `performance.now()` when each placement write's transaction completed. */
  durableWrites: number[];
  /** Milliseconds of `count` bare one-row IndexedDB writes with 'strict' durability. */
  bareWrites(count: number): Promise<number[]>;
  /** Long Animation Frames that started after `since` (performance.now() time). */
  longFrames(since: number): LongFrame[];
  /** Creates a workshop with 13 of the 25 models placed, in the app's own database. */
  seedApp(): Promise<string>;
};

export type BenchWindow = { bench: BenchApi };
