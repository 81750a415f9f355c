import type { FrameRecord } from './harness/benchApi';
import { median, p95, round } from './stats';

/** The board's own cards: a drag should re-render only the one in hand. */
const CARD_COMPONENTS = ['PlacedCard', 'TrayCard'];

/** Every React component that rendered in the frames of some drags, counted per frame. */
export type ComponentRenders = {
  /** Frames in which React committed (frames without a commit rendered nothing). */
  frames: number;
  /** Component renders in a frame: median and most. */
  median: number;
  max: number;
  /** Components that rendered in at least half of the frames: what every move costs. */
  inMostFrames: string[];
  /** What rendered in the busiest frame (the lift or the drop), by component. */
  busiestFrame: Record<string, number>;
  /** Most cards (placed and tray) rendered in one frame. */
  cardsMax: number;
  /** Renders per drag, by component, most first. */
  perDrag: Record<string, number>;
  /** React's render time per frame (the profiler's `actualDuration`), p95. */
  reactMsP95: number;
};

const total = (renders: Record<string, number>) =>
  Object.values(renders).reduce((sum, count) => sum + count, 0);
const byCount = (entries: Iterable<[string, number]>) =>
  Object.fromEntries([...entries].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])));

/** The figures of `runs`, each the frames of one drag (the warm-up already left out). */
export function componentRenders(runs: readonly FrameRecord[][]): ComponentRenders {
  const frames = runs.flat().filter((frame) => frame.commits > 0);
  const counts = frames.map((frame) => total(frame.renders));
  const busiest = frames[counts.indexOf(Math.max(...counts))];
  const framesWith = new Map<string, number>();
  const perDrag = new Map<string, number>();
  for (const frame of frames) {
    for (const [name, count] of Object.entries(frame.renders)) {
      framesWith.set(name, (framesWith.get(name) ?? 0) + 1);
      perDrag.set(name, (perDrag.get(name) ?? 0) + count / runs.length);
    }
  }
  return {
    frames: frames.length,
    median: median(counts),
    max: Math.max(...counts),
    inMostFrames: [...framesWith]
      .filter(([, with_]) => with_ >= frames.length / 2)
      .map(([name]) => name)
      .sort(),
    busiestFrame: byCount(Object.entries(busiest?.renders ?? {})),
    cardsMax: Math.max(
      ...frames.map((frame) =>
        CARD_COMPONENTS.reduce((n, name) => n + (frame.renders[name] ?? 0), 0),
      ),
    ),
    perDrag: byCount([...perDrag].map(([name, count]) => [name, round(count, 1)])),
    reactMsP95: round(p95(frames.map((frame) => frame.reactMs))),
  };
}

/** "A, B ×2, C": component names with their counts when over one. */
export const listComponents = (renders: Record<string, number>) =>
  Object.entries(renders)
    .map(([name, count]) => (count > 1 ? `${name} ×${count}` : name))
    .join(', ');
