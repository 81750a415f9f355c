import type { Locator, Page } from '@playwright/test';
import { MODELS } from '../../shared/catalogue';
import {
  expect,
  expectAccessible,
  matrixPoint,
  mouseDrag,
  pickUpWithKeyboard,
  screenshotFor,
  test,
} from './fixtures';

const MATRIX = 'Matrix: resources and climate impact';

async function createWorkshop(page: Page, title: string) {
  await page.goto('/');
  await page.getByRole('textbox', { name: 'Title' }).fill(title);
  await page.getByRole('button', { name: 'Create workshop' }).click();
  await expect(page.getByRole('heading', { name: title })).toBeVisible();
}

/** Eight models within 5 % of one spot, the other seventeen spread over the matrix. */
const SPOTS = MODELS.map((_, i) =>
  i < 8
    ? { x: 0.3 + (i % 4) * 0.012, y: 0.7 + Math.floor(i / 4) * 0.03 }
    : { x: 0.1 + ((i - 8) % 5) * 0.2, y: 0.1 + Math.floor((i - 8) / 5) * 0.27 },
);

/** Places every model by dragging it out of the tray onto its spot. */
async function placeAll(page: Page) {
  const matrix = page.getByRole('group', { name: MATRIX });
  const tray = page.getByRole('complementary');
  for (const [i, model] of MODELS.entries()) {
    const spot = SPOTS[i] ?? { x: 0.5, y: 0.5 };
    const source = tray.getByRole('button', { name: model.title.en, exact: true });
    await mouseDrag(page, source, await matrixPoint(matrix, spot.x, spot.y));
    await expect(matrix.getByRole('button', { name: model.title.en, exact: true })).toBeVisible();
  }
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();
}

type Box = { x: number; y: number; width: number; height: number };
const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.width - 0.5 &&
  b.x < a.x + a.width - 0.5 &&
  a.y < b.y + b.height - 0.5 &&
  b.y < a.y + a.height - 0.5;

/** What a readable board holds: drawn labels apart, inside the matrix, no text cut. */
async function expectReadable(page: Page, { keyFits = true } = {}) {
  const matrix = page.getByRole('group', { name: MATRIX });
  const matrixBox = await matrix.boundingBox();
  if (!matrixBox) throw new Error('matrix not visible');
  const labels = matrix.locator('.placed-card > .placed-label');
  await expect(labels).toHaveCount(MODELS.length);
  const boxes: Box[] = [];
  for (const label of await labels.all()) {
    const box = await label.boundingBox();
    if (!box) throw new Error('a placed card is not drawn');
    boxes.push(box);
  }
  boxes.forEach((box, i) => {
    expect(box.x).toBeGreaterThanOrEqual(matrixBox.x - 1);
    expect(box.y).toBeGreaterThanOrEqual(matrixBox.y - 1);
    expect(box.x + box.width).toBeLessThanOrEqual(matrixBox.x + matrixBox.width + 1);
    expect(box.y + box.height).toBeLessThanOrEqual(matrixBox.y + matrixBox.height + 1);
    boxes.slice(i + 1).forEach((other, j) => {
      expect(overlap(box, other), `labels ${i} and ${i + j + 1} overlap`).toBe(false);
    });
  });
  const markers = await matrix.locator('.placed-card.is-markers').count();
  // Titles are read on the labels, or in the key beside the numbered markers.
  const texts =
    markers > 0
      ? page.locator('.marker-legend .legend-title')
      : matrix.locator('.placed-card .placed-card-text');
  await expect(texts).toHaveCount(MODELS.length);
  const cut = await texts.evaluateAll((elements) =>
    elements
      .map((element) => {
        const box = element.closest('.placed-label, li') ?? element;
        const clipped = [element, box].some(
          (e) => e.scrollWidth > e.clientWidth + 1 || e.scrollHeight > e.clientHeight + 1,
        );
        return clipped ? element.textContent : null;
      })
      .filter(Boolean),
  );
  expect(cut, 'titles cut off').toEqual([]);
  if (markers > 0 && keyFits) {
    // The key shows every title without scrolling.
    const legend = page.locator('.marker-legend');
    const fits = await legend.evaluate((e) => e.scrollHeight <= e.clientHeight + 1);
    expect(fits, 'the key to the numbers fits beside the matrix').toBe(true);
  }
}

/** The header keeps its lines: no title or button broken into a column of words. */
async function expectWholeLayout(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, 'horizontal page overflow').toBeLessThanOrEqual(0);
  const header = page.locator('.board-header');
  const headerBox = await header.boundingBox();
  expect(headerBox?.height ?? 0).toBeLessThanOrEqual(130);
  const broken = await header
    .locator('button, h1, .board-title p, .save-indicator, select')
    .evaluateAll((elements) =>
      elements
        .filter((e) => {
          const style = getComputedStyle(e);
          const line = parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.3;
          const box = e.getBoundingClientRect();
          // Taller than two lines of its text (plus padding) means words stacked up.
          return box.width > 0 && (box.height > line * 2 + 24 || e.scrollWidth > e.clientWidth + 1);
        })
        .map((e) => e.textContent),
    );
  expect(broken, 'header items broken into lines').toEqual([]);
}

async function matrixSize(matrix: Locator) {
  const box = await matrix.boundingBox();
  if (!box) throw new Error('matrix not visible');
  return box;
}

for (const [width, height] of [
  [1024, 768],
  [1280, 720],
  [1366, 768],
  [1920, 1080],
] as const) {
  test(`at ${width}×${height} a crowded board stays readable and whole`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width, height });
    await createWorkshop(page, `Layout ${width}`);
    await expectWholeLayout(page);
    await placeAll(page);
    const matrix = page.getByRole('group', { name: MATRIX });

    // The stored positions are the drops' own, however the labels are drawn.
    const first = matrix.getByRole('button', { name: MODELS[0]?.title.en, exact: true });
    expect(Number(await first.getAttribute('data-x'))).toBeCloseTo(0.3, 1);
    expect(Number(await first.getAttribute('data-y'))).toBeCloseTo(0.7, 1);

    await screenshotFor(page, `board-${width}x${height}`);
    // With the tray open on a small screen the key to the numbers may scroll (it can be
    // focused and scrolled by keyboard); folding the tray away gives it the room.
    await expectReadable(page, { keyFits: width >= 1920 });
    await expectWholeLayout(page);
    await expectAccessible(page, `the crowded board at ${width}×${height}`);

    // Folding the tray away gives the matrix the room; the board stays readable.
    const before = await matrixSize(matrix);
    await page.getByRole('button', { name: 'Hide models' }).click();
    await expect(page.getByRole('button', { name: 'Show models' })).toBeFocused();
    await expect
      .poll(async () => (await matrixSize(matrix)).width)
      .toBeGreaterThanOrEqual(before.width);
    const after = await matrixSize(matrix);
    expect(after.width / after.height).toBeLessThanOrEqual(1.55);
    expect(after.height / after.width).toBeLessThanOrEqual(1.15);
    await expectReadable(page);
    await expectWholeLayout(page);
    await screenshotFor(page, `board-${width}x${height}-folded`);

    // Numbered markers on request, with their key beside the matrix.
    await page.getByRole('button', { name: 'Numbers' }).click();
    await expect(page.getByRole('button', { name: 'Numbers' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(page.getByRole('region', { name: 'Key to the numbers' })).toBeVisible();
    await expect(matrix.locator('.placed-card.is-markers')).toHaveCount(MODELS.length);
    await expectReadable(page);
    await expectWholeLayout(page);
    await screenshotFor(page, `board-${width}x${height}-markers`);
    await expectAccessible(page, `numbered markers at ${width}×${height}`);

    await page.getByRole('button', { name: 'Numbers' }).click();
    await page.getByRole('button', { name: 'Show models' }).click();
    await expect(page.getByRole('button', { name: 'Hide models' })).toBeVisible();
  });
}

test('Tab steps through models that sit close together, and a keyboard lift and drop keeps a model’s point', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await createWorkshop(page, 'Kluster');
  const matrix = page.getByRole('group', { name: MATRIX });
  const tray = page.getByRole('complementary');
  const cluster = MODELS.slice(0, 5);
  for (const [i, model] of cluster.entries()) {
    await mouseDrag(
      page,
      tray.getByRole('button', { name: model.title.en, exact: true }),
      await matrixPoint(matrix, 0.4 + i * 0.008, 0.6 + i * 0.008),
    );
    await expect(matrix.getByRole('button', { name: model.title.en, exact: true })).toBeVisible();
  }
  await expectReadable5(matrix);

  // Every model of the cluster is its own stop in the Tab order.
  const placed = matrix.getByRole('button');
  await placed.first().focus();
  const focused = new Set<string>();
  for (let i = 0; i < cluster.length; i++) {
    focused.add(
      (await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))) ?? '',
    );
    await page.keyboard.press('Tab');
  }
  expect([...focused].sort()).toEqual(cluster.map((model) => model.title.en).sort());

  // Labels drawn away from their points: lifted and dropped in place, each keeps its point.
  for (const model of cluster.slice(1, 3)) {
    const card = matrix.getByRole('button', { name: model.title.en, exact: true });
    const start = [await card.getAttribute('data-x'), await card.getAttribute('data-y')];
    await pickUpWithKeyboard(page, card);
    await page.keyboard.press('Space');
    await expect(card).not.toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByText('Saved', { exact: true })).toBeVisible();
    // The same point, to within a pixel's rounding.
    expect(Number(await card.getAttribute('data-x'))).toBeCloseTo(Number(start[0]), 2);
    expect(Number(await card.getAttribute('data-y'))).toBeCloseTo(Number(start[1]), 2);
  }

  // The focused card is drawn over its neighbours.
  const top = matrix.getByRole('button', { name: cluster[2]?.title.en, exact: true });
  await top.focus();
  await expect(top).toHaveCSS('z-index', '3');
});

/** Five labels of a cluster drawn apart. */
async function expectReadable5(matrix: Locator) {
  const boxes: Box[] = [];
  for (const label of await matrix.locator('.placed-card > .placed-label').all()) {
    const box = await label.boundingBox();
    if (box) boxes.push(box);
  }
  expect(boxes).toHaveLength(5);
  boxes.forEach((box, i) =>
    boxes.slice(i + 1).forEach((other) => expect(overlap(box, other)).toBe(false)),
  );
}

test('at 200 % zoom of a 1024×768 screen (512×384) the board has no sideways overflow', async ({
  page,
}) => {
  await page.setViewportSize({ width: 512, height: 384 });
  await createWorkshop(page, 'Zoom');
  const matrix = page.getByRole('group', { name: MATRIX });
  await matrix.scrollIntoViewIfNeeded();
  const tray = page.getByRole('complementary');
  for (const [i, model] of MODELS.slice(0, 4).entries()) {
    await mouseDrag(
      page,
      tray.getByRole('button', { name: model.title.en, exact: true }),
      await matrixPoint(matrix, 0.3 + i * 0.01, 0.7),
    );
    await expect(matrix.getByRole('button', { name: model.title.en, exact: true })).toBeVisible();
  }
  await screenshotFor(page, 'board-512x384', { fullPage: true });
  const wide = await page.evaluate(() =>
    [...document.querySelectorAll('body *')]
      .filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
      .map((e) => `${e.tagName}.${e.className}`)
      .slice(0, 8),
  );
  expect(wide, 'elements past the right edge').toEqual([]);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  const box = await matrixSize(matrix);
  expect(box.width).toBeGreaterThan(100);
  expect(box.height).toBeGreaterThan(100);
});
