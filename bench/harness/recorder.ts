import type { FrameRecord } from './benchApi';
import type { CommitRenders } from './renderCounter';

let recording = false;
let frames: FrameRecord[] = [];
let open: (FrameRecord & { start: number }) | null = null;

function tick(now: number) {
  if (!recording) return;
  if (open) {
    const { start, ...frame } = open;
    frames.push({ ...frame, ms: now - start });
  }
  open = { start: now, ms: 0, renders: {}, commits: 0, reactMs: 0 };
  requestAnimationFrame(tick);
}

/**
 * Frame intervals while recording: each animation frame closes the interval the previous one
 * opened. Commits are credited to the interval they happen in.
 */
export const recorder = {
  start() {
    frames = [];
    open = null;
    recording = true;
    requestAnimationFrame(tick);
  },
  stop(): FrameRecord[] {
    recording = false;
    open = null;
    return frames;
  },
  commit(renders: CommitRenders) {
    if (!open) return;
    open.commits += 1;
    for (const [name, count] of renders) open.renders[name] = (open.renders[name] ?? 0) + count;
  },
  reactTime(ms: number) {
    if (open) open.reactMs += ms;
  },
};
