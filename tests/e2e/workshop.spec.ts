import { getModel } from '../../shared/catalogue';
import {
  expect,
  expectAccessible,
  matrixPoint,
  mouseDrag,
  pickUpWithKeyboard,
  test,
} from './fixtures';
import { pdfPages } from './pdfText';

const title = (id: string) => {
  const model = getModel(id);
  if (!model) throw new Error(`no model ${id} in the catalogue`);
  return model.title.en;
};

test('a facilitator runs the whole workshop loop', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Workshops' })).toBeVisible();
  await expectAccessible(page, 'the empty start screen');

  // Create
  await page.getByRole('textbox', { name: 'Title' }).fill('Klimatråd Åbo – höst');
  await page.getByRole('textbox', { name: 'Organisation or municipality' }).fill('Vanda stad');
  await page.getByLabel('Date').fill('2026-11-30');
  await page.getByRole('button', { name: 'Create workshop' }).click();
  await expect(page.getByRole('heading', { name: 'Klimatråd Åbo – höst' })).toBeVisible();

  const matrix = page.getByRole('group', { name: 'Matrix: resources and climate impact' });
  const tray = page.getByRole('complementary');

  // Three models with the mouse into three quadrants
  const mouseDrops = [
    ['responsible-procurement', 0.2, 0.85, 'Quick wins'],
    ['climate-label', 0.8, 0.8, 'Strategic bets'],
    ['open-data', 0.25, 0.2, 'Fill-ins'],
  ] as const;
  for (const [id, x, y] of mouseDrops) {
    await mouseDrag(
      page,
      tray.getByRole('button', { name: title(id), exact: true }),
      await matrixPoint(matrix, x, y),
    );
    await expect(matrix.getByRole('button', { name: title(id), exact: true })).toBeVisible();
  }

  // One with the keyboard: Space lifts, the first arrow jumps to the centre, arrows move, Space drops
  const keyboardCard = tray.getByRole('button', {
    name: title('communication-campaigns'),
    exact: true,
  });
  await pickUpWithKeyboard(page, keyboardCard);
  await page.keyboard.press('ArrowRight');
  for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight');
  for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowDown');
  // The live region says where the card is before it is dropped.
  await expect(
    page.getByRole('status').filter({ hasText: 'Reconsider, resources 80 %, climate impact 20 %' }),
  ).toBeAttached();
  await page.keyboard.press('Space');
  await expect(page.getByRole('status').filter({ hasText: /placed in Reconsider/ })).toBeAttached();
  await expect(
    matrix.getByRole('button', { name: title('communication-campaigns'), exact: true }),
  ).toBeVisible();

  await expect(page.getByText('Saved', { exact: true })).toBeVisible();
  await expect(page.getByText('4 of 25 placed')).toBeVisible();
  await expectAccessible(page, 'the board with cards');

  // Each card sits in the quadrant it was dropped in
  const expected = [
    ...mouseDrops.map(([id, , , q]) => [id, q] as const),
    ['communication-campaigns', 'Reconsider'] as const,
  ];
  for (const [id, quadrant] of expected) {
    await matrix.getByRole('button', { name: title(id), exact: true }).click();
    const dialog = page.getByRole('dialog', { name: title(id) });
    await expect(dialog.getByText(`Placed in: ${quadrant}`)).toBeVisible();
    if (id === 'responsible-procurement') await expectAccessible(page, 'a model’s details');
    await dialog.getByRole('button', { name: 'Close' }).click();
  }

  // Reload: everything where it was
  const positions = async () =>
    Object.fromEntries(
      await Promise.all(
        expected.map(async ([id]) => {
          const placed = matrix.getByRole('button', { name: title(id), exact: true });
          return [id, [await placed.getAttribute('data-x'), await placed.getAttribute('data-y')]];
        }),
      ),
    );
  const before = await positions();
  await page.reload();
  await expect(matrix.getByRole('button', { name: title('open-data'), exact: true })).toBeVisible();
  expect(await positions()).toEqual(before);
  expect(before['communication-campaigns']).toEqual(['0.800', '0.200']);

  // Export the plan
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export action plan (PDF)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('Klimatråd Åbo – höst 2026-11-30.pdf');
  const pages = await pdfPages(await file.path());
  const text = pages.join('\n');
  expect(text).toContain('Klimatråd Åbo – höst');
  expect(text).toContain('Vanda stad');
  for (const [id] of expected) expect(text).toContain(title(id));
  expect(pages.length).toBeGreaterThanOrEqual(3);
  expect(
    text.indexOf(title('responsible-procurement'), text.indexOf('Quick wins')),
  ).toBeGreaterThan(-1);

  // Delete
  await page.getByRole('button', { name: 'All workshops' }).click();
  await expectAccessible(page, 'the start screen with a workshop');
  await page.getByRole('button', { name: 'Delete Klimatråd Åbo – höst' }).click();
  await expectAccessible(page, 'the delete confirmation');
  await page
    .getByRole('dialog', { name: 'Delete the workshop?' })
    .getByRole('button', { name: 'Delete' })
    .click();
  await expect(page.getByText('No workshops yet. Create the first one below.')).toBeVisible();
  await page.reload();
  await expect(page.getByText('No workshops yet. Create the first one below.')).toBeVisible();
});
