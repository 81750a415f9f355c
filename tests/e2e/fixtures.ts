import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Locator, type Page } from '@playwright/test';

/**
 * Every e2e test records the requests the page makes and fails on any that leaves the app:
 * the workshop tool must work with no internet and send nothing anywhere.
 */
export const test = base.extend<{ foreignRequests: string[] }>({
  foreignRequests: [
    async ({ context, baseURL }, use) => {
      const appOrigin = new URL(baseURL ?? 'http://127.0.0.1').origin;
      const foreign: string[] = [];
      // The context sees every page and popup, not just the first page.
      context.on('request', (request) => {
        const url = new URL(request.url());
        const local = url.origin === appOrigin || ['data:', 'blob:'].includes(url.protocol);
        if (!local) foreign.push(request.url());
      });
      await use(foreign);
      expect(foreign, 'requests to anything but the app').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Drags with the mouse the way dnd-kit needs it: past the activation distance, then in steps. */
export async function mouseDrag(page: Page, source: Locator, target: { x: number; y: number }) {
  await source.scrollIntoViewIfNeeded();
  const box = await source.boundingBox();
  if (!box) throw new Error('drag source is not visible');
  const start = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(start.x + 10, start.y + 10, { steps: 2 });
  await page.mouse.move(target.x, target.y, { steps: 10 });
  await page.mouse.up();
}

/** The screen point of a matrix-space position (x = resources, y = impact). */
export async function matrixPoint(matrix: Locator, x: number, y: number) {
  const box = await matrix.boundingBox();
  if (!box) throw new Error('matrix is not visible');
  return { x: box.x + x * box.width, y: box.y + (1 - y) * box.height };
}

/**
 * Lifts a card with Space. dnd-kit's keyboard sensor starts listening for arrows in a timer
 * after the pick-up and can move the card only once the drag overlay has been measured (a frame
 * later), so wait for aria-pressed, then for a timer and two frames: arrows pressed earlier
 * would be lost.
 */
export async function pickUpWithKeyboard(page: Page, card: Locator) {
  await card.focus();
  await page.keyboard.press('Space');
  await expect(card).toHaveAttribute('aria-pressed', 'true');
  await page.evaluate(
    () =>
      new Promise((resolve) =>
        setTimeout(() => requestAnimationFrame(() => requestAnimationFrame(resolve)), 0),
      ),
  );
}

/**
 * Runs axe-core on what the page shows now and fails on any serious or critical violation,
 * naming the rule and the elements, so an inaccessible screen cannot land unnoticed.
 */
export async function expectAccessible(page: Page, screen: string) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(serious, `accessibility of ${screen}`).toEqual([]);
}

/**
 * A picture for the README or for looking at a screen, taken only when asked for
 * (`SCREENSHOT_DIR=resources/screenshots npx playwright test`): a test run writes no files.
 */
export async function screenshotFor(
  target: Page | Locator,
  name: string,
  options: { fullPage?: boolean } = {},
) {
  const dir = process.env.SCREENSHOT_DIR;
  if (!dir) return;
  await target.screenshot({ path: `${dir}/${name}.png`, ...options });
}
