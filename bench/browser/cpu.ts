import type { CDPSession, Page } from '@playwright/test';

/**
 * Milliseconds a fixed piece of JavaScript takes in the page: run at both speeds, the ratio
 * shows the CPU throttling really applied.
 */
export const calibrate = (page: Page) =>
  page.evaluate(() => {
    const start = performance.now();
    let sum = 0;
    for (let i = 0; i < 20_000_000; i++) sum += Math.sqrt(i);
    return sum > 0 ? performance.now() - start : NaN;
  });

/**
 * Slows the page's CPU `rate` times (1: normal speed) and returns the slowdown measured. The
 * throttling lasts as long as `cdp`, the session that set it.
 */
export async function throttle(page: Page, cdp: CDPSession, rate: number): Promise<number> {
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  const normal = await calibrate(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  return (await calibrate(page)) / normal;
}
