import { describe, expect, it } from 'vitest';
import { codePointLength } from '../../../../shared/domain/text';
import { MAX_TITLE_LENGTH } from '../../../../shared/domain/workshopDraft';
import { copyTitle, planWorkshopImport } from '../../../../shared/io/workshopFileImport';
import { snapshotOf } from './snapshotFixtures';

const NOW = Date.UTC(2026, 11, 2, 10);
const nothingTaken = { workshopIds: new Set<string>(), participantIds: new Set<string>() };

/** Ids new-1, new-2, …: predictable, so a test can say which record got which. */
function counter() {
  let n = 0;
  return () => `new-${++n}`;
}

const options = () => ({ newId: counter(), copyMark: '(kopia)', now: NOW });

describe('planWorkshopImport', () => {
  it('keeps every id and record of workshops that are not here', () => {
    const records = snapshotOf(2);
    const plan = planWorkshopImport(records, nothingTaken, options());
    expect(plan.records).toEqual({
      workshops: records.workshops,
      placements: records.placements,
      participants: records.participants,
      rounds: records.rounds,
      votes: records.votes,
    });
    expect(plan.workshops).toEqual([
      { id: 'w0', title: 'Workshop w0', copy: false },
      { id: 'w1', title: 'Workshop w1', copy: false },
    ]);
  });

  it('brings a workshop that is here as a copy with new ids in every store', () => {
    const records = snapshotOf(2);
    const taken = { workshopIds: new Set(['w0']), participantIds: new Set(['w0-anna', 'w0-bo']) };
    const plan = planWorkshopImport(records, taken, options());
    const [copy, other] = plan.records.workshops;
    expect(copy).toMatchObject({ id: 'new-1', title: 'Workshop w0 (kopia)', createdAt: NOW });
    expect(copy?.setup).toEqual(records.workshops[0]?.setup);
    expect(other).toEqual(records.workshops[1]);
    expect(plan.workshops[0]).toEqual({ id: 'new-1', title: 'Workshop w0 (kopia)', copy: true });

    const ofCopy = <T extends { workshopId: string }>(rows: T[]) =>
      rows.filter((row) => row.workshopId === 'new-1');
    const { placements, participants, rounds, votes } = plan.records;
    // Nothing of the copy points at the original workshop or its participants any more.
    expect(placements.filter((p) => p.workshopId === 'w0')).toEqual([]);
    expect(ofCopy(placements).map((p) => p.modelId)).toEqual(['climate-label', 'open-data']);
    expect(ofCopy(participants).map((p) => p.id)).toEqual(['new-2', 'new-3']);
    expect(ofCopy(participants).map((p) => p.name)).toEqual(['Deltagare w0-anna', '']);
    expect(ofCopy(rounds).map((r) => r.number)).toEqual([1, 2]);
    // Each vote follows its own participant: anna's three votes, bo's "don't know".
    expect(ofCopy(votes).map((v) => [v.round, v.participantId, v.modelId, v.value])).toEqual([
      [1, 'new-2', 'climate-label', { x: 0.1, y: 0.9 }],
      [1, 'new-2', 'open-data', { x: 1, y: 0 }],
      [1, 'new-3', 'climate-label', 'skip'],
      [2, 'new-2', 'climate-label', { x: 0.2, y: 0.8 }],
    ]);
    // The other workshop keeps its ids.
    expect(votes.filter((v) => v.workshopId === 'w1')).toEqual(
      records.votes.filter((v) => v.workshopId === 'w1'),
    );
  });

  it('gives new ids without a copy mark when only a participant id is taken', () => {
    const taken = { workshopIds: new Set<string>(), participantIds: new Set(['w1-bo']) };
    const plan = planWorkshopImport(snapshotOf(2), taken, options());
    expect(plan.workshops[1]).toEqual({ id: 'new-1', title: 'Workshop w1', copy: false });
    expect(plan.records.participants.map((p) => p.id)).toEqual([
      'w0-anna',
      'w0-bo',
      'new-2',
      'new-3',
    ]);
  });

  it('never hands out an id that is in the database or the file', () => {
    const ids = ['w1', 'w0-anna', 'fresh-a', 'fresh-b', 'fresh-c'];
    const taken = { workshopIds: new Set(['w0']), participantIds: new Set<string>() };
    const plan = planWorkshopImport(snapshotOf(2), taken, {
      ...options(),
      newId: () => ids.shift() ?? 'none',
    });
    expect(plan.records.workshops.map((w) => w.id)).toEqual(['fresh-a', 'w1']);
    expect(plan.records.participants.map((p) => p.id).slice(0, 2)).toEqual(['fresh-b', 'fresh-c']);
  });
});

describe('copyTitle', () => {
  it('marks the title, and cuts a long one at whole characters so the mark fits', () => {
    expect(copyTitle('Rådsmöte', '(copy)')).toBe('Rådsmöte (copy)');
    const long = '🌍'.repeat(MAX_TITLE_LENGTH);
    const copied = copyTitle(long, '(kopia)');
    expect(codePointLength(copied)).toBe(MAX_TITLE_LENGTH);
    expect(copied.endsWith('🌍 (kopia)')).toBe(true);
  });
});
