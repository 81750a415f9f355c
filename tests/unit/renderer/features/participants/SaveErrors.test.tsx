// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { freshWorkshop, stubDialogs, type Fixture } from './harness';

stubDialogs();
let fx: Fixture;
beforeEach(async () => {
  fx = await freshWorkshop();
});
afterEach(async () => {
  cleanup();
  await fx.database.delete();
});

const dialog = () => screen.getByRole('dialog', { name: 'Participants' });

async function addByKeyboard(user: ReturnType<typeof userEvent.setup>, name: string) {
  const field = screen.getByRole('textbox', { name: 'Name (optional)' });
  await user.click(field);
  await user.type(field, `${name}{Enter}`);
}

describe('ParticipantsDialog: when a change is not saved', () => {
  it('shows what went wrong and what to do when a change is not saved', async () => {
    const user = userEvent.setup();
    const failing = async () => {
      throw new Error('disk on fire');
    };
    await fx.open(failing);
    await addByKeyboard(user, 'Anna');
    const alert = await within(dialog()).findByText(/disk on fire/);
    expect(alert.getAttribute('role')).toBe('alert');
    expect(alert.textContent).toBe(
      'The change was not saved (disk on fire). Nothing changed: try again. If it keeps failing, close the workshop and open it again.',
    );
    // What was typed is not lost.
    expect(
      (screen.getByRole('textbox', { name: 'Name (optional)' }) as HTMLInputElement).value,
    ).toBe('Anna');
    expect(await fx.participants()).toEqual([]);
  });

  it('explains a full disk', async () => {
    const user = userEvent.setup();
    const full = async () => {
      throw Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
    };
    await fx.open(full);
    await addByKeyboard(user, 'Anna');
    await waitFor(() =>
      expect(within(dialog()).getByRole('alert').textContent).toBe(
        'The disk is full – the change was not saved. Free some space and try again.',
      ),
    );
  });
});
