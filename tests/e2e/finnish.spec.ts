import { getModel } from '../../shared/catalogue';
import { expect, expectAccessible, matrixPoint, mouseDrag, test } from './fixtures';
import { pdfPages } from './pdfText';

const model = (id: string) => {
  const found = getModel(id);
  if (!found) throw new Error(`no model ${id} in the catalogue`);
  return found;
};
const title = (id: string) => model(id).title.fi;

test('a Finnish facilitator runs the workshop in Finnish, PDF included', async ({ page }) => {
  await page.goto('/');

  // Each language is named in itself, in its own language, whatever the screen shows.
  const switcher = page.getByRole('combobox', { name: 'Language' });
  await expect(switcher.getByRole('option')).toHaveText(['Svenska', 'Suomi', 'English']);
  await expect(switcher.getByRole('option', { name: 'Suomi' })).toHaveAttribute('lang', 'fi');
  await switcher.selectOption({ label: 'Suomi' });

  await expect(page.getByRole('heading', { name: 'Työpajat' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fi');
  await expect(page.getByRole('combobox', { name: 'Kieli' })).toHaveValue('fi');

  await page.getByRole('textbox', { name: 'Nimi' }).fill('Ilmastotyöpaja Vantaa');
  await page.getByRole('textbox', { name: 'Organisaatio tai kunta' }).fill('Vantaan kaupunki');
  await page.getByLabel('Päivämäärä').fill('2026-11-30');
  await page.getByRole('button', { name: 'Luo työpaja' }).click();
  await expect(page.getByRole('heading', { name: 'Ilmastotyöpaja Vantaa' })).toBeVisible();

  // The catalogue tray: Finnish categories and titles, searched in Finnish.
  const tray = page.getByRole('complementary');
  await expect(tray.getByRole('heading', { name: 'Toimintamallit' })).toBeVisible();
  await expect(tray.getByText('Palkitseminen ja merkit')).toBeVisible();
  await expect(tray.getByRole('button', { name: title('open-data'), exact: true })).toBeVisible();
  const search = tray.getByRole('searchbox', { name: 'Hae malleja' });
  await search.fill('viherpesu');
  for (const id of ['climate-label', 'diploma', 'signed-climate-commitment']) {
    await expect(tray.getByRole('button', { name: title(id), exact: true })).toBeVisible();
  }
  await expect(tray.getByRole('button', { name: title('open-data'), exact: true })).toHaveCount(0);
  await search.fill('');

  // Two models onto the matrix, as in any language.
  const matrix = page.getByRole('group', { name: 'Matriisi: resurssit ja ilmastovaikutus' });
  const drops = [
    ['responsible-procurement', 0.2, 0.85],
    ['diploma', 0.3, 0.2],
  ] as const;
  for (const [id, x, y] of drops) {
    await mouseDrag(
      page,
      tray.getByRole('button', { name: title(id), exact: true }),
      await matrixPoint(matrix, x, y),
    );
    await expect(matrix.getByRole('button', { name: title(id), exact: true })).toBeVisible();
  }
  await expect(page.getByText('Tallennettu', { exact: true })).toBeVisible();
  await expect(page.getByText('2/25 sijoitettu')).toBeVisible();
  await expectAccessible(page, 'the board in Finnish');

  // A placed model's details in Finnish.
  await matrix.getByRole('button', { name: title('diploma'), exact: true }).click();
  const diploma = page.getByRole('dialog', { name: title('diploma') });
  await expect(diploma.getByText('Sijoitettu: Täydentävät toimet')).toBeVisible();
  await expect(diploma.getByRole('heading', { name: 'Miksi' })).toBeVisible();
  await expect(diploma.getByRole('heading', { name: 'Miten' })).toBeVisible();
  await expect(diploma.getByRole('heading', { name: 'Huomioitavat riskit' })).toBeVisible();
  await expect(diploma.getByText(model('diploma').risks[0]?.fi ?? '-')).toBeVisible();
  await expect(diploma.getByText('(suomeksi)')).toBeVisible();
  await expectAccessible(page, 'a model’s details in Finnish');
  await diploma.getByRole('button', { name: 'Sulje' }).click();

  // A model from the tray whose full name differs from its card title.
  await tray
    .getByRole('button', { name: `Näytä tiedot: ${title('land-use-and-planning')}`, exact: true })
    .click();
  const landUse = page.getByRole('dialog', { name: title('land-use-and-planning') });
  await expect(landUse.getByText('Kunnan perustekeminen')).toBeVisible();
  await expect(landUse.getByRole('heading', { name: 'Mitä' })).toBeVisible();
  await expect(
    landUse.getByText(model('land-use-and-planning').name.fi, { exact: true }),
  ).toBeVisible();
  await expect(landUse.getByText('Ei vielä sijoitettu')).toBeVisible();
  await landUse.getByRole('button', { name: 'Sulje' }).click();

  // The plan in Finnish, read back from the PDF.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Vie toimintasuunnitelma (PDF)' }).click();
  const file = await download;
  const pages = await pdfPages(await file.path());
  const text = pages.join('\n');
  for (const label of [
    'Toimintasuunnitelma',
    'Yhteenveto',
    'Matriisi',
    'Nopeat voitot',
    'Täydentävät toimet',
    'Mallit tärkeysjärjestyksessä',
    'Huomioitavat riskit',
    'Vantaan kaupunki',
    '30. marraskuuta 2026',
    // The cover has no page number; the pages after it do.
    `Sivu 2/${pages.length}`,
    'Luotu Klimatverkstad-sovelluksella',
  ]) {
    expect(text, label).toContain(label);
  }
  for (const [id] of drops) expect(text, id).toContain(title(id));
  expect(text).not.toContain('Handlingsplan');
  expect(text).not.toContain('Action plan');
});
