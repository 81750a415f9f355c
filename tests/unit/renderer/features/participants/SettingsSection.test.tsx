// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { freshWorkshop, listedNames, stubDialogs, type Fixture } from './harness';

stubDialogs();
let fx: Fixture;
beforeEach(async () => {
  fx = await freshWorkshop();
  await fx.addParticipant('a', 'Anna', 'companies', 10);
  await fx.addParticipant('b', '', 'companies', 20);
  fx.record.mockClear();
});
afterEach(async () => {
  cleanup();
  await fx.database.delete();
});

async function openWithList() {
  await fx.open();
  await waitFor(() => expect(listedNames()).toEqual(['Anna', 'Participant 2']));
}

describe('ParticipantsDialog: settings', () => {
  it('hides names when anonymous, in the list and in the rename field', async () => {
    const user = userEvent.setup();
    await openWithList();
    const anonymous = screen.getByRole('checkbox', {
      name: 'Anonymous: show numbers instead of names',
    });
    await user.click(anonymous);
    await waitFor(() => expect(listedNames()).toEqual(['Participant 1', 'Participant 2']));
    expect((await fx.setup())?.anonymous).toBe(true);
    expect((anonymous as HTMLInputElement).checked).toBe(true);
    expect(screen.getByText(/names are hidden on screens and in exports/)).toBeTruthy();
    expect(screen.getByRole('dialog', { name: 'Participants' }).textContent).not.toContain('Anna');

    await user.click(screen.getByRole('button', { name: 'Rename Participant 1' }));
    const field = screen.getByRole('textbox', { name: 'New name for Participant 1' });
    expect((field as HTMLInputElement).value).toBe('');
    // Saving the empty field keeps the hidden name.
    await user.keyboard('{Enter}');
    expect((await fx.participants())[0]?.name).toBe('Anna');

    await user.click(anonymous);
    await waitFor(() => expect(listedNames()).toEqual(['Anna', 'Participant 2']));
    expect((await fx.setup())?.anonymous).toBe(false);
  });

  it('toggles twice in quick succession back to where it was', async () => {
    await openWithList();
    const anonymous = screen.getByRole('checkbox', { name: /Anonymous/ });
    // Two clicks before the first is stored and reported back.
    anonymous.click();
    anonymous.click();
    await waitFor(() => expect(fx.record).toHaveBeenCalledTimes(2));
    await waitFor(async () => expect(fx.recorded).toHaveLength(2));
    expect((await fx.setup())?.anonymous).toBe(false);
  });

  it('saves a valid consensus rule and refuses others with a message, changing nothing', async () => {
    const user = userEvent.setup();
    await openWithList();
    // The sentence around the field is its label.
    const rule = screen.getByRole('spinbutton', {
      name: 'Consensus when at least % of placements lie in one quadrant',
    });
    expect((rule as HTMLInputElement).value).toBe('75');

    await user.clear(rule);
    await user.type(rule, '80');
    await waitFor(async () => expect((await fx.setup())?.consensusShare).toBe(0.8));
    expect(screen.queryByText(/Enter a whole number/)).toBeNull();

    for (const typed of ['45', '72', '105']) {
      await user.clear(rule);
      await user.type(rule, `${typed}{Enter}`);
      expect(
        screen.getByText(
          'Enter a whole number from 50 to 100 in steps of 5, for example 75. The rule was not changed.',
        ),
      ).toBeTruthy();
      expect(rule.getAttribute('aria-invalid')).toBe('true');
    }
    await user.clear(rule);
    await user.tab();
    expect(screen.getByText(/Enter a whole number/)).toBeTruthy();
    expect((await fx.setup())?.consensusShare).toBe(0.8);

    await user.type(rule, '100');
    await waitFor(async () => expect((await fx.setup())?.consensusShare).toBe(1));
    expect(screen.queryByText(/Enter a whole number/)).toBeNull();
    expect(rule.hasAttribute('aria-invalid')).toBe(false);
  });
});
