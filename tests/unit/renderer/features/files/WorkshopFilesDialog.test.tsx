// @vitest-environment jsdom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../../../renderer/src/db/db';
import { workshopsRepo } from '../../../../../renderer/src/db/workshopsRepo';
import { HomeFileActions } from '../../../../../renderer/src/features/files/HomeFileActions';
import { WorkshopFilesButton } from '../../../../../renderer/src/features/files/WorkshopFilesButton';
import { parseWorkshopFile } from '../../../../../shared/io/workshopFileParse';
import { renderInEnglish } from '../catalogue/renderInEnglish';
import { stubDialogs } from '../participants/harness';

// jsdom cannot download: what would be handed to the user is recorded instead.
const { saved } = vi.hoisted(() => ({ saved: vi.fn() }));
vi.mock('../../../../../renderer/src/platform/download', () => ({ downloadFile: saved }));

stubDialogs();
afterEach(async () => {
  cleanup();
  saved.mockReset();
  await Promise.all([db.workshops, db.placements, db.participants, db.votes].map((t) => t.clear()));
});

type Saved = [name: string, bytes: Uint8Array, type: string];
const lastSaved = () => saved.mock.calls.at(-1) as Saved;
// The byte order mark kept, to be checked: TextDecoder drops it by default.
const textOf = (bytes: Uint8Array) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);

async function workshopWithVotes(title: string) {
  const workshop = await workshopsRepo.create({ title, organisation: '', date: '2026-11-30' });
  await db.placements.put({
    workshopId: workshop.id,
    modelId: 'open-data',
    position: { x: 0.2, y: 0.8 },
    updatedAt: 1,
  });
  return workshop;
}

describe('a workshop’s files', () => {
  it('saves the workshop file and both CSVs of that workshop', async () => {
    const workshop = await workshopWithVotes('Rådsmöte');
    await workshopWithVotes('Annan');
    const user = userEvent.setup();
    await renderInEnglish(<WorkshopFilesButton workshop={workshop} />);
    await user.click(screen.getByRole('button', { name: 'Files of Rådsmöte' }));
    const dialog = await screen.findByRole('dialog', { name: 'The workshop’s files' });

    const fileButton = await within(dialog).findByRole('button', { name: 'Workshop file (.json)' });
    await waitFor(() => expect(fileButton).toHaveProperty('disabled', false));
    await user.click(fileButton);
    await within(dialog).findByText('The file Rådsmöte 2026-11-30.json is being saved.');
    const [name, bytes, type] = lastSaved();
    expect([name, type]).toEqual(['Rådsmöte 2026-11-30.json', 'application/json']);
    const parsed = parseWorkshopFile(textOf(bytes));
    expect(parsed).toMatchObject({ ok: true, file: { kind: 'workshop' } });
    if (parsed.ok) expect(parsed.file.workshops.map((w) => w.title)).toEqual(['Rådsmöte']);

    await user.click(within(dialog).getByRole('button', { name: 'Placements (.csv)' }));
    await waitFor(() => expect(lastSaved()[0]).toBe('Rådsmöte 2026-11-30 placements.csv'));
    expect(textOf(lastSaved()[1])).toMatch(/^\uFEFFModel,Category,Quadrant,/);
    expect(lastSaved()[2]).toBe('text/csv;charset=utf-8');

    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});

describe('exporting several workshops', () => {
  it('saves the picked ones; all of them make a file of every workshop', async () => {
    await workshopWithVotes('Första');
    await workshopWithVotes('Andra');
    const user = userEvent.setup();
    await renderInEnglish(<HomeFileActions />);
    await user.click(await screen.findByRole('button', { name: 'Export workshops…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Export workshops' });

    await user.click(within(dialog).getByRole('button', { name: 'Save workshop file' }));
    await waitFor(() => expect(saved).toHaveBeenCalledTimes(1));
    const all = parseWorkshopFile(textOf(lastSaved()[1]));
    expect(all).toMatchObject({ ok: true, file: { kind: 'all' } });
    expect(lastSaved()[0]).toMatch(/^klimatverkstad-workshops-\d{4}-\d{2}-\d{2}\.json$/);

    await user.click(within(dialog).getByRole('checkbox', { name: 'Första' }));
    expect(within(dialog).getByRole('checkbox', { name: 'All workshops' })).toHaveProperty(
      'checked',
      false,
    );
    await user.click(within(dialog).getByRole('button', { name: 'Save workshop file' }));
    await waitFor(() => expect(saved).toHaveBeenCalledTimes(2));
    const one = parseWorkshopFile(textOf(lastSaved()[1]));
    expect(one).toMatchObject({ ok: true, file: { kind: 'workshop' } });
    if (one.ok) expect(one.file.workshops.map((w) => w.title)).toEqual(['Andra']);

    await user.click(within(dialog).getByRole('checkbox', { name: 'Andra' }));
    expect(within(dialog).getByText('Choose at least one workshop.')).toBeTruthy();
    expect(within(dialog).getByRole('button', { name: 'Save workshop file' })).toHaveProperty(
      'disabled',
      true,
    );
  });
});
