import { describe, expect, it } from 'vitest';
import {
  discussOrder,
  driftBetween,
  poolModel,
  poolRound,
  quartiles,
  type ModelPool,
} from '../../../../shared/domain/pooling';
import type { Vote, VoteValue } from '../../../../shared/domain/vote';

const at = (x: number, y: number): VoteValue => ({ x, y });

let voteCount = 0;
const vote = (modelId: string, value: unknown, participantId = `p${voteCount++}`): Vote => ({
  workshopId: 'w',
  round: 1,
  participantId,
  modelId,
  // Stored data can hold anything; the pooling must cope with it.
  value: value as VoteValue,
  updatedAt: 0,
});

describe('quartiles', () => {
  it('is null for no values', () => {
    expect(quartiles([])).toBeNull();
  });

  it('matches the spreadsheet figures for an even count', () => {
    // [1,2,3,4], n = 4: q1 h = 3·0.25 = 0.75 → 1 + 0.75·1 = 1.75; median h = 1.5 → 2.5;
    // q3 h = 2.25 → 3 + 0.25·1 = 3.25 (Excel QUARTILE.INC gives 1.75 / 2.5 / 3.25).
    expect(quartiles([1, 2, 3, 4])).toEqual({ q1: 1.75, median: 2.5, q3: 3.25 });
  });

  it('matches the spreadsheet figures for an odd count', () => {
    // [1..7], n = 7: q1 h = 1.5 → 2.5; median h = 3 → 4; q3 h = 4.5 → 5.5.
    expect(quartiles([1, 2, 3, 4, 5, 6, 7])).toEqual({ q1: 2.5, median: 4, q3: 5.5 });
    // [0.1,0.35,0.4,0.8,0.9] after sorting: h = 1, 2, 3 land on ranks → 0.35, 0.4, 0.8.
    expect(quartiles([0.1, 0.4, 0.35, 0.8, 0.9])).toEqual({ q1: 0.35, median: 0.4, q3: 0.8 });
  });

  it('interpolates between unequal gaps', () => {
    // Sorted [0.1,0.2,0.4,0.6,0.75,0.9]: q1 h = 1.25 → 0.2 + 0.25·0.2 = 0.25;
    // median h = 2.5 → 0.4 + 0.5·0.2 = 0.5; q3 h = 3.75 → 0.6 + 0.75·0.15 = 0.7125.
    const q = quartiles([0.2, 0.9, 0.1, 0.6, 0.4, 0.75]);
    expect(q?.q1).toBeCloseTo(0.25, 12);
    expect(q?.median).toBeCloseTo(0.5, 12);
    expect(q?.q3).toBeCloseTo(0.7125, 12);
  });

  it('gives one value as all three quartiles', () => {
    expect(quartiles([0.3])).toEqual({ q1: 0.3, median: 0.3, q3: 0.3 });
  });

  it('gives equal values no spread', () => {
    expect(quartiles([0.6, 0.6, 0.6, 0.6, 0.6])).toEqual({ q1: 0.6, median: 0.6, q3: 0.6 });
  });

  it('handles ties', () => {
    // [1,1,1,5]: q1 h = 0.75 → 1; median h = 1.5 → 1; q3 h = 2.25 → 1 + 0.25·4 = 2.
    expect(quartiles([1, 5, 1, 1])).toEqual({ q1: 1, median: 1, q3: 2 });
  });

  it('sorts numerically and leaves the input alone', () => {
    const values = [10, 9, 1, 2];
    // A default (string) sort would order 1, 10, 2, 9.
    expect(quartiles(values)).toEqual({ q1: 1.75, median: 5.5, q3: 9.25 });
    expect(values).toEqual([10, 9, 1, 2]);
  });
});

describe('poolModel', () => {
  it('counts skips without pooling them', () => {
    const pool = poolModel('m', ['skip', at(0.2, 0.8), 'skip', at(0.4, 0.6)], 0.75);
    expect(pool).toMatchObject({ modelId: 'm', placed: 2, skipped: 2 });
    expect(pool.median?.x).toBeCloseTo(0.3, 12);
    expect(pool.median?.y).toBeCloseTo(0.7, 12);
  });

  it('has no median, agreement or consensus when everybody skipped', () => {
    // Even a rule of 0 gives no consensus to a model nobody placed.
    const pool = poolModel('m', ['skip', 'skip', 'skip'], 0);
    expect(pool).toEqual({
      modelId: 'm',
      placed: 0,
      skipped: 3,
      median: null,
      x: null,
      y: null,
      iqr: { x: 0, y: 0 },
      iqrArea: 0,
      quadrantCounts: { 'quick-wins': 0, strategic: 0, 'fill-ins': 0, reconsider: 0 },
      topQuadrant: null,
      agreement: 0,
      split: false,
      consensus: false,
    });
  });

  it('ignores corrupt values handed to it directly', () => {
    const corrupt = [{ x: -0.1, y: 0.5 }, { x: 0.5, y: Number.NaN }, 'maybe'] as unknown[];
    const pool = poolModel('m', [at(0.9, 0.9), ...(corrupt as VoteValue[])], 0.75);
    expect(pool).toMatchObject({ placed: 1, skipped: 0, median: { x: 0.9, y: 0.9 }, split: false });
  });

  it('gives a single voter full agreement and no spread', () => {
    const pool = poolModel('m', [at(0.7, 0.2)], 0.75);
    expect(pool).toMatchObject({
      placed: 1,
      median: { x: 0.7, y: 0.2 },
      iqr: { x: 0, y: 0 },
      topQuadrant: 'reconsider',
      agreement: 1,
      consensus: true,
      split: false,
    });
  });

  it('has consensus at exactly three of four under a 75 % rule, not at two of three', () => {
    const threeOfFour = poolModel(
      'm',
      [at(0.1, 0.9), at(0.2, 0.8), at(0.3, 0.7), at(0.9, 0.1)],
      0.75,
    );
    expect(threeOfFour.agreement).toBe(0.75);
    expect(threeOfFour.consensus).toBe(true);
    const twoOfThree = poolModel('m', [at(0.1, 0.9), at(0.2, 0.8), at(0.9, 0.1)], 0.75);
    expect(twoOfThree.agreement).toBeCloseTo(2 / 3, 12);
    expect(twoOfThree.consensus).toBe(false);
  });

  it('tolerates float error in a computed rule', () => {
    // 0.1 * 7 is 0.7000000000000001, just above 7 / 10.
    const values = [
      ...Array.from({ length: 7 }, () => at(0.2, 0.8)),
      at(0.8, 0.2),
      at(0.8, 0.2),
      at(0.8, 0.2),
    ];
    expect(poolModel('m', values, 0.1 * 7).consensus).toBe(true);
    expect(poolModel('m', values, 0.71).consensus).toBe(false);
  });

  it('puts midline votes on the favourable side, as quadrantOf does', () => {
    const pool = poolModel('m', [at(0.5, 0.5), at(0.5, 0.49), at(0.51, 0.5), at(0.5, 0.5)], 0.75);
    expect(pool.quadrantCounts).toEqual({
      'quick-wins': 2,
      strategic: 1,
      'fill-ins': 1,
      reconsider: 0,
    });
    expect(pool.topQuadrant).toBe('quick-wins');
    expect(pool.agreement).toBe(0.5);
  });

  it('flags votes spread over more than one quadrant', () => {
    expect(poolModel('m', [at(0.1, 0.9), at(0.2, 0.6)], 0.75).split).toBe(false);
    expect(poolModel('m', [at(0.1, 0.9), at(0.9, 0.9)], 0.75).split).toBe(true);
    // A skip is not a quadrant.
    expect(poolModel('m', [at(0.1, 0.9), 'skip'], 0.75).split).toBe(false);
  });

  it('breaks a tie for the top quadrant by the QUADRANTS order, not by vote order', () => {
    const reconsiderFirst = [at(0.9, 0.1), at(0.8, 0.2), at(0.9, 0.9), at(0.8, 0.8)];
    expect(poolModel('m', reconsiderFirst, 0.75).topQuadrant).toBe('strategic');
    const fillInsFirst = [at(0.1, 0.1), at(0.9, 0.1), at(0.2, 0.9)];
    expect(poolModel('m', fillInsFirst, 0.75).topQuadrant).toBe('quick-wins');
  });

  it('measures the spread with quartiles per axis', () => {
    const pool = poolModel('m', [at(0, 0.5), at(1 / 3, 0.5), at(2 / 3, 0.5), at(1, 0.5)], 0.75);
    // x: [0, 1/3, 2/3, 1] → q1 0.25, q3 0.75; y has no spread, so the area is 0.
    expect(pool.iqr.x).toBeCloseTo(0.5, 12);
    expect(pool.iqr.y).toBe(0);
    expect(pool.iqrArea).toBe(0);
  });
});

describe('poolRound', () => {
  it('returns one pool per model id, in that order, with unvoted models empty', () => {
    const votes = [vote('b', at(0.2, 0.8)), vote('a', at(0.9, 0.9)), vote('b', 'skip')];
    const pools = poolRound(votes, ['c', 'b', 'a'], 0.75);
    expect(pools.map((p) => [p.modelId, p.placed, p.skipped])).toEqual([
      ['c', 0, 0],
      ['b', 1, 1],
      ['a', 1, 0],
    ]);
    expect(pools[0]?.median).toBeNull();
  });

  it('ignores votes for models it was not asked about', () => {
    const pools = poolRound([vote('a', at(0.2, 0.2)), vote('ghost', at(0.9, 0.9))], ['a'], 0.75);
    expect(pools).toHaveLength(1);
    expect(pools[0]?.placed).toBe(1);
  });

  it('ignores values that are neither a position in the matrix nor a skip', () => {
    const bad = [{ x: 1.5, y: 0.5 }, { x: Number.NaN, y: 0.5 }, { x: 0.5 }, null, 'maybe', 3];
    const votes = [vote('a', at(0.2, 0.8)), ...bad.map((value) => vote('a', value))];
    const [pool] = poolRound(votes, ['a'], 0.75);
    expect(pool).toMatchObject({ placed: 1, skipped: 0, median: { x: 0.2, y: 0.8 } });
  });
});

/** A pool with chosen figures; the rest as for a model placed once. */
const pool = (modelId: string, fields: Partial<ModelPool> = {}): ModelPool => ({
  ...poolModel(modelId, [at(0.2, 0.8)], 0.75),
  ...fields,
});

describe('discussOrder', () => {
  it('puts the largest spread area first', () => {
    const order = discussOrder([
      pool('small', { iqr: { x: 0.1, y: 0.1 }, iqrArea: 0.01 }),
      pool('large', { iqr: { x: 0.5, y: 0.4 }, iqrArea: 0.2 }),
      pool('middle', { iqr: { x: 0.3, y: 0.2 }, iqrArea: 0.06 }),
    ]);
    expect(order.map((p) => p.modelId)).toEqual(['large', 'middle', 'small']);
  });

  it('ranks a model spread along one axis above one with no spread', () => {
    // "a-still": four votes on one spot and one outlier → IQR 0 on both axes, agreement 0.8.
    // "z-one-axis": spread along x inside one quadrant → area 0 too, but agreement 1.
    // Only the one-axis spread can put z first: agreement and id both favour a.
    const still = [at(0.2, 0.8), at(0.2, 0.8), at(0.2, 0.8), at(0.2, 0.8), at(0.9, 0.1)];
    const oneAxis = [at(0.1, 0.8), at(0.45, 0.8)];
    const pools = poolRound(
      [
        ...still.map((value) => vote('a-still', value)),
        ...oneAxis.map((value) => vote('z-one-axis', value)),
      ],
      ['a-still', 'z-one-axis'],
      0.75,
    );
    const [a, z] = pools;
    expect(a).toMatchObject({ iqr: { x: 0, y: 0 }, iqrArea: 0, agreement: 0.8 });
    expect(z).toMatchObject({ iqr: { y: 0 }, iqrArea: 0, agreement: 1 });
    // x: [0.1, 0.45] → q1 0.1875, q3 0.3625.
    expect(z?.iqr.x).toBeCloseTo(0.175, 12);
    expect(discussOrder(pools).map((p) => p.modelId)).toEqual(['z-one-axis', 'a-still']);
  });

  it('breaks equal spreads by lower agreement, then by id', () => {
    const spread = { iqr: { x: 0.2, y: 0.2 }, iqrArea: 0.04 };
    const order = discussOrder([
      pool('b', { ...spread, agreement: 1 }),
      pool('c', { ...spread, agreement: 0.5 }),
      pool('a', { ...spread, agreement: 1 }),
      pool('B', { ...spread, agreement: 1 }),
    ]);
    // Code-unit order: upper case before lower case.
    expect(order.map((p) => p.modelId)).toEqual(['c', 'B', 'a', 'b']);
  });

  it('treats spreads equal but for float error as equal', () => {
    const order = discussOrder([
      pool('a', { iqr: { x: 0.4 - 0.2, y: 0 }, agreement: 1 }),
      pool('z', { iqr: { x: 0.3 - 0.1, y: 0 }, agreement: 0.5 }),
    ]);
    expect(order.map((p) => p.modelId)).toEqual(['z', 'a']);
  });

  it('puts unplaced models last in input order and returns a new array', () => {
    const input = [
      poolModel('none-2', ['skip'], 0.75),
      pool('placed'),
      poolModel('none-1', [], 0.75),
    ];
    const order = discussOrder(input);
    expect(order.map((p) => p.modelId)).toEqual(['placed', 'none-2', 'none-1']);
    expect(order).not.toBe(input);
    expect(input.map((p) => p.modelId)).toEqual(['none-2', 'placed', 'none-1']);
  });
});

describe('driftBetween', () => {
  it('measures how far each median moved', () => {
    const before = [poolModel('a', [at(0.1, 0.1)], 0.75), poolModel('b', [at(0.5, 0.5)], 0.75)];
    const after = [poolModel('b', [at(0.5, 0.5)], 0.75), poolModel('a', [at(0.4, 0.5)], 0.75)];
    const drifts = driftBetween(before, after);
    expect(drifts.map((d) => d.modelId)).toEqual(['b', 'a']);
    expect(drifts[0]).toEqual({
      modelId: 'b',
      from: { x: 0.5, y: 0.5 },
      to: { x: 0.5, y: 0.5 },
      dx: 0,
      dy: 0,
      shift: 0,
    });
    const a = drifts[1];
    expect(a?.from).toEqual({ x: 0.1, y: 0.1 });
    expect(a?.to).toEqual({ x: 0.4, y: 0.5 });
    expect(a?.dx).toBeCloseTo(0.3, 12);
    expect(a?.dy).toBeCloseTo(0.4, 12);
    expect(a?.shift).toBeCloseTo(0.5, 12);
  });

  it('leaves out models without a median in either round', () => {
    const before = [
      poolModel('skipped-before', ['skip'], 0.75),
      poolModel('both', [at(0.2, 0.2)], 0.75),
      poolModel('gone', [at(0.2, 0.2)], 0.75),
    ];
    const after = [
      poolModel('skipped-before', [at(0.3, 0.3)], 0.75),
      poolModel('new', [at(0.3, 0.3)], 0.75),
      poolModel('gone', [], 0.75),
      poolModel('both', [at(0.2, 0.6)], 0.75),
    ];
    const drifts = driftBetween(before, after);
    expect(drifts.map((d) => d.modelId)).toEqual(['both']);
    expect(drifts[0]?.shift).toBeCloseTo(0.4, 12);
  });
});

/** A small seeded PRNG (mulberry32), so a failing case can be replayed. */
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A coordinate, often on an edge or the midline, where rounding and boundary rules bite. */
function coordinate(random: () => number): number {
  const r = random();
  if (r < 0.1) return 0.5;
  if (r < 0.15) return 0;
  if (r < 0.2) return 1;
  return random();
}

function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

describe('pooling properties (200 seeded random vote sets)', () => {
  const cases = Array.from({ length: 200 }, (_, seed) => {
    const random = mulberry32(seed + 1);
    const count = Math.floor(random() * 15);
    const values: VoteValue[] = Array.from({ length: count }, () =>
      random() < 0.2 ? 'skip' : at(coordinate(random), coordinate(random)),
    );
    return { seed, values, shuffledValues: shuffled(values, random) };
  });

  it.each(cases)('seed $seed keeps the figures consistent', ({ values, shuffledValues }) => {
    const pool = poolModel('m', values, 0.75);
    const placed = values.filter((v) => v !== 'skip').length;
    expect(pool.placed).toBe(placed);
    expect(pool.skipped).toBe(values.length - placed);
    expect(Object.values(pool.quadrantCounts).reduce((sum, n) => sum + n, 0)).toBe(placed);

    if (placed === 0) {
      expect(pool.median).toBeNull();
      expect(pool.agreement).toBe(0);
      expect(pool.consensus).toBe(false);
    } else {
      for (const axis of ['x', 'y'] as const) {
        const q = pool[axis];
        const median = pool.median?.[axis];
        expect(q).not.toBeNull();
        expect(median).toBe(q?.median);
        if (!q || median === undefined) continue;
        expect(q.q1).toBeLessThanOrEqual(median);
        expect(median).toBeLessThanOrEqual(q.q3);
        expect(q.q1).toBeGreaterThanOrEqual(0);
        expect(q.q3).toBeLessThanOrEqual(1);
        expect(pool.iqr[axis]).toBeGreaterThanOrEqual(0);
      }
      expect(pool.agreement).toBeGreaterThanOrEqual(0.25);
      expect(pool.agreement).toBeLessThanOrEqual(1);
      expect(pool.split).toBe(pool.agreement < 1);
    }

    expect(poolModel('m', shuffledValues, 0.75)).toEqual(pool);
  });

  it('pools a round the same whatever order the votes arrive in', () => {
    const random = mulberry32(2024);
    const votes = Array.from({ length: 300 }, (_, i) =>
      vote(
        `m${Math.floor(random() * 25)}`,
        random() < 0.15 ? 'skip' : at(coordinate(random), coordinate(random)),
        `p${i % 12}`,
      ),
    );
    const ids = Array.from({ length: 26 }, (_, i) => `m${i}`);
    const pools = poolRound(votes, ids, 0.75);
    expect(poolRound(shuffled(votes, random), ids, 0.75)).toEqual(pools);
    expect(pools.reduce((sum, p) => sum + p.placed + p.skipped, 0)).toBe(300);
    expect(pools[25]?.placed).toBe(0);
    // Unplaced models keep input order by design, so compare the placed ones only.
    const placedOnly = pools.filter((p) => p.placed > 0);
    expect(discussOrder(shuffled(placedOnly, random))).toEqual(discussOrder(placedOnly));
  });
});
