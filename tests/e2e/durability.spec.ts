import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from '@playwright/test';
import { getModel } from '../../shared/catalogue';
import { expect, matrixPoint, mouseDrag, test } from './fixtures';

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

const name = getModel('open-data')?.title.en ?? 'open-data';

test('a placement shown as saved survives the browser being killed', async ({
  baseURL,
}, testInfo) => {
  const profile = mkdtempSync(join(tmpdir(), 'klimatverkstad-profile-'));
  const launchOptions = testInfo.project.use.launchOptions ?? {};
  const open = () =>
    chromium.launchPersistentContext(profile, {
      ...launchOptions,
      baseURL,
      locale: 'en-US',
      viewport: { width: 1400, height: 900 },
    });
  const foreign: string[] = [];
  const watch = (context: BrowserContext) =>
    context.on('request', (request) => {
      if (!request.url().startsWith(baseURL ?? '')) foreign.push(request.url());
    });

  try {
    const first = await open();
    watch(first);
    const page = first.pages()[0] ?? (await first.newPage());
    await page.goto('/');
    await page.getByRole('textbox', { name: 'Title' }).fill('Durable');
    await page.getByRole('button', { name: 'Create workshop' }).click();
    const matrix = page.getByRole('group', { name: 'Matrix: resources and climate impact' });
    await mouseDrag(
      page,
      page.getByRole('complementary').getByRole('button', { name, exact: true }),
      await matrixPoint(matrix, 0.3, 0.7),
    );
    await expect(page.getByText('Saved', { exact: true })).toBeVisible();
    await expect(matrix.getByRole('button', { name, exact: true })).toBeVisible();

    // No goodbye: SIGKILL every process of this profile, as a crash or power cut would.
    expect(killProcessesWith(`--user-data-dir=${profile}`)).toBeGreaterThan(0);
    await first.close().catch(() => undefined);

    const second = await open();
    watch(second);
    const again = second.pages()[0] ?? (await second.newPage());
    await again.goto('/');
    await again.getByRole('button', { name: 'Open Durable' }).click();
    const placed = again
      .getByRole('group', { name: 'Matrix: resources and climate impact' })
      .getByRole('button', { name, exact: true });
    await expect(placed).toHaveAttribute('data-x', '0.300');
    await expect(placed).toHaveAttribute('data-y', '0.700');
    await second.close();
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  expect(foreign).toEqual([]);
});
