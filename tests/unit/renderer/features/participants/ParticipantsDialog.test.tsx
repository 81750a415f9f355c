// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
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
const table = () => within(dialog()).getByRole('table');
/** The rows of the list as the user reads them: number, name, group, placements. */
const rows = () =>
  within(table())
    .getAllByRole('row')
    .slice(1)
    .map((row) => {
      // The name is the row's header, not one of its cells.
      const [number, group, count] = within(row).getAllByRole('cell');
      const name = within(row).getByRole('rowheader').textContent;
      const select = within(group as HTMLElement).getByRole('combobox');
      const chosen = (select as HTMLSelectElement).selectedOptions[0]?.textContent;
      return [number?.textContent, name, chosen, count?.textContent];
    });

async function addByKeyboard(user: ReturnType<typeof userEvent.setup>, name: string) {
  const field = screen.getByRole('textbox', { name: 'Name (optional)' });
  await user.click(field);
  if (name) await user.type(field, name);
  await user.keyboard('{Enter}');
}

describe('ParticipantsDialog: who takes part', () => {
  it('opens on a harmless control, with an empty list that says what to do', async () => {
    await fx.open();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Close' }));
    expect(screen.getByRole('heading', { level: 2, name: 'Participants' })).toBeTruthy();
    expect(screen.getByText('No participants yet. Add the first one below.')).toBeTruthy();
  });

  it('closes from its Close button', async () => {
    const user = userEvent.setup();
    const { onClose } = await fx.open();
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('adds named and unnamed participants quickly, the name field keeping the focus', async () => {
    const user = userEvent.setup();
    await fx.open();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Group' }), 'Council members');
    await addByKeyboard(user, '  Anna \t Berg  ');
    await waitFor(() => expect(rows()).toHaveLength(1));
    const field = screen.getByRole('textbox', { name: 'Name (optional)' });
    expect(document.activeElement).toBe(field);
    expect((field as HTMLInputElement).value).toBe('');

    await addByKeyboard(user, '');
    await waitFor(() => expect(rows()).toHaveLength(2));
    expect(rows()).toEqual([
      ['1', 'Anna Berg', 'Council members', '0'],
      ['2', 'Participant 2', 'Council members', '0'],
    ]);
    expect(screen.getByRole('heading', { name: 'Taking part (2)' })).toBeTruthy();

    const stored = await fx.participants();
    expect(stored.map((p) => [p.name, p.groupId, p.removedAt])).toEqual([
      ['Anna Berg', 'council', null],
      ['', 'council', null],
    ]);
    expect(new Set(stored.map((p) => p.id)).size).toBe(2);
    expect(fx.recorded.map((change) => [change.kind, 'from' in change && change.from])).toEqual([
      ['participant.set', null],
      ['participant.set', null],
    ]);
  });

  it('starts with the first group chosen', async () => {
    const user = userEvent.setup();
    await fx.open();
    expect(
      (screen.getByRole('combobox', { name: 'Group' }) as HTMLSelectElement).selectedOptions[0]
        ?.textContent,
    ).toBe('Companies');
    await addByKeyboard(user, 'Ola');
    await waitFor(async () => expect((await fx.participants())[0]?.groupId).toBe('companies'));
  });

  it('renames in place: Enter saves, Escape cancels without closing the dialog', async () => {
    const user = userEvent.setup();
    await fx.addParticipant('a', 'Anna', 'companies', 1);
    const { onClose } = await fx.open();

    await user.click(screen.getByRole('button', { name: 'Rename Anna' }));
    const field = screen.getByRole('textbox', { name: 'New name for Anna' });
    expect(document.activeElement).toBe(field);
    await user.clear(field);
    await user.type(field, '  Anna \u0007 Lind {Enter}');
    await waitFor(() => expect(rows()[0]?.[1]).toBe('Anna Lind'));
    expect((await fx.participants())[0]?.name).toBe('Anna Lind');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Rename Anna Lind' }));

    await user.keyboard('{Enter}');
    await user.type(screen.getByRole('textbox', { name: 'New name for Anna Lind' }), 'xyz');
    // The Escape is handled here: the browser would otherwise also close the whole dialog.
    const escape = fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    expect(escape).toBe(false);
    expect(screen.queryByRole('textbox', { name: /New name/ })).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Rename Anna Lind' }));
    expect(rows()[0]?.[1]).toBe('Anna Lind');
    expect((await fx.participants())[0]?.name).toBe('Anna Lind');
    expect(onClose).not.toHaveBeenCalled();
    expect(fx.record).toHaveBeenCalledTimes(1);
  });

  it('changes a group at once, keeping everything else', async () => {
    const user = userEvent.setup();
    await fx.addParticipant('a', 'Anna', 'companies', 1);
    await fx.open();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Group of Anna' }), 'Officials');
    await waitFor(async () => expect((await fx.participants())[0]?.groupId).toBe('officials'));
    expect(await fx.participants()).toEqual([
      {
        id: 'a',
        workshopId: fx.workshopId,
        name: 'Anna',
        groupId: 'officials',
        createdAt: 1,
        removedAt: null,
      },
    ]);
    await waitFor(() => expect(rows()[0]?.[2]).toBe('Officials'));
  });

  it('shows hostile names as text, never as markup', async () => {
    const user = userEvent.setup();
    await fx.open();
    await addByKeyboard(user, '<img src=x onerror=alert(1)>');
    await addByKeyboard(user, '<script>alert(1)</script>');
    await addByKeyboard(user, 'Eva\u202Efdp.exe');
    await waitFor(() => expect(rows()).toHaveLength(3));
    expect(rows().map((row) => row[1])).toEqual([
      '<img src=x onerror=alert(1)>',
      '<script>alert(1)</script>',
      'Evafdp.exe',
    ]);
    expect(dialog().querySelector('img, script')).toBeNull();
    expect(screen.getByRole('button', { name: 'Remove <script>alert(1)</script>' })).toBeTruthy();
  });

  it('counts each participant\'s placements, "don\'t know" included, in number order', async () => {
    await fx.addParticipant('b', 'Berit', 'council', 20);
    await fx.addParticipant('a', 'Anna', 'companies', 10);
    await fx.addVote('a', 1, 'climate-label', { x: 0.2, y: 0.8 });
    await fx.addVote('a', 2, 'climate-label', 'skip');
    await fx.addVote('b', 1, 'diploma', { x: 0.5, y: 0.5 });
    await fx.open();
    await waitFor(() =>
      expect(rows()).toEqual([
        ['1', 'Anna', 'Companies', '2'],
        ['2', 'Berit', 'Council members', '1'],
      ]),
    );
  });
});
