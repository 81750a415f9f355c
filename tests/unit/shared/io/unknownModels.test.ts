import { describe, expect, it } from 'vitest';
import { MODELS } from '../../../../shared/catalogue';
import { parseSnapshot } from '../../../../shared/io/parseSnapshot';
import { serializeSnapshot } from '../../../../shared/io/serializeSnapshot';
import type { Snapshot } from '../../../../shared/io/snapshotFormat';
import {
  MAX_UNKNOWN_PLACEMENTS_PER_WORKSHOP,
  MAX_UNKNOWN_VOTES_PER_ROUND,
  unknownModelsByWorkshop,
} from '../../../../shared/io/unknownModels';
import { placement, snapshotOf, vote, workshop } from './snapshotFixtures';

/** snapshotOf(2) plus `extra` placements and votes (of workshop w0 unless given). */
function withUnknown(placements: number, votes = 0, workshopId = 'w0'): Snapshot {
  const base = snapshotOf(2);
  return {
    ...base,
    placements: [
      ...base.placements,
      ...Array.from({ length: placements }, (_, i) => placement(workshopId, `own-model-${i}`)),
    ],
    votes: [
      ...base.votes,
      ...Array.from({ length: votes }, (_, i) =>
        vote(workshopId, 1, `${workshopId}-anna`, `own-model-${i}`),
      ),
    ],
  };
}

describe('placements and votes of models this version does not know', () => {
  it('are restored as they are, and reported by workshop', () => {
    const snapshot = withUnknown(2, 3);
    const parsed = parseSnapshot(serializeSnapshot(snapshot));
    if (!parsed.ok) throw new Error('refused');
    // Every record kept, the unknown ones too (the file's order is canonical, not ours).
    expect(new Set(parsed.snapshot.placements)).toEqual(new Set(snapshot.placements));
    expect(new Set(parsed.snapshot.votes)).toEqual(new Set(snapshot.votes));
    expect(unknownModelsByWorkshop(parsed.snapshot)).toEqual([
      { workshopId: 'w0', title: 'Workshop w0', placements: 2, votes: 3 },
    ]);
  });

  it('a file of only known models reports nothing', () => {
    expect(unknownModelsByWorkshop(snapshotOf(3))).toEqual([]);
  });

  it('the report keeps the file’s workshop order and asks each workshop what it knows', () => {
    const snapshot = snapshotOf(0);
    snapshot.workshops = [workshop('b', { title: 'B' }), workshop('a', { title: 'A' })];
    snapshot.placements = [placement('a', 'own-1'), placement('b', 'open-data')];
    // A later version where workshop "a" has its own model "own-1" and "b" knows no model.
    const knownIdsOf = (id: string) => new Set(id === 'a' ? ['own-1'] : []);
    expect(unknownModelsByWorkshop(snapshot, knownIdsOf)).toEqual([
      { workshopId: 'b', title: 'B', placements: 1, votes: 0 },
    ]);
  });

  it('are accepted up to as many per workshop as the catalogue has models', () => {
    expect(MAX_UNKNOWN_PLACEMENTS_PER_WORKSHOP).toBe(MODELS.length);
    const full = withUnknown(MAX_UNKNOWN_PLACEMENTS_PER_WORKSHOP);
    expect(parseSnapshot(serializeSnapshot(full)).ok).toBe(true);
    // The cap is per workshop: both workshops at the cap is fine.
    const both = withUnknown(MAX_UNKNOWN_PLACEMENTS_PER_WORKSHOP);
    both.placements.push(
      ...Array.from({ length: MAX_UNKNOWN_PLACEMENTS_PER_WORKSHOP }, (_, i) =>
        placement('w1', `own-model-${i}`),
      ),
    );
    expect(parseSnapshot(serializeSnapshot(both)).ok).toBe(true);
  });

  it('one more makes the file invalid, saying where and in which workshop', () => {
    const over = withUnknown(MAX_UNKNOWN_PLACEMENTS_PER_WORKSHOP + 1);
    expect(parseSnapshot(serializeSnapshot(over))).toEqual({
      ok: false,
      reason: 'invalid',
      detail: expect.stringMatching(
        /^placements\[\d+\]\.modelId: too many models this version does not know$/,
      ),
      problem: {
        kind: 'too-many-unknown-models',
        record: 'placement',
        workshopTitle: 'Workshop w0',
      },
    });
  });

  it('100,000 of them are refused, with one problem reported', () => {
    const huge = withUnknown(100_000, 0, 'w1');
    const result = parseSnapshot(serializeSnapshot(huge));
    expect(result).toMatchObject({
      ok: false,
      reason: 'invalid',
      problem: { kind: 'too-many-unknown-models', workshopTitle: 'Workshop w1' },
    });
  });

  it('votes: as many per participant and round as the catalogue has models, not one more', () => {
    const full = withUnknown(0, MAX_UNKNOWN_VOTES_PER_ROUND);
    expect(parseSnapshot(serializeSnapshot(full)).ok).toBe(true);
    const over = withUnknown(0, MAX_UNKNOWN_VOTES_PER_ROUND + 1);
    expect(parseSnapshot(serializeSnapshot(over))).toMatchObject({
      ok: false,
      problem: { kind: 'too-many-unknown-models', record: 'vote' },
    });
  });
});
