import type { Locator, Page } from '@playwright/test';
import { getModel } from '../../shared/catalogue';
import { expect, expectAccessible, matrixPoint, mouseDrag, screenshotFor, test } from './fixtures';

const SOFT_HYPHEN = '\u00AD';
const sv = (id: string) => getModel(id)?.title.sv ?? id;

/** The lines a card's visible title is laid out in, soft hyphens included. */
function renderedLines(card: Locator): Promise<string[]> {
  return card.locator('[aria-hidden="true"]').evaluate((span) => {
    const node = span.firstChild;
    if (!node || node.nodeType !== Node.TEXT_NODE) return [];
    const text = node.textContent ?? '';
    const range = document.createRange();
    const lines: string[] = [];
    let line = '';
    let top: number | null = null;
    for (let i = 0; i < text.length; i++) {
      range.setStart(node, i);
      range.setEnd(node, i + 1);
      // After a break, a character's rects can include the hyphen drawn on the line before.
      const box = [...range.getClientRects()].filter((rect) => rect.width > 0).pop();
      // A soft hyphen where the line does not break takes no room: it stays with its line.
      if (box && top !== null && Math.abs(box.top - top) > 2) {
        lines.push(line);
        line = '';
      }
      if (box) top = box.top;
      line += text[i];
    }
    lines.push(line);
    return lines;
  });
}

async function placeNear(page: Page, card: Locator, availableWidth: number, y: number) {
  const matrix = page.getByRole('group', { name: 'Matris: resurser och klimatpåverkan' });
  const box = await matrix.boundingBox();
  if (!box) throw new Error('matrix is not visible');
  // A card shrinks to the room between its position and the matrix's right edge.
  await mouseDrag(page, card, await matrixPoint(matrix, 1 - availableWidth / box.width, y));
}

test('long Swedish titles break at hyphenation points; names stay plain', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('textbox', { name: 'Title' }).fill('Avstavning');
  await page.getByRole('button', { name: 'Create workshop' }).click();
  await page.getByRole('combobox', { name: 'Language' }).selectOption('sv');
  const tray = page.getByRole('complementary');
  const matrix = page.getByRole('group', { name: 'Matris: resurser och klimatpåverkan' });

  const campaigns = sv('communication-campaigns');
  expect(campaigns).toBe('Kommunikationskampanjer');
  await placeNear(page, tray.getByRole('button', { name: campaigns, exact: true }), 130, 0.3);
  await placeNear(
    page,
    tray.getByRole('button', { name: sv('regulatory-and-permit-work'), exact: true }),
    300,
    0.8,
  );
  const card = matrix.getByRole('button', { name: campaigns, exact: true });
  await expect(card).toBeVisible();

  // The patterns arrive after the first screen; then the title carries soft hyphens.
  await expect
    .poll(() => card.locator('[aria-hidden="true"]').count(), { timeout: 10_000 })
    .toBe(1);
  const lines = await renderedLines(card);
  const seen = lines.map((line) => line.replaceAll(SOFT_HYPHEN, '·')).join(' | ');
  expect(lines.length, seen).toBeGreaterThanOrEqual(2);
  for (const line of lines.slice(0, -1)) expect(line.endsWith(SOFT_HYPHEN), seen).toBe(true);
  for (const line of lines) {
    // No line starts (or ends) with a one- or two-letter piece such as "er".
    expect(line.replaceAll(SOFT_HYPHEN, '').length, seen).toBeGreaterThanOrEqual(3);
  }
  expect(lines.join('').replaceAll(SOFT_HYPHEN, '')).toBe(campaigns);
  // The plain copies stay inside their cards: those of cards scrolled away in the tray must not
  // make the page itself scroll.
  const [pageHeight = 0, viewHeight = 0] = await page.evaluate(() => [
    document.documentElement.scrollHeight,
    innerHeight,
  ]);
  expect(pageHeight).toBeLessThanOrEqual(viewHeight);

  // A picture for people to look at, only when asked for (as in voices.spec.ts).
  await screenshotFor(page, 'board-hyphenation');
  // Screen readers and find-in-page get the plain title, in Chromium's own accessibility tree.
  await expect(card).toHaveAccessibleName(campaigns);
  const trayCard = tray.getByRole('button', {
    name: sv('responsibility-training-for-companies'),
    exact: true,
  });
  await expect(trayCard).toHaveAccessibleName(sv('responsibility-training-for-companies'));
  await expect(trayCard.locator('[aria-hidden="true"]')).toHaveCount(1);
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  const names = nodes.filter((node) => !node.ignored).map((node) => String(node.name?.value ?? ''));
  expect(names).toContain(campaigns);
  expect(names.filter((name) => name.includes(SOFT_HYPHEN))).toEqual([]);
  // window.find is Chromium's find-in-page (non-standard, so untyped).
  const found = await page.evaluate(
    (text) => (window as unknown as { find: (text: string) => boolean }).find(text),
    campaigns,
  );
  expect(found).toBe(true);

  await expectAccessible(page, 'the board with hyphenated titles');
});
