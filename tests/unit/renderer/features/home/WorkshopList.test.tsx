// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../../../renderer/src/db/db';
import { workshopsRepo } from '../../../../../renderer/src/db/workshopsRepo';
import { WorkshopList } from '../../../../../renderer/src/features/home/WorkshopList';
import { renderInEnglish } from '../catalogue/renderInEnglish';
import { stubDialogs } from '../participants/harness';

stubDialogs();
afterEach(async () => {
  cleanup();
  await db.workshops.clear();
});

// 200 characters: markup, emoji, a right-to-left word and one long word without spaces.
const HOSTILE = `<img src=x onerror=alert(1)>🌍 שלום ${'Klimatanpassning'.repeat(20)}`.slice(
  0,
  200,
);

describe('WorkshopList with a hostile title', () => {
  it('shows the whole title as text, and quotes it whole in the delete question', async () => {
    const stored = await workshopsRepo.create({
      title: HOSTILE,
      organisation: 'Vanda stad',
      date: '2026-11-30',
    });
    expect(stored.title).toBe(HOSTILE);
    const user = userEvent.setup();
    await renderInEnglish(<WorkshopList onOpen={vi.fn()} />);

    const listed = await screen.findByText(HOSTILE);
    expect(listed.className).toBe('workshop-title');
    expect(document.querySelector('img')).toBeNull();

    await user.click(screen.getByRole('button', { name: `Delete ${HOSTILE}` }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete the workshop?' });
    expect(within(dialog).getByText(`“${HOSTILE}” will be removed`, { exact: false })).toBeTruthy();
    // The harmless answer has the focus.
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Cancel' }));
  });
});
