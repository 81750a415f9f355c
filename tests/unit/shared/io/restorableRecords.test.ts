import { describe, expect, it } from 'vitest';
import { defaultSetup } from '../../../../shared/domain/workshop';
import { parseSnapshot } from '../../../../shared/io/parseSnapshot';
import { restorableRecords, type StoredRecords } from '../../../../shared/io/restorableRecords';
import { createSnapshot, serializeSnapshot } from '../../../../shared/io/serializeSnapshot';
import { participant, round, snapshotOf, vote } from './snapshotFixtures';

const clean = snapshotOf(2);
/** The clean records plus `extra` rows, as the database might hold them. */
const stored = (extra: Partial<{ [K in keyof StoredRecords]: StoredRecords[K] }>) => ({
  workshops: [...clean.workshops, ...(extra.workshops ?? [])],
  placements: [...clean.placements, ...(extra.placements ?? [])],
  participants: [...clean.participants, ...(extra.participants ?? [])],
  rounds: [...clean.rounds, ...(extra.rounds ?? [])],
  votes: [...clean.votes, ...(extra.votes ?? [])],
});
const kept = (records: StoredRecords) => createSnapshot(restorableRecords(records), 0);
const expected = createSnapshot(clean, 0);

describe('restorableRecords', () => {
  it('keeps every record of a clean database', () => {
    expect(kept(clean)).toEqual(expected);
  });

  it.each([
    ['a vote of a deleted participant', { votes: [vote('w0', 1, 'gone', 'open-data')] }],
    ['a vote in a deleted round', { votes: [vote('w0', 9, 'w0-anna', 'open-data')] }],
    ['a vote of a participant of another workshop', { votes: [vote('w0', 1, 'w1-anna', 'x')] }],
    ['a vote of a deleted workshop', { votes: [vote('gone', 1, 'w0-anna', 'open-data')] }],
    [
      'a vote of "maybe"',
      { votes: [{ ...vote('w0', 2, 'w0-bo', 'x'), value: 'maybe' as unknown as 'skip' }] },
    ],
    ['a vote of {x: 2}', { votes: [{ ...vote('w0', 2, 'w0-bo', 'x'), value: { x: 2, y: 0 } }] }],
    ['a participant of a deleted workshop', { participants: [participant('gone', 'p')] }],
    [
      'a participant of a group the workshop no longer has',
      { participants: [participant('w0', 'p', { groupId: 'removed-group' })] },
    ],
    ['a round of a deleted workshop', { rounds: [round('gone', 1)] }],
    [
      'a round in a state the app does not know',
      { rounds: [{ ...round('w0', 3), state: 'closed' as unknown as 'open' }] },
    ],
    ['a round numbered 0', { rounds: [round('w0', 0)] }],
  ])('leaves out %s', (_label, extra) => {
    expect(kept(stored(extra))).toEqual(expected);
  });

  it('leaves out the votes of a participant it leaves out', () => {
    const lost = participant('w0', 'p', { groupId: 'removed-group' });
    const records = stored({
      participants: [lost],
      votes: [vote('w0', 1, 'p', 'open-data')],
    });
    expect(kept(records)).toEqual(expected);
  });

  it('fills in what older rows left unset, as the app reads them', () => {
    const [w0, ...others] = clean.workshops;
    const { setup: _setup, ...bare } = w0!;
    const { removedAt: _removed, ...anna } = participant('w0', 'p-new');
    const { lockedAt: _locked, revealedAt: _revealed, ...third } = round('w0', 3);
    const records = restorableRecords({
      ...stored({ participants: [anna], rounds: [third] }),
      workshops: [bare, ...others],
    });
    expect(records.workshops[0]?.setup).toEqual(defaultSetup());
    expect(records.participants.find((p) => p.id === 'p-new')?.removedAt).toBeNull();
    expect(records.rounds.find((r) => r.number === 3)).toMatchObject({
      lockedAt: null,
      revealedAt: null,
    });
    // And the result is a file that restores.
    expect(parseSnapshot(serializeSnapshot(createSnapshot(records, 0))).ok).toBe(true);
  });
});
