import type { Locator, Page } from '@playwright/test';
import { expect, expectAccessible, test } from './fixtures';

// A 200-character title with no spaces at all: markup, an emoji, a right-to-left word and one
// long word. Exactly the limit, so the form keeps it whole.
const MARKUP = '<script>alert(1)</script>';
const TITLE = `${MARKUP}🌍שלום${'Ö'.repeat(200 - MARKUP.length - 1 - 4)}`;
const ORGANISATION = `${'Näringslivsavdelningen'.repeat(9)}`.slice(0, 200);

/** The page is no wider than the window: nothing scrolls sideways. */
async function expectNoSidewaysScroll(page: Page, where: string) {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  expect(scrollWidth, `page width on ${where}`).toBeLessThanOrEqual(innerWidth);
}

/** The element's whole box lies inside the window. */
async function expectInsideWindow(page: Page, locator: Locator, what: string) {
  const box = await locator.boundingBox();
  const size = page.viewportSize();
  if (!box || !size) throw new Error(`${what} is not on screen`);
  expect(box.x, `${what} left`).toBeGreaterThanOrEqual(0);
  expect(box.y, `${what} top`).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width, `${what} right`).toBeLessThanOrEqual(size.width);
  expect(box.y + box.height, `${what} bottom`).toBeLessThanOrEqual(size.height);
}

test.use({ viewport: { width: 1280, height: 720 } });

test('a 200-character hostile title never widens the start screen or the dialog', async ({
  page,
}) => {
  expect(Array.from(TITLE)).toHaveLength(200);
  await page.goto('/');
  const titleField = page.getByRole('textbox', { name: 'Title' });

  // A longer paste is cut, whole characters only, and the form says so.
  await titleField.fill(`${TITLE}överlopp`);
  await expect(titleField).toHaveValue(TITLE);
  await expect(page.getByText('The title was cut to 200 characters.')).toBeVisible();
  await expect(page.getByText('200 / 200')).toBeVisible();
  await expectNoSidewaysScroll(page, 'the form with a long title');

  await page.getByRole('textbox', { name: 'Organisation or municipality' }).fill(ORGANISATION);
  await page.getByLabel('Date').fill('2026-11-30');
  await page.getByRole('button', { name: 'Create workshop' }).click();

  // The board: the header keeps one line, with the whole title on hover and on focus.
  const heading = page.getByRole('heading', { level: 1, name: TITLE, exact: true });
  await expect(heading).toBeVisible();
  await expect(heading).toHaveAttribute('title', TITLE);
  await expectInsideWindow(page, heading, 'the board title');
  await heading.focus();
  await expect(heading).toBeFocused();
  await expectInsideWindow(page, heading, 'the focused board title');

  await page.getByRole('button', { name: 'All workshops' }).click();
  await expect(page.getByRole('heading', { name: 'Workshops' })).toBeVisible();

  // The start screen: the title wraps, the page keeps the window's width, delete stays on screen.
  await expect(page.getByText(TITLE, { exact: true })).toBeVisible();
  await expectNoSidewaysScroll(page, 'the start screen');
  const deleteButton = page.getByRole('button', { name: `Delete ${TITLE}`, exact: true });
  await expect(deleteButton).toBeInViewport({ ratio: 1 });
  await expectInsideWindow(page, deleteButton, 'the delete button');
  await expectAccessible(page, 'the start screen with a hostile title');

  // The confirmation quotes the whole title, wrapped inside the dialog inside the window.
  await deleteButton.click();
  const dialog = page.getByRole('dialog', { name: 'Delete the workshop?' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(TITLE);
  await expectInsideWindow(page, dialog, 'the confirm dialog');
  const overflow = await dialog.evaluate((element) => element.scrollWidth - element.clientWidth);
  expect(overflow, 'sideways overflow inside the dialog').toBeLessThanOrEqual(0);
  await expectInsideWindow(page, dialog.getByRole('button', { name: 'Delete' }), 'confirm');
  await expectNoSidewaysScroll(page, 'the confirm dialog');
  await expectAccessible(page, 'the confirm dialog with a hostile title');

  await dialog.getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByText(TITLE, { exact: true })).toHaveCount(0);
});
