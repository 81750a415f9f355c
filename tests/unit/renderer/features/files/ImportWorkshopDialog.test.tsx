// @vitest-environment jsdom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { db } from '../../../../../renderer/src/db/db';
import { workshopsRepo } from '../../../../../renderer/src/db/workshopsRepo';
import { HomeFileActions } from '../../../../../renderer/src/features/files/HomeFileActions';
import { workshopFileOf } from '../../../../../renderer/src/features/files/workshopFileTransfer';
import { serializeSnapshot } from '../../../../../shared/io/serializeSnapshot';
import { renderInEnglish } from '../catalogue/renderInEnglish';
import { stubDialogs } from '../participants/harness';
import { snapshotOf } from '../../../shared/io/snapshotFixtures';

stubDialogs();
afterEach(async () => {
  cleanup();
  await Promise.all(
    [db.workshops, db.placements, db.participants, db.rounds, db.votes].map((t) => t.clear()),
  );
});

const everything = async () => ({
  workshops: await db.workshops.orderBy('id').toArray(),
  placements: await db.placements.toArray(),
  participants: await db.participants.orderBy('id').toArray(),
  rounds: await db.rounds.toArray(),
  votes: await db.votes.toArray(),
});

async function show() {
  await renderInEnglish(<HomeFileActions />);
  return userEvent.setup();
}

const pick = (user: ReturnType<typeof userEvent.setup>, text: string, name = 'workshop.json') =>
  user.upload(
    screen.getByLabelText('Import workshop file…'),
    new File([text], name, { type: 'application/json' }),
  );

/** A workshop made by the app, exported as the "Files" dialog exports it. */
async function exported(title = 'Rådsmöte') {
  const workshop = await workshopsRepo.create({ title, organisation: 'Åbo', date: '2026-11-30' });
  await db.placements.put({
    workshopId: workshop.id,
    modelId: 'open-data',
    position: { x: 0.2, y: 0.8 },
    updatedAt: 1,
  });
  const file = await workshopFileOf([workshop.id]);
  return { workshop, text: new TextDecoder().decode(file.bytes), name: file.name };
}

describe('importing a workshop file', () => {
  it('brings a workshop that is here as a copy, and leaves the original as it was', async () => {
    const { workshop, text, name } = await exported();
    expect(name).toBe('Rådsmöte 2026-11-30.json');
    const before = await everything();
    const user = await show();
    await pick(user, text, name);

    const dialog = await screen.findByRole('dialog', { name: 'Import a workshop file' });
    await within(dialog).findByText(/holds 1 workshop\./);
    expect(dialog.textContent).toContain(
      '1 of them is already here and comes in as a copy marked “(copy)”.',
    );
    expect(dialog.textContent).toContain('Nothing that is already here is changed or replaced.');
    await user.click(within(dialog).getByRole('button', { name: 'Import' }));

    await within(dialog).findByText('1 workshop was imported:');
    expect(within(dialog).getByRole('listitem').textContent).toBe('Rådsmöte (copy)');
    const after = await everything();
    expect(after.workshops).toHaveLength(2);
    expect(after.workshops).toContainEqual(before.workshops[0]);
    const copy = after.workshops.find((w) => w.id !== workshop.id);
    expect(copy?.title).toBe('Rådsmöte (copy)');
    expect(after.placements.map((p) => p.workshopId).sort()).toEqual(
      [workshop.id, copy?.id].sort(),
    );
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('adds a backup file’s workshops beside the ones here', async () => {
    await exported('Behåll mig');
    const user = await show();
    await pick(user, serializeSnapshot(snapshotOf(2)), 'backup.json');
    const dialog = await screen.findByRole('dialog');
    await within(dialog).findByText(/It is a backup/);
    await user.click(within(dialog).getByRole('button', { name: 'Import' }));
    await within(dialog).findByText('2 workshops were imported:');
    expect((await db.workshops.toArray()).map((w) => w.title).sort()).toEqual([
      'Behåll mig',
      'Workshop w0',
      'Workshop w1',
    ]);
  });

  it('writes nothing when the facilitator cancels', async () => {
    const { text } = await exported();
    const before = await everything();
    const user = await show();
    await pick(user, text);
    const dialog = await screen.findByRole('dialog');
    await user.click(await within(dialog).findByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(await everything()).toEqual(before);
  });

  it('says the disk is full when the write fails for it, and changes nothing', async () => {
    const { text } = await exported();
    const before = await everything();
    const quota = new Error('quota');
    quota.name = 'QuotaExceededError';
    const refuse = () => {
      throw quota;
    };
    db.placements.hook('creating', refuse);
    try {
      const user = await show();
      await pick(user, text);
      const dialog = await screen.findByRole('dialog');
      await user.click(await within(dialog).findByRole('button', { name: 'Import' }));
      expect((await within(dialog).findByRole('alert')).textContent).toMatch(
        /^The disk is full – nothing was imported and nothing was changed\./,
      );
    } finally {
      db.placements.hook('creating').unsubscribe(refuse);
    }
    expect(await everything()).toEqual(before);
  });
});

describe('a file that cannot be imported', () => {
  const valid = () => serializeSnapshot(snapshotOf(1));
  it.each([
    ['not JSON', '{"format":', /^The file cannot be read as JSON; it may be damaged or cut off\./],
    ['too deep', '['.repeat(100), /^The file is nested too deeply to be a workshop file\./],
    [
      'of another format',
      '{"format":"excalidraw"}',
      /^The file is neither a Klimatverkstad workshop file nor a backup\./,
    ],
    [
      'from a newer version',
      '{"format":"klimatverkstad-workshops","kind":"workshop","schemaVersion":3}',
      /^The file was made by a newer version of Klimatverkstad \(format 3\)\. Update the app/,
    ],
    [
      'of an unknown kind',
      valid().replace('"klimatverkstad-backup"', '"klimatverkstad-workshops", "kind": "some"'),
      /^The workshop file is damaged or was edited by hand and cannot be imported: the file has a value the app cannot read\./,
    ],
    [
      'edited by hand',
      valid().replace('"title"', '"hack": 1, "title"'),
      /^The workshop file is damaged .* In the workshop “Workshop w0”: the workshop has a field this version does not know\./,
    ],
    [
      'with a vote of nobody',
      valid().replace('"participantId": "w0-anna"', '"participantId": "ghost"'),
      /: a vote names a participant who is not in the file\./,
    ],
  ])('%s: says so in plain words, technical details apart', async (_label, text, message) => {
    await exported();
    const before = await everything();
    const user = await show();
    await pick(user, text);
    const dialog = await screen.findByRole('dialog');
    expect((await within(dialog).findByRole('alert')).textContent).toMatch(message);
    expect(within(dialog).queryByRole('button', { name: 'Import' })).toBeNull();
    expect(await everything()).toEqual(before);
  });

  it('over 20 MB: refused before it is read', async () => {
    const user = await show();
    const big = new File([new Uint8Array(20 * 1024 * 1024 + 1)], 'big.json');
    await user.upload(screen.getByLabelText('Import workshop file…'), big);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(
      'The file is larger than 20 MB and cannot be a Klimatverkstad workshop file.',
    );
  });

  it('that cannot be read: says so', async () => {
    const user = await show();
    const broken = new File(['x'], 'gone.json');
    broken.text = () => Promise.reject(new Error('NotReadableError'));
    await user.upload(screen.getByLabelText('Import workshop file…'), broken);
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe(
        'The file could not be read. Try again or choose another one.',
      ),
    );
  });
});
