import type { Page } from '@playwright/test';
import { getModel } from '../../shared/catalogue';
import { expect, screenshotFor, test } from './fixtures';

function model(id: string) {
  const found = getModel(id);
  if (!found) throw new Error(`no model ${id} in the catalogue`);
  return found;
}

async function openDetails(page: Page, id: string) {
  await page.goto('/');
  await page.getByRole('textbox', { name: 'Title' }).fill('Modellkort');
  await page.getByRole('button', { name: 'Create workshop' }).click();
  await expect(page.getByRole('heading', { name: 'Modellkort' })).toBeVisible();
  const title = model(id).title.en;
  await page
    .getByRole('complementary')
    .getByRole('button', { name: `Show details of ${title}`, exact: true })
    .click();
  const dialog = page.getByRole('dialog', { name: title });
  await expect(dialog).toBeVisible();
  return dialog;
}

test('a model’s sub-points stand indented under their point in its details', async ({ page }) => {
  const sharing = model('sharing-company-climate-actions');
  const point = sharing.how[0];
  const dialog = await openDetails(page, sharing.id);

  const paragraph = dialog.getByText(point?.text.en ?? '', { exact: true });
  const subPoints = dialog.getByRole('list').filter({ hasText: point?.subPoints?.[0]?.en ?? '' });
  await expect(subPoints.getByRole('listitem')).toHaveText(
    (point?.subPoints ?? []).map((sub) => sub.en),
  );
  const paragraphBox = await paragraph.boundingBox();
  const firstItemBox = await subPoints.getByRole('listitem').first().boundingBox();
  // Indented under the point and right below it, not a paragraph of its own.
  expect(firstItemBox?.x ?? 0).toBeGreaterThan((paragraphBox?.x ?? 0) + 16);
  const gap = (firstItemBox?.y ?? 0) - ((paragraphBox?.y ?? 0) + (paragraphBox?.height ?? 0));
  expect(gap).toBeGreaterThanOrEqual(0);
  expect(gap).toBeLessThan(12);
  await screenshotFor(dialog, 'details-sub-points');
});

test('a model whose card title is shortened shows its full name in its details', async ({
  page,
}) => {
  const landUse = model('land-use-and-planning');
  const dialog = await openDetails(page, landUse.id);
  await expect(dialog.getByRole('heading', { level: 2 })).toHaveText(
    'Land use, planning, transport and energy',
  );
  await expect(dialog.getByText(landUse.name.en, { exact: true })).toBeVisible();
});
