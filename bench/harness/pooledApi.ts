/** What the pooled-view harness exposes to the bench as `window.pooledBench` (types only). */
import type { LongFrame } from './longFrames';
import type { SeedSummary } from './seedVoices';

/** One mount of PooledView, timed from just before React renders it. */
export type MountSample = {
  /** To the end of the first frame that drew the complete view (after its paint). */
  ms: number;
  /** The synchronous part: rendering and committing PooledView (and the dots' toggle). */
  syncMs: number;
  /** To the end of the task after that: the work the first frame queued included. */
  settledMs: number;
  /** Animation frames until the view was complete (1: the first frame had all of it). */
  frames: number;
};

/** One vote written through the changes repository, until the pooled view showed it. */
export type VoteSample = {
  /** From the write call to the end of the first frame that showed the new count. */
  ms: number;
  /** From the write call until its transaction completed. */
  durableMs: number;
  frames: number;
};

export type PooledBenchApi = {
  /** True once the workshop is seeded and its data are loaded in the page. */
  ready: boolean;
  summary: SeedSummary;
  /** Mounts PooledView (round 2), with every participant's dot shown if `dots`. */
  mount(dots: boolean): Promise<MountSample>;
  unmount(): Promise<void>;
  /**
   * Changes participant/model number `sample`'s round-2 vote ("don't know" ↔ a position) with
   * `changesRepo.record`, as the app does, and waits until the pooled view shows it.
   */
  voteUpdate(sample: number): Promise<VoteSample>;
  /** `performance.now()` when each change recorded through the undo history had completed. */
  durableWrites: number[];
  /** Long Animation Frames that started after `since` (performance.now() time). */
  longFrames(since: number): LongFrame[];
};

export type PooledBenchWindow = { pooledBench: PooledBenchApi };
