import type { Page } from '@playwright/test';
import type { BenchWindow, FrameRecord } from '../harness/benchApi';

/** Opens the harness with `cards` synthetic cards on the matrix; resolves once they are drawn. */
export async function openHarness(page: Page, url: string, cards: number): Promise<void> {
  await page.goto(`${url}?cards=${cards}`);
  await page.waitForFunction(
    (count) => document.querySelectorAll('.placed-card').length === count,
    cards,
  );
}

export const startRecording = (page: Page) =>
  page.evaluate(() => (window as unknown as BenchWindow).bench.startRecording());

export const stopRecording = (page: Page): Promise<FrameRecord[]> =>
  page.evaluate(() => (window as unknown as BenchWindow).bench.stopRecording());

export const durableCount = (page: Page) =>
  page.evaluate(() => (window as unknown as BenchWindow).bench.durableWrites.length);

/** Resolves once more than `count` writes have completed. */
export const durableAfter = (page: Page, count: number) =>
  page.waitForFunction(
    (n) => (window as unknown as BenchWindow).bench.durableWrites.length > n,
    count,
  );

/** Milliseconds from the last pointerup to the last completed write. */
export const lastDropToDurable = (page: Page) =>
  page.evaluate(() => {
    const { pointerUps, durableWrites } = (window as unknown as BenchWindow).bench;
    return (durableWrites.at(-1) ?? NaN) - (pointerUps.at(-1) ?? NaN);
  });

export const bareWrites = (page: Page, count: number) =>
  page.evaluate((n) => (window as unknown as BenchWindow).bench.bareWrites(n), count);
