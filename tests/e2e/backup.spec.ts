import type { Page } from '@playwright/test';
import { getModel } from '../../shared/catalogue';
import { defaultSetup } from '../../shared/domain/workshop';
import { createSnapshot, serializeSnapshot } from '../../shared/io/serializeSnapshot';
import { expect, expectAccessible, pickUpWithKeyboard, test } from './fixtures';

const openData = getModel('open-data')?.title.en ?? 'open-data';

/** A backup file as the desktop app writes it: two workshops, one model placed. */
function backupFile(): string {
  const at = Date.UTC(2026, 10, 30, 9);
  const workshop = (id: string, title: string) => ({
    id,
    title,
    organisation: 'Vanda stad',
    date: '2026-11-30',
    setup: defaultSetup(),
    createdAt: at,
    updatedAt: at,
  });
  return serializeSnapshot(
    createSnapshot(
      {
        workshops: [
          workshop('restored-a', 'Klimatråd Åbo'),
          workshop('restored-b', 'Näringslivsdag'),
        ],
        placements: [
          {
            workshopId: 'restored-a',
            modelId: 'open-data',
            position: { x: 0.2, y: 0.8 },
            updatedAt: at,
          },
        ],
        participants: [],
        rounds: [],
        votes: [],
      },
      at,
    ),
  );
}

async function createWorkshop(page: Page, title: string) {
  await page.getByRole('textbox', { name: 'Title' }).fill(title);
  await page.getByRole('button', { name: 'Create workshop' }).click();
  await expect(page.getByRole('heading', { name: title })).toBeVisible();
  await page.getByRole('button', { name: 'All workshops' }).click();
}

/** The start screen lists exactly `titles` (each as its open button), nothing else. */
async function expectWorkshops(page: Page, titles: string[]) {
  await expect(page.getByRole('heading', { name: 'Workshops' })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Open / })).toHaveCount(titles.length);
  for (const title of titles) {
    await expect(page.getByRole('button', { name: `Open ${title}`, exact: true })).toBeVisible();
  }
}

async function openBackups(page: Page) {
  await page.getByRole('button', { name: 'Backups' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Backups' })).toBeVisible();
  await expectAccessible(page, 'the Backups screen');
}

test('restoring a backup file replaces the workshops with exactly those of the file', async ({
  page,
}) => {
  await page.goto('/');
  await createWorkshop(page, 'Gammal workshop');
  await openBackups(page);
  await expect(page.getByText(/browser version takes no automatic backups/)).toBeVisible();

  await page.getByLabel('Restore from file…').setInputFiles({
    name: 'klimatverkstad-backup.json',
    mimeType: 'application/json',
    buffer: Buffer.from(backupFile()),
  });
  const dialog = page.getByRole('dialog', { name: 'Replace all workshops?' });
  await expect(dialog).toContainText('the file “klimatverkstad-backup.json” (2 workshops)');
  await dialog.getByRole('button', { name: 'Replace' }).click();

  await expect(page).toHaveURL(/#\/$/);
  await expectWorkshops(page, ['Klimatråd Åbo', 'Näringslivsdag']);
  await page.reload();
  await expectWorkshops(page, ['Klimatråd Åbo', 'Näringslivsdag']);

  await page.getByRole('button', { name: 'Open Klimatråd Åbo' }).click();
  const matrix = page.getByRole('group', { name: 'Matrix: resources and climate impact' });
  await expect(matrix.getByRole('button', { name: openData, exact: true })).toBeVisible();
});

test('a broken file shows the error and leaves the workshops untouched', async ({ page }) => {
  await page.goto('/');
  await createWorkshop(page, 'Behåll mig');
  await openBackups(page);

  const broken = backupFile().replace('"title": "Näringslivsdag"', '"title": "x", "hack": true');
  await page.getByLabel('Restore from file…').setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from(broken),
  });
  await expect(page.getByRole('alert')).toContainText(
    'The backup is damaged or was edited by hand and cannot be restored',
  );
  await page.getByLabel('Restore from file…').setInputFiles({
    name: 'cut.json',
    mimeType: 'application/json',
    buffer: Buffer.from(backupFile().slice(0, 100)),
  });
  await expect(page.getByRole('alert')).toContainText('cannot be read as JSON');
  await expect(page.getByRole('dialog')).toHaveCount(0);

  await page.getByRole('button', { name: 'All workshops' }).click();
  await expectWorkshops(page, ['Behåll mig']);
});

test('a saved backup file brings deleted workshops back, placements included', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('textbox', { name: 'Title' }).fill('Sparas i fil');
  await page.getByRole('button', { name: 'Create workshop' }).click();
  const matrix = page.getByRole('group', { name: 'Matrix: resources and climate impact' });
  await pickUpWithKeyboard(page, page.getByRole('button', { name: openData, exact: true }));
  await page.keyboard.press('ArrowUp');
  await expect(
    page.getByRole('status').filter({ hasText: `${openData}: Quick wins` }),
  ).toBeAttached();
  await page.keyboard.press('Space');
  await expect(matrix.getByRole('button', { name: openData, exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'All workshops' }).click();

  await openBackups(page);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save a backup file…' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^klimatverkstad-\d{4}-\d{2}-\d{2}\.json$/);
  const saved = await file.path();

  await page.getByRole('button', { name: 'All workshops' }).click();
  await page.getByRole('button', { name: 'Delete Sparas i fil' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
  await expectWorkshops(page, []);

  await openBackups(page);
  await page.getByLabel('Restore from file…').setInputFiles(saved);
  await page
    .getByRole('dialog', { name: 'Replace all workshops?' })
    .getByRole('button', { name: 'Replace' })
    .click();
  await expectWorkshops(page, ['Sparas i fil']);
  await page.getByRole('button', { name: 'Open Sparas i fil' }).click();
  await expect(matrix.getByRole('button', { name: openData, exact: true })).toBeVisible();
});
