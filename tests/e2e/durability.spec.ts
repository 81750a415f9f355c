import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { MODELS } from '../../shared/catalogue';
import { expect, matrixPoint, mouseDrag, test } from './fixtures';

const CRASHES = 20;

/** SIGKILLs every process whose command line contains `marker` (Linux /proc); returns how many. */
function killProcessesWith(marker: string): number {
  let killed = 0;
  for (const pid of readdirSync('/proc').filter((entry) => /^\d+$/.test(entry))) {
    try {
      if (readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(marker)) {
        process.kill(Number(pid), 'SIGKILL');
        killed += 1;
      }
    } catch {
      // The process ended while we looked.
    }
  }
  return killed;
}

/** Where the i-th model is dropped: spread over all four quadrants. */
const target = (i: number) => ({ x: 0.1 + ((i * 37) % 80) / 100, y: 0.1 + ((i * 53) % 80) / 100 });
const matrixOf = (page: Page) =>
  page.getByRole('group', { name: 'Matrix: resources and climate impact' });

test(`placements shown as saved survive the browser being killed, ${CRASHES} times over`, async ({
  baseURL,
}, testInfo) => {
  test.setTimeout(240_000);
  const profile = mkdtempSync(join(tmpdir(), 'klimatverkstad-profile-'));
  const foreign: string[] = [];
  const open = async (): Promise<[BrowserContext, Page]> => {
    const context = await chromium.launchPersistentContext(profile, {
      ...testInfo.project.use.launchOptions,
      baseURL,
      locale: 'en-US',
      viewport: { width: 1400, height: 900 },
    });
    context.on('request', (request) => {
      if (!request.url().startsWith(baseURL ?? '')) foreign.push(request.url());
    });
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto('/');
    return [context, page];
  };

  try {
    for (let i = 0; i < CRASHES; i++) {
      const [context, page] = await open();
      if (i === 0) {
        await page.getByRole('textbox', { name: 'Title' }).fill('Durable');
        await page.getByRole('button', { name: 'Create workshop' }).click();
      } else {
        await page.getByRole('button', { name: 'Open Durable' }).click();
      }
      const matrix = matrixOf(page);
      // Everything saved before earlier crashes is still there, where it was dropped.
      await expect(page.getByText(`${i} of 25 placed`)).toBeVisible();
      for (let k = 0; k < i; k++) {
        const placed = matrix.getByRole('button', { name: MODELS[k]?.title.en, exact: true });
        await expect(placed).toHaveAttribute('data-x', target(k).x.toFixed(3));
        await expect(placed).toHaveAttribute('data-y', target(k).y.toFixed(3));
      }

      const name = MODELS[i]?.title.en ?? '';
      const { x, y } = target(i);
      await mouseDrag(
        page,
        page.getByRole('complementary').getByRole('button', { name, exact: true }),
        await matrixPoint(matrix, x, y),
      );
      await expect(matrix.getByRole('button', { name, exact: true })).toBeVisible();
      await expect(page.getByText('Saved', { exact: true })).toBeVisible();

      // No goodbye: SIGKILL every process of this profile, as a crash or power cut would.
      expect(killProcessesWith(`--user-data-dir=${profile}`)).toBeGreaterThan(0);
      await context.close().catch(() => undefined);
    }
    const [context, page] = await open();
    await page.getByRole('button', { name: 'Open Durable' }).click();
    await expect(page.getByText(`${CRASHES} of 25 placed`)).toBeVisible();
    await context.close();
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  expect(foreign).toEqual([]);
});
