import { describe, expect, it } from 'vitest';
import { compareGroups } from '../../../../shared/domain/groupComparison';
import type { Vote, VoteValue } from '../../../../shared/domain/vote';

const vote = (participantId: string, modelId: string, value: unknown): Vote => ({
  workshopId: 'w',
  round: 1,
  participantId,
  modelId,
  // Stored data can hold anything; the comparison must cope with it.
  value: value as VoteValue,
  updatedAt: 0,
});

const at = (x: number, y: number) => ({ x, y });

const groupOf = new Map([
  ['c1', 'companies'],
  ['c2', 'companies'],
  ['k1', 'council'],
  ['k2', 'council'],
  ['o1', 'officials'],
]);

const MODELS = ['near', 'far', 'companies-only', 'middle', 'skipped-by-council'];

const votes: Vote[] = [
  // far: companies low/cheap, council high/expensive.
  vote('c1', 'far', at(0.1, 0.1)),
  vote('c2', 'far', at(0.3, 0.1)),
  vote('k1', 'far', at(0.9, 0.9)),
  vote('k2', 'far', at(0.9, 0.7)),
  // near: almost the same view.
  vote('c1', 'near', at(0.5, 0.5)),
  vote('k1', 'near', at(0.5, 0.6)),
  // middle: distance 0.5 (0.3, 0.4), plus noise that must not count.
  vote('c1', 'middle', at(0.2, 0.2)),
  vote('k1', 'middle', at(0.5, 0.6)),
  vote('stranger', 'middle', at(1, 1)),
  vote('stranger', 'middle', at(1, 1)),
  vote('o1', 'middle', at(1, 0)),
  vote('k2', 'middle', { x: 7, y: 7 }),
  // companies-only: the council never voted on it.
  vote('c1', 'companies-only', at(0.4, 0.4)),
  // skipped-by-council: the council only said "don't know".
  vote('c2', 'skipped-by-council', at(0.4, 0.4)),
  vote('k1', 'skipped-by-council', 'skip'),
  vote('k2', 'skipped-by-council', 'skip'),
  // A model outside the list.
  vote('c1', 'ghost', at(0, 0)),
  vote('k1', 'ghost', at(1, 1)),
];

describe('compareGroups', () => {
  const differences = compareGroups(votes, groupOf, 'companies', 'council', MODELS);

  it('lists models both groups placed, widest gap first', () => {
    expect(differences.map((d) => d.modelId)).toEqual(['far', 'middle', 'near']);
  });

  it('gives each group its median, count and the gap from a to b', () => {
    const [far] = differences;
    expect(far?.a.x).toBeCloseTo(0.2, 12);
    expect(far?.a.y).toBeCloseTo(0.1, 12);
    expect(far?.b.x).toBeCloseTo(0.9, 12);
    expect(far?.b.y).toBeCloseTo(0.8, 12);
    expect(far).toMatchObject({ nA: 2, nB: 2 });
    expect(far?.dx).toBeCloseTo(0.7, 12);
    expect(far?.dy).toBeCloseTo(0.7, 12);
    expect(far?.distance).toBeCloseTo(Math.hypot(0.7, 0.7), 12);
  });

  it('ignores participants without a group, other groups and invalid values', () => {
    const middle = differences.find((d) => d.modelId === 'middle');
    expect(middle).toMatchObject({ a: at(0.2, 0.2), b: at(0.5, 0.6), nA: 1, nB: 1 });
    expect(middle?.distance).toBeCloseTo(0.5, 12);
  });

  it('measures from group a to group b', () => {
    const reversed = compareGroups(votes, groupOf, 'council', 'companies', MODELS);
    const far = reversed.find((d) => d.modelId === 'far');
    expect(far?.dx).toBeCloseTo(-0.7, 12);
    expect(far?.nA).toBe(2);
    expect(reversed.map((d) => d.modelId)).toEqual(['far', 'middle', 'near']);
  });

  it('breaks equal gaps by model id', () => {
    const tie = [
      vote('c1', 'b', at(0.2, 0.2)),
      vote('k1', 'b', at(0.2, 0.4)),
      // 0.3 - 0.1 is 0.19999999999999998: equal on paper, so the id decides.
      vote('c1', 'a', at(0.1, 0.6)),
      vote('k1', 'a', at(0.3, 0.6)),
      vote('c1', 'c', at(0.5, 0.5)),
      vote('k1', 'c', at(0.5, 0.5)),
    ];
    const result = compareGroups(tie, groupOf, 'companies', 'council', ['c', 'b', 'a']);
    expect(result.map((d) => [d.modelId, d.distance])).toEqual([
      ['a', expect.closeTo(0.2, 12)],
      ['b', expect.closeTo(0.2, 12)],
      ['c', 0],
    ]);
  });

  it('is empty when a group has no votes', () => {
    expect(compareGroups(votes, groupOf, 'companies', 'nobody', MODELS)).toEqual([]);
  });
});
