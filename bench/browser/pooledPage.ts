import type { CDPSession, Page } from '@playwright/test';
import { traceFrames } from './frameWork';
import { at, boardBoxes, lift, moveAlong, pathThrough, settle, topCardCentre } from './gesture';
import type { LongFrame } from '../harness/longFrames';
import type { MountSample, PooledBenchWindow, VoteSample } from '../harness/pooledApi';
import type { SeedSummary } from '../harness/seedVoices';

/** Opens the pooled-view harness at normal speed; resolves once its workshop is loaded. */
export async function openPooled(page: Page, cdp: CDPSession, url: string): Promise<SeedSummary> {
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await page.goto(`${url}pooled.html`);
  await page.waitForFunction(() => (window as Partial<PooledBenchWindow>).pooledBench?.ready);
  return page.evaluate(() => (window as unknown as PooledBenchWindow).pooledBench.summary);
}

export const mountPooled = (page: Page, dots: boolean): Promise<MountSample> =>
  page.evaluate((d) => (window as unknown as PooledBenchWindow).pooledBench.mount(d), dots);

export const unmountPooled = (page: Page) =>
  page.evaluate(() => (window as unknown as PooledBenchWindow).pooledBench.unmount());

export const voteUpdate = (page: Page, sample: number): Promise<VoteSample> =>
  page.evaluate((n) => (window as unknown as PooledBenchWindow).pooledBench.voteUpdate(n), sample);

export const pooledDurableCount = (page: Page) =>
  page.evaluate(() => (window as unknown as PooledBenchWindow).pooledBench.durableWrites.length);

/** Resolves once more than `count` changes recorded through the undo history have completed. */
export const pooledDurableAfter = (page: Page, count: number) =>
  page.waitForFunction(
    (n) => (window as unknown as PooledBenchWindow).pooledBench.durableWrites.length > n,
    count,
  );

export const pageNow = (page: Page) => page.evaluate(() => performance.now());

export const longFramesSince = (page: Page, since: number): Promise<LongFrame[]> =>
  page.evaluate((t) => (window as unknown as PooledBenchWindow).pooledBench.longFrames(t), since);

/** A pause with the page idle, so one sample's garbage and timers do not land in the next. */
export const idle = (page: Page, ms: number) => page.waitForTimeout(ms);

/**
 * Drags the agreed card painted on top across the matrix (the board bench's gesture: press,
 * pass dnd-kit's activation distance, `steps` mouse moves, drop) and traces it from the press
 * until the drop is saved and the live data it sent back are drawn.
 */
export async function dragAgreedCard(page: Page, steps: number) {
  const { matrix } = await boardBoxes(page);
  const start = await topCardCentre(page);
  const saved = await pooledDurableCount(page);
  const since = await pageNow(page);
  const traced = await traceFrames(page, async () => {
    const lifted = await lift(page, start);
    const waypoints = [at(matrix, 0.85, 0.15), at(matrix, 0.15, 0.85), at(matrix, 0.55, 0.45)];
    await moveAlong(page, pathThrough(lifted, waypoints, steps));
    await page.mouse.up();
    await pooledDurableAfter(page, saved);
    await settle(page);
    // The saved drop comes back through the live query; its re-render belongs to the drag.
    await idle(page, 300);
  });
  return { ...traced, long: await longFramesSince(page, since) };
}
