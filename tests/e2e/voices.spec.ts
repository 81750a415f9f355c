import type { Locator, Page } from '@playwright/test';
import { getModel } from '../../shared/catalogue';
import {
  expect,
  expectAccessible,
  matrixPoint,
  mouseDrag,
  pickUpWithKeyboard,
  screenshotFor,
  test,
} from './fixtures';

const title = (id: string) => {
  const model = getModel(id);
  if (!model) throw new Error(`no model ${id} in the catalogue`);
  return model.title.en;
};
const shot = (page: Page, name: string) => screenshotFor(page, name);

const matrixOf = (page: Page) =>
  page.getByRole('group', { name: 'Matrix: resources and climate impact' });
const status = (page: Page, text: string | RegExp) =>
  page.getByRole('status').filter({ hasText: text });

async function addParticipant(page: Page, name: string, group: string) {
  const dialog = page.getByRole('dialog', { name: 'Participants' });
  await dialog.getByRole('textbox', { name: 'Name (optional)' }).fill(name);
  await dialog.getByRole('combobox', { name: 'Group', exact: true }).selectOption({ label: group });
  await dialog.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(dialog.getByRole('row', { name: new RegExp(name) })).toBeVisible();
}

/** Places a model from the tray with the keyboard: centre, then 5 % steps (exact positions). */
async function placeByKeys(page: Page, card: Locator, right: number, up: number) {
  await pickUpWithKeyboard(page, card);
  await page.keyboard.press('ArrowRight'); // the first arrow jumps to the centre
  for (let i = 0; i < Math.abs(right); i++) {
    await page.keyboard.press(right > 0 ? 'ArrowRight' : 'ArrowLeft');
  }
  for (let i = 0; i < Math.abs(up); i++)
    await page.keyboard.press(up > 0 ? 'ArrowUp' : 'ArrowDown');
  await page.keyboard.press('Space');
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();
}

test('three participants take turns, blind; the pooled view, a revision round and groups compared', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await page.getByRole('textbox', { name: 'Title' }).fill('Rådsmöte om klimatsamarbete');
  await page.getByRole('button', { name: 'Create workshop' }).click();
  const matrix = matrixOf(page);
  const tray = page.getByRole('complementary', { name: 'Operating models' });

  // Participants, in two groups
  await page.getByRole('button', { name: 'Participants (0)' }).click();
  await addParticipant(page, 'Anna', 'Companies');
  await addParticipant(page, 'Bertil', 'Council members');
  await addParticipant(page, 'Cecilia', 'Council members');
  await expectAccessible(page, 'the participants dialog');
  await page.getByRole('dialog').getByRole('button', { name: 'Close' }).first().click();

  // Round 1: each places on their own board, seeing nobody else's
  await page.getByRole('button', { name: 'Start round 1' }).click();
  await expect(status(page, 'Now placing: Anna.')).toBeAttached();
  await placeByKeys(
    page,
    tray.getByRole('button', { name: title('open-data'), exact: true }),
    -6,
    6,
  );
  await placeByKeys(
    page,
    tray.getByRole('button', { name: title('climate-label'), exact: true }),
    6,
    6,
  );
  await mouseDrag(
    page,
    tray.getByRole('button', { name: title('business-networking'), exact: true }),
    await matrixPoint(matrix, 0.7, 0.3),
  );
  await expect(matrix.getByRole('button', { name: title('business-networking') })).toBeVisible();
  await expect(page.getByText('3 of 25 placed · 0 don’t know')).toBeVisible();
  await shot(page, 'placing');
  await expectAccessible(page, 'a participant’s board');

  await page.getByRole('button', { name: 'Next participant' }).click();
  await expect(status(page, 'Now placing: Bertil.')).toBeAttached();
  await expect(matrix.getByRole('button')).toHaveCount(0);
  await placeByKeys(
    page,
    tray.getByRole('button', { name: title('open-data'), exact: true }),
    -4,
    5,
  );
  await placeByKeys(
    page,
    tray.getByRole('button', { name: title('climate-label'), exact: true }),
    -6,
    -4,
  );
  // Undo and redo a drop by shortcut: it is Bertil's vote that goes and comes back.
  const bertilsLabel = matrix.getByRole('button', { name: title('climate-label'), exact: true });
  await page.keyboard.press('Control+z');
  await expect(bertilsLabel).toHaveCount(0);
  await expect(
    status(page, `Undone: Bertil’s placement of ${title('climate-label')}.`),
  ).toBeAttached();
  await page.keyboard.press('Control+y');
  await expect(bertilsLabel).toHaveAttribute('data-y', '0.300');

  await page.getByRole('button', { name: 'Next participant' }).click();
  await expect(status(page, 'Now placing: Cecilia.')).toBeAttached();
  await expect(matrix.getByRole('button')).toHaveCount(0);
  await placeByKeys(
    page,
    tray.getByRole('button', { name: title('open-data'), exact: true }),
    -5,
    7,
  );
  // "Don't know" from the model's details, by keyboard
  await tray.getByRole('button', { name: title('climate-label'), exact: true }).press('Enter');
  await page.getByRole('dialog').getByRole('button', { name: 'Don’t know / skip' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
  await expect(page.getByText('1 of 25 placed · 1 don’t know')).toBeVisible();

  await page.getByLabel('Who is placing').selectOption({ label: 'Anna' });
  await expect(matrix.getByRole('button')).toHaveCount(3);

  // Lock and reveal: the pooled view, most disagreement first
  await page.getByRole('button', { name: 'Lock round 1' }).click();
  await page.getByRole('button', { name: 'Reveal round 1' }).click();
  const discuss = page.getByRole('complementary', { name: 'Discuss next' });
  const items = discuss.getByRole('listitem');
  await expect(items).toHaveCount(25);
  await expect(items.nth(0)).toContainText(title('climate-label'));
  await expect(items.nth(0)).toContainText('Split across quadrants');
  await expect(items.nth(0)).toContainText('2 placed · 1 don’t know');
  await expect(items.nth(1)).toContainText(title('open-data'));
  await expect(items.nth(1)).toContainText('✓ Consensus');
  await expect(items.nth(1)).toContainText('Agreement 100 %');
  await expect(items.nth(1)).toContainText('3 placed · 0 don’t know');
  // Keyboard: focusing a model reads out its median, spread and agreement
  await items
    .nth(1)
    .getByRole('button', { name: `2 ${title('open-data')}`, exact: true })
    .focus();
  await expect(
    status(
      page,
      `${title('open-data')}: median 25 % resources, 80 % climate impact; spread 5 × 5 points; agreement 100 % in Quick wins`,
    ),
  ).toBeAttached();
  await discuss.getByRole('checkbox', { name: 'Show individual placements' }).check();
  await expect(page.getByRole('img', { name: /^(Anna|Bertil|Cecilia): / })).toHaveCount(3);
  // Hovering any dot says whose it is, also for models not selected.
  const annasDot = await matrixPoint(matrix, 0.7, 0.3);
  await page.mouse.move(annasDot.x, annasDot.y);
  await expect(page.getByRole('tooltip')).toHaveText(
    new RegExp(`^Anna: ${title('business-networking')}`),
  );
  await page.mouse.move(0, 0);
  await shot(page, 'pooled');
  await expectAccessible(page, 'the pooled view');

  // Accept a median as the group's position; undo and redo it by shortcut
  await items
    .nth(1)
    .getByRole('button', { name: /Accept the median/ })
    .click();
  const agreed = matrix.getByRole('button', { name: title('open-data'), exact: true });
  await expect(agreed).toHaveAttribute('data-x', '0.250');
  await expect(agreed).toHaveAttribute('data-y', '0.800');
  await page.keyboard.press('Control+z');
  await expect(agreed).toHaveCount(0);
  await expect(status(page, 'Undone: the accepted median.')).toBeAttached();
  await page.keyboard.press('Control+Shift+z');
  await expect(agreed).toHaveAttribute('data-y', '0.800');

  // Compare the groups
  await page.getByRole('button', { name: 'Compare groups' }).click();
  await expect(page.getByLabel('Group A (circles)')).toHaveValue('companies');
  const table = page.getByRole('table', { name: /Largest differences/ });
  // Header, climate label and open data; Anna's third model has nobody of the council beside it.
  await expect(table.getByRole('row')).toHaveCount(3);
  await expect(table).toContainText(title('open-data'));
  await shot(page, 'compare');
  await expectAccessible(page, 'the compare view');

  // A revision round starts from each person's round-1 answers; Anna moves the label
  await page.getByRole('button', { name: 'Start revision round 2' }).click();
  await page.getByLabel('Who is placing').selectOption({ label: 'Anna' });
  await expect(matrix.getByRole('button')).toHaveCount(3);
  const label = matrix.getByRole('button', { name: title('climate-label'), exact: true });
  await pickUpWithKeyboard(page, label);
  for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Space');
  await expect(label).toHaveAttribute('data-x', /^0\.(49|50)\d$/);
  await page.getByRole('button', { name: 'Lock round 2' }).click();
  await page.getByRole('button', { name: 'Reveal round 2' }).click();
  await expect(items.nth(0)).toContainText(/Moved 1[45] points since round 1/);
  await expect(discuss.getByText(/Stable since round 1/)).toHaveCount(2);

  // Everything survives a reload
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Rådsmöte om klimatsamarbete' })).toBeVisible();
  await expect(discuss.getByRole('listitem').nth(0)).toContainText(
    /Moved 1[45] points since round 1/,
  );
  await expect(
    matrix.getByRole('button', { name: title('open-data'), exact: true }),
  ).toHaveAttribute('data-y', '0.800');
  await expect(page.getByText('Round 2 · revealed')).toBeVisible();
});
