import { isPosition, type Position } from './matrix';
import { QUADRANTS, quadrantOf, type Quadrant } from './quadrant';
import { isVoteValue, type Vote, type VoteValue } from './vote';

export type Quartiles = { q1: number; median: number; q3: number };

/**
 * Quartiles as spreadsheets compute them (Excel QUARTILE.INC, LibreOffice QUARTILE, R type 7:
 * h = (n - 1)p, linear interpolation between the closest ranks), so a facilitator who checks the
 * figures against an exported sheet gets the same numbers. Null for no values; the input is not
 * mutated.
 */
export function quartiles(values: readonly number[]): Quartiles | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return { q1: quantile(sorted, 0.25), median: quantile(sorted, 0.5), q3: quantile(sorted, 0.75) };
}

function quantile(sorted: readonly number[], p: number): number {
  const h = (sorted.length - 1) * p;
  const lower = Math.floor(h);
  const low = sorted[lower] ?? 0;
  const high = sorted[Math.ceil(h)] ?? low;
  // Clamped so float rounding can never put a quartile outside its two ranks: that keeps
  // q1 <= median <= q3 and every figure inside the matrix exactly.
  return Math.min(high, Math.max(low, low + (h - lower) * (high - low)));
}

export type ModelPool = {
  modelId: string;
  /** Votes with a position (n). */
  placed: number;
  /** "Don't know" votes: counted, never pooled. */
  skipped: number;
  /** Per-axis median; null when nothing was placed. */
  median: Position | null;
  x: Quartiles | null;
  y: Quartiles | null;
  /** q3 - q1 per axis; 0 when nothing was placed. */
  iqr: { x: number; y: number };
  iqrArea: number;
  /** Placed votes per quadrant, by the project's midline rule (`quadrantOf`). */
  quadrantCounts: Record<Quadrant, number>;
  /** Most common quadrant; ties go to the earlier one in `QUADRANTS`; null when none placed. */
  topQuadrant: Quadrant | null;
  /** Share (0..1) of placed votes in `topQuadrant`; 0 when none placed. */
  agreement: number;
  /** Placed votes lie in more than one quadrant. */
  split: boolean;
  consensus: boolean;
};

/** Slack for comparing shares, so 3 of 4 meets a 0.75 rule despite float error. */
const SHARE_EPSILON = 1e-9;

/**
 * Pools one model's answers into what the group discusses: median, spread and agreement.
 * Skips count towards `skipped` only, so "don't know" never drags the median; values that are
 * neither a position in the matrix nor 'skip' (corrupt stored data) are ignored.
 */
export function poolModel(
  modelId: string,
  values: readonly VoteValue[],
  consensusShare: number,
): ModelPool {
  const positions: Position[] = [];
  let skipped = 0;
  for (const value of values) {
    if (value === 'skip') skipped += 1;
    else if (isPosition(value)) positions.push(value);
  }
  const placed = positions.length;
  const x = quartiles(positions.map((p) => p.x));
  const y = quartiles(positions.map((p) => p.y));
  const iqr = { x: x ? x.q3 - x.q1 : 0, y: y ? y.q3 - y.q1 : 0 };

  const quadrantCounts = {
    'quick-wins': 0,
    strategic: 0,
    'fill-ins': 0,
    reconsider: 0,
  } satisfies Record<Quadrant, number>;
  for (const position of positions) quadrantCounts[quadrantOf(position)] += 1;
  let topQuadrant: Quadrant | null = null;
  for (const quadrant of QUADRANTS) {
    const count = quadrantCounts[quadrant];
    // Strictly greater: on a tie the earlier quadrant in QUADRANTS keeps the place.
    if (count > 0 && (topQuadrant === null || count > quadrantCounts[topQuadrant])) {
      topQuadrant = quadrant;
    }
  }
  const agreement = topQuadrant === null ? 0 : quadrantCounts[topQuadrant] / placed;

  return {
    modelId,
    placed,
    skipped,
    median: x && y ? { x: x.median, y: y.median } : null,
    x,
    y,
    iqr,
    iqrArea: iqr.x * iqr.y,
    quadrantCounts,
    topQuadrant,
    agreement,
    split: QUADRANTS.filter((quadrant) => quadrantCounts[quadrant] > 0).length > 1,
    consensus: placed > 0 && agreement >= consensusShare - SHARE_EPSILON,
  };
}

/**
 * Pools a round for the pooled view: one pool per id of `modelIds`, in that order, so every
 * catalogue model shows up (with placed 0 when nobody voted). Votes for other models, and
 * values the app does not understand, are ignored. Votes are not filtered by round.
 */
export function poolRound(
  votes: readonly Vote[],
  modelIds: readonly string[],
  consensusShare: number,
): ModelPool[] {
  const byModel = new Map<string, VoteValue[]>(modelIds.map((id) => [id, []]));
  for (const vote of votes) {
    if (!isVoteValue(vote.value)) continue;
    byModel.get(vote.modelId)?.push(vote.value);
  }
  return modelIds.map((id) => poolModel(id, byModel.get(id) ?? [], consensusShare));
}

/**
 * Rounds a figure to a grid before ordering, so spreads that are equal on paper but differ in the
 * last float bit (0.3 - 0.1 vs 0.4 - 0.2) tie and fall through to the next criterion.
 */
function orderKey(value: number): number {
  return Math.round(value * 1e9);
}

/**
 * "Discuss next": the most disputed models first — largest spread area, then largest spread along
 * either axis (a model spread along one axis only still beats one with no spread), then lowest
 * agreement, then id (code-unit order). Models nobody placed come last, in input order.
 */
export function discussOrder(pools: readonly ModelPool[]): ModelPool[] {
  const placed = pools.filter((pool) => pool.placed > 0);
  const unplaced = pools.filter((pool) => pool.placed === 0);
  placed.sort(
    (a, b) =>
      orderKey(b.iqrArea) - orderKey(a.iqrArea) ||
      orderKey(b.iqr.x + b.iqr.y) - orderKey(a.iqr.x + a.iqr.y) ||
      orderKey(a.agreement) - orderKey(b.agreement) ||
      (a.modelId < b.modelId ? -1 : a.modelId > b.modelId ? 1 : 0),
  );
  return [...placed, ...unplaced];
}

export type Drift = {
  modelId: string;
  from: Position;
  to: Position;
  dx: number;
  dy: number;
  /** Euclidean distance between `from` and `to`. */
  shift: number;
};

/**
 * How far each model's median moved between two rounds (e.g. round 1 → round 2), to show whether
 * discussion moved the group. Only models with a median in both rounds; in the order of `current`.
 */
export function driftBetween(
  previous: readonly ModelPool[],
  current: readonly ModelPool[],
): Drift[] {
  const before = new Map<string, Position>();
  for (const pool of previous) {
    if (pool.median && !before.has(pool.modelId)) before.set(pool.modelId, pool.median);
  }
  const drifts: Drift[] = [];
  for (const pool of current) {
    const from = before.get(pool.modelId);
    const to = pool.median;
    if (!from || !to) continue;
    const dx = to.x - from.x;
    const dy = to.y - from.y;
    drifts.push({ modelId: pool.modelId, from, to, dx, dy, shift: Math.hypot(dx, dy) });
  }
  return drifts;
}
