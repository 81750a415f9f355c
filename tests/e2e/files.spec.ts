import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { getModel } from '../../shared/catalogue';
import { expect, expectAccessible, pickUpWithKeyboard, test } from './fixtures';

const openData = getModel('open-data')?.title;

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

/** Opens a workshop from the start screen and checks its matrix holds the placed model. */
async function expectPlaced(page: Page, title: string) {
  await page.getByRole('button', { name: `Open ${title}`, exact: true }).click();
  const matrix = page.getByRole('group', { name: 'Matrix: resources and climate impact' });
  await expect(matrix.getByRole('button', { name: openData?.en, exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'All workshops' }).click();
}

test('a workshop file comes back in as a copy beside the untouched original', async ({ page }) => {
  await workshopWithPlacement(page, 'Klimatråd Åbo');

  await expectAccessible(page, 'the start screen with its file actions');
  await page.getByRole('button', { name: 'Export workshops…' }).click();
  const several = page.getByRole('dialog', { name: 'Export workshops' });
  await expect(several.getByRole('checkbox', { name: 'Klimatråd Åbo' })).toBeChecked();
  await expectAccessible(page, 'the export dialog');
  await several.getByRole('button', { name: 'Close' }).click();

  await page.getByRole('button', { name: 'Files of Klimatråd Åbo' }).click();
  const files = page.getByRole('dialog', { name: 'The workshop’s files' });
  await expect(files.getByRole('button', { name: 'Workshop file (.json)' })).toBeEnabled();
  await expectAccessible(page, 'the files dialog');
  const download = page.waitForEvent('download');
  await files.getByRole('button', { name: 'Workshop file (.json)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^Klimatråd Åbo \d{4}-\d{2}-\d{2}\.json$/);
  const saved = await file.path();
  const data = JSON.parse(await readFile(saved, 'utf8')) as Record<string, unknown[]>;
  expect(data).toMatchObject({ format: 'klimatverkstad-workshops', kind: 'workshop' });
  expect(data.workshops).toHaveLength(1);
  expect(data.placements).toHaveLength(1);
  await files.getByRole('button', { name: 'Close' }).click();

  await page.getByLabel('Import workshop file…').setInputFiles(saved);
  const importing = page.getByRole('dialog', { name: 'Import a workshop file' });
  await expect(importing).toContainText(
    '1 of them is already here and comes in as a copy marked “(copy)”.',
  );
  await expectAccessible(page, 'the import dialog');
  await importing.getByRole('button', { name: 'Import' }).click();
  await expect(importing).toContainText('1 workshop was imported:');
  await expect(importing.getByRole('listitem')).toHaveText('Klimatråd Åbo (copy)');
  await importing.getByRole('button', { name: 'Close' }).click();

  await expect(page.getByRole('button', { name: /^Open / })).toHaveCount(2);
  await expectPlaced(page, 'Klimatråd Åbo');
  await expectPlaced(page, 'Klimatråd Åbo (copy)');
  await page.reload();
  await expect(page.getByRole('button', { name: /^Open / })).toHaveCount(2);
});

test('the results pack holds the plan, the CSVs for a Swedish Excel and the matrix picture', async ({
  page,
}) => {
  await workshopWithPlacement(page, 'Näringslivsdag');
  await page.getByRole('combobox', { name: 'Language' }).selectOption('sv');

  await page.getByRole('button', { name: 'Filer för Näringslivsdag' }).click();
  const files = page.getByRole('dialog', { name: 'Workshoppens filer' });
  const pack = files.getByRole('button', { name: 'Resultatpaket (.zip)' });
  await expect(pack).toBeEnabled();
  const download = page.waitForEvent('download');
  await pack.click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^Näringslivsdag \d{4}-\d{2}-\d{2}\.zip$/);
  await expect(files.getByRole('status')).toContainText('sparas');

  const entries = unzipSync(new Uint8Array(await readFile(await file.path())));
  const names = Object.keys(entries).sort();
  expect(names).toEqual([
    expect.stringMatching(/^Näringslivsdag \d{4}-\d{2}-\d{2}\.pdf$/),
    'matris.png',
    'placeringar.csv',
    'röster.csv',
  ]);
  const pdf = entries[names[0] ?? ''] ?? new Uint8Array();
  expect(strFromU8(pdf.subarray(0, 5))).toBe('%PDF-');

  const csv = entries['placeringar.csv'] ?? new Uint8Array();
  expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const rows = strFromU8(csv.subarray(3)).split('\r\n');
  expect(rows[0]).toBe(
    'Modell;Kategori;Kvadrant;Resurser som behövs (0–100);Förväntad klimatpåverkan (0–100)',
  );
  expect(rows[1]).toMatch(
    new RegExp(`^${openData?.sv};[^;]+;Snabba vinster;\\d+(,\\d+)?;\\d+(,\\d+)?$`),
  );
  expect([...(entries['röster.csv'] ?? []).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);

  const png = entries['matris.png'] ?? new Uint8Array();
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const header = new DataView(png.buffer, png.byteOffset + 16, 8);
  expect(header.getUint32(0)).toBe(2000);
  // The legend stands below the square matrix, so the picture is taller than wide.
  expect(header.getUint32(4)).toBeGreaterThan(2000);
  expect(header.getUint32(4)).toBeLessThan(6000);
});

test('in the browser, a restore first saves what it replaces as a backup file', async ({
  page,
}) => {
  await workshopWithPlacement(page, 'Före återställningen');
  await page.getByRole('button', { name: 'Backups' }).click();
  const backup = JSON.stringify({
    format: 'klimatverkstad-backup',
    schemaVersion: 1,
    createdAt: '2026-11-30T09:00:00.000Z',
    workshops: [
      {
        id: 'restored',
        title: 'Från filen',
        organisation: '',
        date: '2026-11-30',
        createdAt: 1,
        updatedAt: 1,
      },
    ],
    placements: [],
  });
  await page.getByLabel('Restore from file…').setInputFiles({
    name: 'old.json',
    mimeType: 'application/json',
    buffer: Buffer.from(backup),
  });
  const dialog = page.getByRole('dialog', { name: 'Replace all workshops?' });
  await expect(dialog).toContainText(
    'First the current workshops are saved as a backup file (a download)',
  );
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Replace' }).click();
  const safety = await download;
  expect(safety.suggestedFilename()).toMatch(/^klimatverkstad-\d{4}-\d{2}-\d{2}-\d{6}\.json$/);
  const saved = JSON.parse(await readFile(await safety.path(), 'utf8')) as {
    workshops: { title: string }[];
    placements: unknown[];
  };
  expect(saved.workshops.map((w) => w.title)).toEqual(['Före återställningen']);
  expect(saved.placements).toHaveLength(1);
  await expect(page.getByRole('button', { name: 'Open Från filen' })).toBeVisible();
});
