import type { Page } from '@playwright/test';
import { expect, expectAccessible, screenshotFor, test } from './fixtures';

const phases = (page: Page) =>
  page.getByRole('navigation', { name: /^(Workshop phases|Workshopens faser)$/ });
const phase = (page: Page, name: string) => phases(page).getByRole('button', { name });
const timerOf = (page: Page, name: string) =>
  page.getByRole('group', { name: `Timer for ${name}` });
const status = (page: Page, text: string) => page.getByRole('status').filter({ hasText: text });
const shot = (page: Page, name: string) => screenshotFor(page, `phases-${name}`);

test('phases are chosen freely and undone; the timer runs on through a reload and says when time is up', async ({
  page,
}) => {
  // A fake clock, so minutes pass at once; it keeps running across the reload below.
  await page.clock.install({ time: new Date('2026-12-03T09:00:00Z') });
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/');
  await page.getByRole('textbox', { name: 'Title' }).fill('Klimatverkstad i Vanda');
  await page.getByRole('button', { name: 'Create workshop' }).click();

  // A new workshop stands in Prepare.
  await expect(phase(page, 'Prepare')).toHaveAttribute('aria-current', 'step');
  await expect(page.getByText('Add participants and groups')).toBeVisible();
  await expectAccessible(page, 'the board with the phase bar');
  await shot(page, 'board-1280');

  // Any phase, in any order; a move is undone like any edit.
  await phase(page, 'Explore').click();
  await expect(phase(page, 'Explore')).toHaveAttribute('aria-current', 'step');
  await expect(
    page.getByText('Read the models together; ask what each would mean here.'),
  ).toBeVisible();
  await phase(page, 'Decide').click();
  await expect(phase(page, 'Decide')).toHaveAttribute('aria-current', 'step');
  await expect(phase(page, 'Explore')).not.toHaveAttribute('aria-current', 'step');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(phase(page, 'Explore')).toHaveAttribute('aria-current', 'step');
  await expect(status(page, 'Undone: the move to the Decide phase.')).toBeAttached();

  // The phase survives a reload.
  await page.reload();
  await expect(phase(page, 'Explore')).toHaveAttribute('aria-current', 'step');

  // Explore's ten minutes: three pass, then the page reloads mid-run.
  const timer = timerOf(page, 'Explore');
  await expect(timer.getByRole('timer')).toHaveText('10:00');
  await timer.getByRole('button', { name: 'Start' }).click();
  await expect(timer.getByRole('button', { name: 'Pause' })).toBeVisible();
  await page.clock.fastForward('03:00');
  await expect(timer.getByRole('timer')).toHaveText('07:00');
  await page.reload();
  await expect(timer.getByRole('timer')).toHaveText(/^0(7:00|6:5\d)$/);
  await expect(timer.getByRole('button', { name: 'Pause' })).toBeVisible();
  await page.clock.fastForward('01:00');
  await expect(timer.getByRole('timer')).toHaveText(/^0(6:00|5:5\d)$/);

  // Paused, it stays paused through a reload.
  await timer.getByRole('button', { name: 'Pause' }).click();
  // Read the time once the pause has been drawn, not the last running tick.
  await expect(timer.getByRole('button', { name: 'Resume' })).toBeVisible();
  const pausedAt = await timer.getByRole('timer').textContent();
  await page.reload();
  await expect(timer.getByRole('button', { name: 'Resume' })).toBeVisible();
  await page.clock.fastForward('02:00');
  await expect(timer.getByRole('timer')).toHaveText(pausedAt ?? '');
  await timer.getByRole('button', { name: 'Resume' }).click();

  // One minute left, then time's up: each said once, and shown in a calm state.
  await page.clock.fastForward('05:00');
  await expect(status(page, 'One minute left of Explore.')).toBeAttached();
  await page.clock.fastForward('01:00');
  await expect(timer.getByRole('timer')).toHaveText('Time’s up');
  await expect(status(page, 'Time’s up for Explore.')).toBeAttached();
  await expect(timer).toHaveAttribute('data-status', 'done');
  await shot(page, 'timesup-1280');

  // Large, for the projector; still accessible.
  await timer.getByRole('button', { name: '+1 min' }).click();
  await timer.getByRole('button', { name: 'Enlarge' }).click();
  await expect(timer.getByRole('button', { name: 'Enlarge' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(timer.getByRole('timer')).toHaveText(/^0(1:00|0:5\d)$/);
  await expectAccessible(page, 'the board with the large timer');
  await shot(page, 'large-1280');
  await timer.getByRole('button', { name: 'Enlarge' }).click();

  // A projector's 1024×768, in both languages: the stepper stays one row, the sentence whole lines.
  await page.setViewportSize({ width: 1024, height: 768 });
  await expectCompact(page, 'Read the models together; ask what each would mean here.');
  await shot(page, 'board-1024');
  await page.getByRole('combobox', { name: 'Language' }).selectOption('sv');
  await expect(phases(page).getByRole('button', { name: 'Utforska' })).toBeVisible();
  await expectCompact(
    page,
    'Läs modellerna tillsammans; fråga vad var och en skulle innebära här.',
  );
  await shot(page, 'board-1024-sv');
  await page.setViewportSize({ width: 1280, height: 720 });
  await expectCompact(
    page,
    'Läs modellerna tillsammans; fråga vad var och en skulle innebära här.',
  );
  await shot(page, 'board-1280-sv');
});

/** The six steps side by side in one row, and the phase's sentence on one line. */
async function expectCompact(page: Page, purpose: string) {
  const tops = await phases(page)
    .getByRole('button')
    .evaluateAll((buttons) => buttons.map((b) => Math.round(b.getBoundingClientRect().top)));
  expect(tops).toHaveLength(6);
  expect(new Set(tops).size).toBe(1);
  const sentence = await page.getByText(purpose).boundingBox();
  expect(sentence?.height ?? 99).toBeLessThan(24);
}
