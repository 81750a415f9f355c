import type { Page } from '@playwright/test';
import { getModel } from '../../shared/catalogue';
import { expect, matrixPoint, mouseDrag, pickUpWithKeyboard, test } from './fixtures';

async function createWorkshop(page: Page, title: string) {
  await page.goto('/');
  await page.getByRole('textbox', { name: 'Title' }).fill(title);
  await page.getByRole('button', { name: 'Create workshop' }).click();
  await expect(page.getByRole('heading', { name: title })).toBeVisible();
}

const en = (id: string) => getModel(id)?.title.en ?? id;
const sv = (id: string) => getModel(id)?.title.sv ?? id;
const matrixOf = (page: Page, name = 'Matrix: resources and climate impact') =>
  page.getByRole('group', { name });

test('touch: a long press lifts a card and a finger drags it onto the matrix', async ({ page }) => {
  await createWorkshop(page, 'Touch');
  const matrix = matrixOf(page);
  const source = page
    .getByRole('complementary')
    .getByRole('button', { name: en('diploma'), exact: true });
  await source.scrollIntoViewIfNeeded();
  const box = await source.boundingBox();
  if (!box) throw new Error('card not visible');
  const target = await matrixPoint(matrix, 0.3, 0.7);
  const cdp = await page.context().newCDPSession(page);
  const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', x: number, y: number) =>
    cdp.send('Input.dispatchTouchEvent', {
      type,
      touchPoints: type === 'touchEnd' ? [] : [{ x, y }],
    });
  const start = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  await touch('touchStart', start.x, start.y);
  await page.waitForTimeout(300); // the press that tells a drag from a scroll
  for (let i = 1; i <= 10; i++) {
    await touch(
      'touchMove',
      start.x + ((target.x - start.x) * i) / 10,
      start.y + ((target.y - start.y) * i) / 10,
    );
  }
  await touch('touchEnd', target.x, target.y);

  const placed = matrix.getByRole('button', { name: en('diploma'), exact: true });
  await expect(placed).toBeVisible();
  expect(Number(await placed.getAttribute('data-x'))).toBeCloseTo(0.3, 1);
  expect(Number(await placed.getAttribute('data-y'))).toBeCloseTo(0.7, 1);
});

test('cards move within the matrix, go back to the tray, and undo restores them', async ({
  page,
}) => {
  await createWorkshop(page, 'Flytta');
  const matrix = matrixOf(page);
  const tray = page.getByRole('complementary');
  const name = en('themed-events');

  await mouseDrag(
    page,
    tray.getByRole('button', { name, exact: true }),
    await matrixPoint(matrix, 0.2, 0.2),
  );
  const placed = matrix.getByRole('button', { name, exact: true });
  await expect(placed).toHaveAttribute('data-x', '0.200');

  await mouseDrag(page, placed, await matrixPoint(matrix, 0.9, 0.6));
  await expect(placed).toHaveAttribute('data-x', '0.900');
  await expect(placed).toHaveAttribute('data-y', '0.600');

  const trayBox = await tray.boundingBox();
  if (!trayBox) throw new Error('tray not visible');
  await mouseDrag(page, placed, { x: trayBox.x + trayBox.width / 2, y: trayBox.y + 200 });
  await expect(placed).toHaveCount(0);
  await expect(tray.getByRole('button', { name, exact: true })).toBeVisible();

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(placed).toHaveAttribute('data-x', '0.900');
  await page.keyboard.press('Control+z');
  await expect(placed).toHaveAttribute('data-x', '0.200');
  await page.keyboard.press('Control+Shift+z');
  await expect(placed).toHaveAttribute('data-x', '0.900');
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();
});

test('search filters the tray and a card opens its full description', async ({ page }) => {
  await createWorkshop(page, 'Sök');
  const tray = page.getByRole('complementary');
  await tray.getByRole('searchbox', { name: 'Search models' }).fill('greenwashing');
  await expect(tray.getByRole('button', { name: /^Show details of/ })).toHaveCount(3);
  await tray
    .getByRole('button', { name: `Show details of ${en('signed-climate-commitment')}` })
    .click();
  const dialog = page.getByRole('dialog', { name: en('signed-climate-commitment') });
  await expect(dialog.getByRole('heading', { name: 'How' })).toBeVisible();
  await expect(dialog.getByRole('heading', { name: 'Risks to consider' })).toBeVisible();
  await expect(dialog.getByText('Not placed yet')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);

  await tray.getByRole('searchbox', { name: 'Search models' }).fill('zzzz');
  await expect(tray.getByText('No models match the search.')).toBeVisible();
});

test('the language choice is remembered and the catalogue follows it', async ({ page }) => {
  await createWorkshop(page, 'Språk');
  await page.getByRole('combobox', { name: 'Language' }).selectOption('sv');
  await expect(page.getByRole('button', { name: 'Exportera handlingsplan (PDF)' })).toBeVisible();
  await expect(page.getByRole('button', { name: sv('open-data'), exact: true })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv');

  await page.reload();
  await expect(
    page.getByRole('group', { name: 'Matris: resurser och klimatpåverkan' }),
  ).toBeVisible();
  await expect(
    page.getByRole('button', { name: sv('responsible-procurement'), exact: true }),
  ).toBeVisible();

  // Keyboard announcements speak Swedish too.
  const card = page.getByRole('button', { name: sv('responsible-procurement'), exact: true });
  await pickUpWithKeyboard(page, card);
  await page.keyboard.press('ArrowLeft');
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: 'Snabba vinster, resurser 50 %, klimatpåverkan 50 %' }),
  ).toBeAttached();
  await page.keyboard.press('Space');
  await expect(
    page.getByRole('status').filter({ hasText: /placerades i Snabba vinster/ }),
  ).toBeAttached();
});

test('a creation form without a title says what to do and stores nothing', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Create workshop' }).click();
  await expect(page.getByRole('alert')).toHaveText('Give the workshop a title.');
  await page.reload();
  await expect(page.getByText('No workshops yet. Create the first one below.')).toBeVisible();
});

test('the page refuses injected inline script (Content-Security-Policy)', async ({ page }) => {
  await page.goto('/');
  const ran = await page.evaluate(async () => {
    const script = document.createElement('script');
    script.textContent = 'window.__injected = true';
    document.body.append(script);
    await new Promise((resolve) => setTimeout(resolve, 50));
    return (window as unknown as { __injected?: boolean }).__injected === true;
  });
  expect(ran).toBe(false);
  // The page has no Node: no require, no process, and in the browser no desktop bridge either.
  expect(
    await page.evaluate(() => [
      typeof (window as { require?: unknown }).require,
      typeof (window as { process?: unknown }).process,
      typeof window.desktop,
    ]),
  ).toEqual(['undefined', 'undefined', 'undefined']);
});

test('keyboard only: focus follows the card, a lift and drop in place keeps it still, Delete returns it', async ({
  page,
}) => {
  await createWorkshop(page, 'Tangentbord');
  const matrix = matrixOf(page);
  const tray = page.getByRole('complementary');
  const name = en('business-networking');

  await pickUpWithKeyboard(page, tray.getByRole('button', { name, exact: true }));
  await page.keyboard.press('ArrowUp');
  await expect(page.getByRole('status').filter({ hasText: `${name}: Quick wins` })).toBeAttached();
  await page.keyboard.press('Space');

  const placed = matrix.getByRole('button', { name, exact: true });
  await expect(placed).toBeFocused();
  await expect(placed).toHaveAccessibleDescription(/Quick wins/);
  const start = [await placed.getAttribute('data-x'), await placed.getAttribute('data-y')];

  for (let i = 0; i < 3; i++) {
    await pickUpWithKeyboard(page, placed);
    await page.keyboard.press('Space');
    await expect(page.getByText('Saved', { exact: true })).toBeVisible();
  }
  expect([await placed.getAttribute('data-x'), await placed.getAttribute('data-y')]).toEqual(start);

  await placed.press('Delete');
  const back = tray.getByRole('button', { name, exact: true });
  await expect(back).toBeFocused();
  await expect(placed).toHaveCount(0);

  await page.keyboard.press('Control+z');
  await expect(placed).toHaveAttribute('data-x', start[0] ?? '');
  await expect(
    page.getByRole('status').filter({ hasText: `Undone: the placement of ${name}.` }),
  ).toBeAttached();
});

test('a placed model’s details open on a harmless control: Enter right away only closes them', async ({
  page,
}) => {
  await createWorkshop(page, 'Fokus');
  const matrix = matrixOf(page);
  const name = en('open-data');
  await mouseDrag(
    page,
    page.getByRole('complementary').getByRole('button', { name, exact: true }),
    await matrixPoint(matrix, 0.3, 0.7),
  );
  const placed = matrix.getByRole('button', { name, exact: true });
  await placed.press('Enter');
  const dialog = page.getByRole('dialog', { name });
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog).toHaveCount(0);
  await expect(placed).toBeVisible();
  // Focus returns to the card the dialog was opened from.
  await expect(placed).toBeFocused();
});

test('a message already on screen follows a language switch', async ({ page }) => {
  await createWorkshop(page, 'Språk');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export action plan (PDF)' }).click();
  await download;
  await expect(
    page.getByRole('status').filter({ hasText: 'The action plan was saved.' }),
  ).toBeVisible();
  await page.getByRole('combobox', { name: 'Language' }).selectOption('sv');
  await expect(
    page.getByRole('status').filter({ hasText: 'Handlingsplanen sparades.' }),
  ).toBeVisible();
  await expect(page.getByText('The action plan was saved.')).toHaveCount(0);
});

test('a tray card’s focus ring is not cut off by the tray’s scroll area', async ({ page }) => {
  await createWorkshop(page, 'Fokus 9');
  const card = page
    .getByRole('complementary')
    .getByRole('button', { name: en('land-use-and-planning'), exact: true });
  await card.focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await expect(card).toBeFocused();
  const { ring, area } = await card.evaluate((element) => {
    const style = getComputedStyle(element);
    const reach = parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset);
    const box = element.getBoundingClientRect();
    const scroller = element.closest('.tray-groups')?.getBoundingClientRect();
    return { ring: { left: box.left - reach, right: box.right + reach }, area: scroller };
  });
  expect(area).toBeDefined();
  expect(ring.left).toBeGreaterThanOrEqual(area?.left ?? Infinity);
  expect(ring.right).toBeLessThanOrEqual(area?.right ?? -Infinity);
});
