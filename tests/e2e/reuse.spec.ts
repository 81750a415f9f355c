import type { Page } from '@playwright/test';
import { getModel } from '../../shared/catalogue';
import { expect, expectAccessible, pickUpWithKeyboard, screenshotFor, test } from './fixtures';

const openData = getModel('open-data')?.title;
const matrixOf = (page: Page) =>
  page.getByRole('group', { name: 'Matrix: resources and climate impact' });

/** Creates a workshop with one model placed as a quick win, and returns to the start screen. */
async function workshopWithPlacement(page: Page, title: string) {
  await page.goto('/');
  await page.getByRole('textbox', { name: 'Title' }).fill(title);
  await page.getByRole('button', { name: 'Create workshop' }).click();
  await expect(page.getByRole('heading', { name: title })).toBeVisible();
  await pickUpWithKeyboard(page, page.getByRole('button', { name: openData?.en, exact: true }));
  await page.keyboard.press('ArrowUp');
  await expect(
    page.getByRole('status').filter({ hasText: `${openData?.en}: Quick wins` }),
  ).toBeAttached();
  await page.keyboard.press('Space');
  await expect(page.getByText('Saved')).toBeVisible();
  await page.getByRole('button', { name: 'All workshops' }).click();
  await expect(page.getByRole('heading', { name: 'Workshops' })).toBeVisible();
}

/** Opens a workshop and checks whether its matrix holds the placed model. */
async function expectBoard(page: Page, title: string, placed: boolean) {
  await page.getByRole('button', { name: `Open ${title}`, exact: true }).click();
  await expect(page.getByRole('heading', { name: title })).toBeVisible();
  const card = matrixOf(page).getByRole('button', { name: openData?.en, exact: true });
  if (placed) await expect(card).toBeVisible();
  else await expect(card).toHaveCount(0);
  await page.getByRole('button', { name: 'All workshops' }).click();
  await expect(page.getByRole('heading', { name: 'Workshops' })).toBeVisible();
}

test('a workshop is duplicated as a template and as a full copy', async ({ page }) => {
  await workshopWithPlacement(page, 'Klimatråd Åbo');

  await page
    .getByRole('button', {
      name: 'Make a template of Klimatråd Åbo: its setup, without placements or answers',
    })
    .click();
  await expect(page.getByRole('status').filter({ hasText: 'was created' })).toHaveText(
    '“Klimatråd Åbo (template)” was created.',
  );
  await page.getByRole('button', { name: 'Copy Klimatråd Åbo with everything in it' }).click();
  await expect(page.getByRole('button', { name: /^Open / })).toHaveCount(3);

  await expectBoard(page, 'Klimatråd Åbo (template)', false);
  await expectBoard(page, 'Klimatråd Åbo (copy)', true);
  await expectBoard(page, 'Klimatråd Åbo', true);
  await page.reload();
  await expect(page.getByRole('button', { name: /^Open / })).toHaveCount(3);
});

test('a deleted workshop comes back with its placements from the toast’s Undo', async ({
  page,
}) => {
  await workshopWithPlacement(page, 'Höstmöte');

  await page.getByRole('button', { name: 'Delete Höstmöte' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete the workshop?' });
  await expect(dialog).toContainText('With it go 1 placement.');
  await expect(dialog).toContainText('You can undo this for 10 seconds.');
  await dialog.getByRole('button', { name: 'Delete' }).click();

  const undo = page.getByRole('button', { name: 'Undo deleting Höstmöte' });
  await expect(undo).toBeVisible();
  await expect(page.getByRole('status').filter({ has: undo })).toContainText(
    '“Höstmöte” was deleted.',
  );
  await expect(page.getByRole('button', { name: 'Open Höstmöte' })).toHaveCount(0);
  // The toast does not take the focus.
  await expect(undo).not.toBeFocused();
  await expectAccessible(page, 'the start screen with the undo toast');
  await screenshotFor(page, 'undo-delete-toast');

  // Reachable from the keyboard: Tab to it, Enter.
  await undo.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'is back' })).toHaveText(
    '“Höstmöte” is back.',
  );
  await expect(page.getByRole('button', { name: 'Open Höstmöte' })).toBeFocused();
  await expect(undo).toHaveCount(0);
  await expectBoard(page, 'Höstmöte', true);
});

test('the keyboard shortcuts panel opens with ?, but not while typing', async ({ page }) => {
  await page.goto('/');
  const title = page.getByRole('textbox', { name: 'Title' });
  await title.fill('Varför');
  await title.press('Shift+?');
  await expect(title).toHaveValue('Varför?');
  const panel = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(panel).toHaveCount(0);

  await page.getByRole('button', { name: 'Create workshop' }).click();
  await expect(page.getByRole('heading', { name: 'Varför?' })).toBeVisible();
  await page.keyboard.press('Shift+?');
  await expect(panel).toBeVisible();
  await expect(panel.locator('[data-action="undo"]')).toContainText(/Undo\s*(Ctrl\+Z|⌘Z)/);
  await expect(panel.locator('[data-action="redo"]')).toContainText('Redo');
  await expect(panel.locator('[data-action="shortcuts"]')).toContainText('?');
  await expect(panel.getByRole('button', { name: 'Close' })).toBeFocused();
  await expectAccessible(page, 'the keyboard shortcuts panel');
  await screenshotFor(page, 'keyboard-shortcuts');
  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);

  // From the start screen's button too.
  await page.getByRole('button', { name: 'All workshops' }).click();
  await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
  await expect(panel).toBeVisible();
  await panel.getByRole('button', { name: 'Close' }).click();
  await expect(panel).toHaveCount(0);
});
