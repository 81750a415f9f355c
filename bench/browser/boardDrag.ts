import type { Page } from '@playwright/test';
import type { BenchWindow } from '../harness/benchApi';
import type { LongFrame } from '../harness/longFrames';
import { traceFrames, type FrameWork } from './frameWork';
import { at, boardBoxes, lift, moveAlong, pathThrough, settle, topCardCentre } from './gesture';
import { durableAfter, durableCount } from './harnessPage';

/** One drag on the board harness, traced from the press until the drop is saved and drawn. */
export type TracedDrag = {
  /** Every animation frame: the main thread's work in it. */
  frames: FrameWork[];
  longestTaskMs: number;
  /** Chromium's Long Animation Frame entries (over 50 ms) of the drag. */
  long: LongFrame[];
};

/** Time for the saved drop to come back through the live query and be drawn. */
const AFTER_DROP_MS = 300;

const pageNow = (page: Page) => page.evaluate(() => performance.now());
const longFramesSince = (page: Page, since: number): Promise<LongFrame[]> =>
  page.evaluate((t) => (window as unknown as BenchWindow).bench.longFrames(t), since);

async function traced(page: Page, drag: () => Promise<void>): Promise<TracedDrag> {
  const saved = await durableCount(page);
  const since = await pageNow(page);
  const { frames, longestTaskMs } = await traceFrames(page, async () => {
    await drag();
    await durableAfter(page, saved);
    await settle(page);
    // The saved drop comes back through the live query; its re-render belongs to the drag.
    await page.waitForTimeout(AFTER_DROP_MS);
  });
  return { frames, longestTaskMs, long: await longFramesSince(page, since) };
}

/**
 * A mouse drag: press the card painted on top, pass dnd-kit's activation distance, `steps`
 * mouse moves across the matrix, out over the tray and back, and drop.
 */
export async function mouseDrag(page: Page, steps: number): Promise<TracedDrag> {
  const { matrix, tray } = await boardBoxes(page);
  const start = await topCardCentre(page);
  return traced(page, async () => {
    const lifted = await lift(page, start);
    const waypoints = [at(matrix, 0.85, 0.15), at(tray, 0.5, 0.5), at(matrix, 0.3, 0.7)];
    await moveAlong(page, pathThrough(lifted, waypoints, steps));
    await page.mouse.up();
  });
}

/**
 * Arrow presses of a keyboard drag: a loop of 5 % steps that ends near where it started. 30
 * moves, so that the lift and the drop are not the p95 of the drag's frames.
 */
const ARROWS = [
  ...Array<string>(8).fill('ArrowRight'),
  ...Array<string>(8).fill('ArrowUp'),
  ...Array<string>(8).fill('ArrowLeft'),
  ...Array<string>(6).fill('ArrowDown'),
];

/**
 * A keyboard drag, as a screen-reader user makes one: focus the card painted on top, Space to
 * lift it, arrows, Space to drop. dnd-kit's keyboard sensor starts listening for keys in a task
 * after the lift: the bench waits until the card is lifted and one task more, or the arrows and
 * the drop could go unheard.
 */
export async function keyboardDrag(page: Page): Promise<TracedDrag> {
  await page.mouse.move(2, 2);
  const card = page.locator('.placed-card').last();
  await card.focus();
  return traced(page, async () => {
    await page.keyboard.press('Space');
    await page.locator('[aria-pressed="true"]').waitFor();
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
    for (const key of ARROWS) await page.keyboard.press(key);
    await page.keyboard.press('Space');
  });
}
