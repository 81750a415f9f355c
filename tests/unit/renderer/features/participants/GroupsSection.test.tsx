// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
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

const groupsList = () =>
  within(screen.getByRole('heading', { name: 'Groups' }).closest('section')!).getByRole('list');
const groupNames = () =>
  within(groupsList())
    .getAllByRole('listitem')
    .map((item) => item.querySelector('.group-name')?.textContent ?? null);
const storedGroups = async () => (await fx.setup())?.groups.map((g) => g.name);

async function openWithList() {
  await fx.open();
  await waitFor(() => expect(listedNames()).toEqual(['Anna', 'Participant 2']));
}

describe('ParticipantsDialog: groups', () => {
  it('lists the built-in groups translated, with how many take part in each', async () => {
    await openWithList();
    expect(groupNames()).toEqual(['Companies', 'Council members', 'Officials', 'Others']);
    expect(within(groupsList()).getAllByRole('listitem')[0]?.textContent).toContain(
      '2 participants',
    );
  });

  it('adds a group, which the selects then offer', async () => {
    const user = userEvent.setup();
    await openWithList();
    await user.type(
      screen.getByRole('textbox', { name: 'New group' }),
      '  Lokala  företag {Enter}',
    );
    await waitFor(() => expect(groupNames()).toHaveLength(5));
    const added = (await fx.setup())?.groups[4];
    expect(added?.name).toBe('Lokala företag');
    expect(added?.id).toMatch(/^[0-9a-f-]{36}$/);
    const select = screen.getByRole('combobox', { name: 'Group of Anna' });
    expect(within(select).getByRole('option', { name: 'Lokala företag' })).toBeTruthy();
    expect(fx.recorded.at(-1)).toMatchObject({ kind: 'setup.set', workshopId: fx.workshopId });
  });

  it('refuses a group without a name', async () => {
    const user = userEvent.setup();
    await openWithList();
    await user.type(screen.getByRole('textbox', { name: 'New group' }), '   {Enter}');
    expect(screen.getByText('Give the group a name.')).toBeTruthy();
    expect(fx.record).not.toHaveBeenCalled();
  });

  it('renames a built-in group, and an empty name gives back the translated one', async () => {
    const user = userEvent.setup();
    await openWithList();
    await user.click(screen.getByRole('button', { name: 'Rename the group Officials' }));
    await user.type(
      screen.getByRole('textbox', { name: 'New name for the group Officials' }),
      'Förvaltningen{Enter}',
    );
    await waitFor(() => expect(groupNames()[2]).toBe('Förvaltningen'));
    expect(await storedGroups()).toEqual(['', '', 'Förvaltningen', '']);

    await user.click(screen.getByRole('button', { name: 'Rename the group Förvaltningen' }));
    await user.clear(screen.getByRole('textbox', { name: 'New name for the group Förvaltningen' }));
    await user.keyboard('{Enter}');
    await waitFor(() => expect(groupNames()[2]).toBe('Officials'));
    expect(await storedGroups()).toEqual(['', '', '', '']);
  });

  it('keeps a name on a group the facilitator added', async () => {
    const user = userEvent.setup();
    await openWithList();
    await user.type(screen.getByRole('textbox', { name: 'New group' }), 'Skolor{Enter}');
    await waitFor(() => expect(groupNames()).toHaveLength(5));
    await user.click(screen.getByRole('button', { name: 'Rename the group Skolor' }));
    const field = screen.getByRole('textbox', { name: 'New name for the group Skolor' });
    await user.clear(field);
    await user.keyboard('{Enter}');
    expect(screen.getByText('Give the group a name.')).toBeTruthy();
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect((await fx.setup())?.groups[4]?.name).toBe('Skolor');
  });

  it('removes a group only while no active participant is in it, and says why', async () => {
    const user = userEvent.setup();
    await openWithList();
    const inUse = screen.getByRole('button', { name: 'Remove the group Companies' });
    expect((inUse as HTMLButtonElement).disabled).toBe(true);
    const why = document.getElementById(inUse.getAttribute('aria-describedby') ?? '');
    expect(why?.textContent).toBe(
      'Cannot be removed: 2 participants are in this group. Move them to another group first.',
    );

    await user.click(screen.getByRole('button', { name: 'Remove the group Others' }));
    await waitFor(() =>
      expect(groupNames()).toEqual(['Companies', 'Council members', 'Officials']),
    );
    expect((await fx.setup())?.groups.map((g) => g.id)).toEqual([
      'companies',
      'council',
      'officials',
    ]);
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Groups' }));
  });

  it('frees a group once its members have moved', async () => {
    const user = userEvent.setup();
    await openWithList();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Group of Anna' }), 'Others');
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Group of Participant 2' }),
      'Others',
    );
    await waitFor(() =>
      expect(
        (screen.getByRole('button', { name: 'Remove the group Companies' }) as HTMLButtonElement)
          .disabled,
      ).toBe(false),
    );
    expect(
      screen
        .getByRole('button', { name: 'Remove the group Companies' })
        .hasAttribute('aria-describedby'),
    ).toBe(false);
  });
});
