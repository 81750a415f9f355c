import type { Page } from '@playwright/test';
import { getModel } from '../../shared/catalogue';
import { expect, matrixPoint, mouseDrag, test } from './fixtures';

const title = (id: string) => getModel(id)?.title.en ?? id;
const matrixOf = (page: Page) =>
  page.getByRole('group', { name: 'Matrix: resources and climate impact' });

async function createWorkshop(page: Page, name: string) {
  await page.goto('/');
  await page.getByRole('textbox', { name: 'Title' }).fill(name);
  await page.getByRole('button', { name: 'Create workshop' }).click();
  await expect(page.getByRole('heading', { name })).toBeVisible();
}

async function place(page: Page, id: string, x: number, y: number) {
  const tray = page.getByRole('complementary');
  const matrix = matrixOf(page);
  await mouseDrag(
    page,
    tray.getByRole('button', { name: title(id), exact: true }),
    await matrixPoint(matrix, x, y),
  );
}

test('a full disk shows what to do, and nothing already saved is lost', async ({ page }) => {
  // Lets the test fill the "disk": every IndexedDB write fails as a real full disk would.
  await page.addInitScript(() => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (...args: Parameters<typeof put>) {
      if ((window as { diskFull?: boolean }).diskFull) {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      return put.apply(this, args);
    };
  });
  await createWorkshop(page, 'Full disk');
  const matrix = matrixOf(page);
  await place(page, 'open-data', 0.2, 0.8);
  await expect(matrix.getByRole('button', { name: title('open-data'), exact: true })).toBeVisible();

  await page.evaluate(() => ((window as { diskFull?: boolean }).diskFull = true));
  await place(page, 'diploma', 0.8, 0.2);
  await expect(page.getByRole('status').filter({ hasText: 'The disk is full' })).toHaveText(
    'The disk is full – the change was not saved. Free some space and try again.',
  );
  // The board shows what is stored: the card that could not be saved is back in the tray.
  await expect(matrix.getByRole('button', { name: title('diploma'), exact: true })).toHaveCount(0);

  await page.evaluate(() => ((window as { diskFull?: boolean }).diskFull = false));
  await page.reload();
  await expect(
    matrix.getByRole('button', { name: title('open-data'), exact: true }),
  ).toHaveAttribute('data-x', '0.200');
  await expect(matrix.getByRole('button', { name: title('diploma'), exact: true })).toHaveCount(0);
});

/** Every placement row, read with the raw IndexedDB API from another page of the origin. */
const placementRows = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const request = indexedDB.open('klimatverkstad');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const all = db.transaction('placements').objectStore('placements').getAll();
          all.onsuccess = () => {
            resolve(JSON.stringify(all.result));
            db.close();
          };
        };
      }),
  );

test('a newer version opened in another tab: this app steps aside, then refuses to touch the newer data', async ({
  page,
  context,
}) => {
  await createWorkshop(page, 'Two tabs');
  await place(page, 'open-data', 0.3, 0.7);
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();

  // Another tab opens the database at a higher version, as a newer app version would. If this
  // page kept its connection, the upgrade would stay blocked and never succeed.
  const other = await context.newPage();
  // Same origin, but not the app itself, which would also step aside and reload.
  await other.goto('/icon.svg');
  const before = await placementRows(other);
  expect(before).toContain('open-data');
  const reloaded = page.waitForEvent('load');
  const upgraded = await other.evaluate(
    () =>
      new Promise<string>((resolve) => {
        const request = indexedDB.open('klimatverkstad', 10_000);
        request.onblocked = () => resolve('blocked');
        request.onsuccess = () => {
          request.result.close();
          resolve('upgraded');
        };
        request.onerror = () => resolve(`error: ${request.error?.name}`);
      }),
  );
  expect(upgraded).toBe('upgraded');
  await reloaded;
  // This app is now the older one: it must not read or write the newer database, and says so.
  await expect(page.getByRole('heading', { name: 'Update Klimatverkstad' })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('nothing has been changed');
  await expect(page.getByRole('button', { name: 'Create workshop' })).toHaveCount(0);
  // The data is exactly as the app left it.
  expect(await placementRows(other)).toBe(before);
});

test('the start screen says what the browser answered about keeping the workshops', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Workshops' })).toBeVisible();
  const persisted = await page.evaluate(() => navigator.storage.persisted());
  const note = page.getByText(
    persisted
      ? 'The browser has promised to keep the workshops when space runs low. They are still lost if someone clears the browser’s data'
      : 'The browser may clear the workshops: when the disk fills up, when someone clears the browser’s data',
  );
  await expect(note).toBeVisible();
  await expect(note).toContainText('Save a backup file (Backups) after changes.');
});
