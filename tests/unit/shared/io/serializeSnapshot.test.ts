import { describe, expect, it } from 'vitest';
import { parseSnapshot } from '../../../../shared/io/parseSnapshot';
import {
  createSnapshot,
  sameSnapshotContent,
  serializeSnapshot,
} from '../../../../shared/io/serializeSnapshot';
import type { Snapshot } from '../../../../shared/io/snapshotFormat';
import { participant, placement, round, snapshotOf, vote, workshop } from './snapshotFixtures';

const text = (value: unknown) => JSON.stringify(value);
const valid = snapshotOf(2);

describe('the parsed snapshot', () => {
  it('is built from fresh plain records, not the parsed objects', () => {
    const result = parseSnapshot(text(valid));
    if (!result.ok) throw new Error(result.reason);
    const { workshops, participants, rounds, votes } = result.snapshot;
    const [w] = workshops;
    expect(Object.getPrototypeOf(w)).toBe(Object.prototype);
    expect(Object.keys(w ?? {})).toEqual([
      'id',
      'title',
      'organisation',
      'date',
      'setup',
      'createdAt',
      'updatedAt',
    ]);
    expect(Object.keys(w?.setup ?? {})).toEqual(['groups', 'anonymous', 'consensusShare']);
    expect(Object.keys(participants[0] ?? {})).toEqual([
      'id',
      'workshopId',
      'name',
      'groupId',
      'createdAt',
      'removedAt',
    ]);
    expect(Object.keys(rounds[0] ?? {})).toEqual([
      'workshopId',
      'number',
      'state',
      'startedAt',
      'lockedAt',
      'revealedAt',
    ]);
    expect(Object.keys(votes[0] ?? {})).toEqual([
      'workshopId',
      'round',
      'participantId',
      'modelId',
      'value',
      'updatedAt',
    ]);
  });
});

describe('serializeSnapshot', () => {
  it('is pretty, ends with a newline and does not depend on record or key order', () => {
    const shuffled = {
      votes: [...valid.votes].reverse(),
      rounds: [...valid.rounds].reverse(),
      participants: [...valid.participants].reverse(),
      placements: [...valid.placements].reverse(),
      workshops: [...valid.workshops].reverse(),
      createdAt: valid.createdAt,
      schemaVersion: valid.schemaVersion,
      format: valid.format,
    };
    const out = serializeSnapshot(valid);
    expect(serializeSnapshot(shuffled)).toBe(out);
    expect(out.startsWith('{\n  "format": "klimatverkstad-backup",\n  "schemaVersion": 2,')).toBe(
      true,
    );
    expect(out.endsWith('}\n')).toBe(true);
  });

  it('round-trips: serialize → parse → serialize gives the same text', () => {
    const once = serializeSnapshot(snapshotOf(5));
    const parsed = parseSnapshot(once);
    if (!parsed.ok) throw new Error(parsed.reason);
    expect(serializeSnapshot(parsed.snapshot)).toBe(once);
  });

  it('writes only the known fields, at every level', () => {
    const stray = { hack: 1 };
    const dirty = {
      ...valid,
      workshops: valid.workshops.map((w) => ({
        ...w,
        ...stray,
        setup: { ...w.setup, ...stray, groups: w.setup.groups.map((g) => ({ ...g, ...stray })) },
      })),
      participants: valid.participants.map((p) => ({ ...p, ...stray })),
      rounds: valid.rounds.map((r) => ({ ...r, ...stray })),
      votes: valid.votes.map((v) => ({
        ...v,
        ...stray,
        value: v.value === 'skip' ? v.value : { ...v.value, ...stray },
      })),
    } satisfies Snapshot;
    const out = serializeSnapshot(dirty);
    expect(out).not.toContain('hack');
    expect(out).toBe(serializeSnapshot(valid));
  });

  it('createSnapshot orders every store by its key and stamps the time', () => {
    const snapshot = createSnapshot(
      {
        workshops: [workshop('b'), workshop('a')],
        placements: [placement('b', 'z'), placement('a', 'y'), placement('a', 'x')],
        participants: [participant('b', 'p1'), participant('a', 'p3'), participant('a', 'p2')],
        // Round numbers in number order: 10 after 2.
        rounds: [round('b', 1), round('a', 10), round('a', 2)],
        votes: [
          vote('a', 10, 'p2', 'x'),
          vote('a', 2, 'p3', 'x'),
          vote('a', 2, 'p2', 'y'),
          vote('a', 2, 'p2', 'x'),
          vote('B', 1, 'p1', 'x'),
        ],
      },
      Date.UTC(2026, 0, 2),
    );
    expect(snapshot.createdAt).toBe('2026-01-02T00:00:00.000Z');
    expect(snapshot.workshops.map((w) => w.id)).toEqual(['a', 'b']);
    expect(snapshot.placements.map((p) => p.modelId)).toEqual(['x', 'y', 'z']);
    expect(snapshot.participants.map((p) => p.id)).toEqual(['p2', 'p3', 'p1']);
    expect(snapshot.rounds.map((r) => `${r.workshopId}${r.number}`)).toEqual(['a2', 'a10', 'b1']);
    // Code-unit order: 'B' before 'a', whatever the locale.
    expect(
      snapshot.votes.map((v) => `${v.workshopId}${v.round}${v.participantId}${v.modelId}`),
    ).toEqual(['B1p1x', 'a2p2x', 'a2p2y', 'a2p3x', 'a10p2x']);
  });

  it('keeps the order of a workshop’s groups: it is the order lists show them in', () => {
    const groups = [
      { id: 'zeta', name: 'Z' },
      { id: 'alpha', name: 'A' },
    ];
    const snapshot = createSnapshot(
      {
        workshops: [workshop('a', { setup: { groups, anonymous: false, consensusShare: 0.8 } })],
        placements: [],
        participants: [],
        rounds: [],
        votes: [],
      },
      0,
    );
    expect(snapshot.workshops[0]?.setup.groups).toEqual(groups);
  });

  it('sameSnapshotContent ignores only the time', () => {
    expect(sameSnapshotContent(snapshotOf(2, '2020-01-01T00:00:00Z'), snapshotOf(2))).toBe(true);
    expect(sameSnapshotContent(snapshotOf(2), snapshotOf(3))).toBe(false);
    const moved = snapshotOf(2);
    moved.votes[0] = { ...moved.votes[0]!, value: 'skip' };
    expect(sameSnapshotContent(moved, snapshotOf(2))).toBe(false);
    const renamed = snapshotOf(2);
    renamed.workshops[1]!.setup.groups[0]!.name = 'Företag';
    expect(sameSnapshotContent(renamed, snapshotOf(2))).toBe(false);
  });
});
