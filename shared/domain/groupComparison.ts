import type { Position } from './matrix';
import { poolModel } from './pooling';
import type { Vote, VoteValue } from './vote';

export type GroupDifference = {
  modelId: string;
  a: Position;
  b: Position;
  nA: number;
  nB: number;
  /** Euclidean distance between the two medians. */
  distance: number;
  /** b.x - a.x */
  dx: number;
  /** b.y - a.y */
  dy: number;
};

/**
 * Where two groups (e.g. companies and the council) see a model differently in the same round:
 * their medians per model placed by at least one member of each group, the widest gaps first
 * (ties by model id, code-unit order). `groupOf` maps participantId → groupId; votes of
 * participants not in it, and votes for models not in `modelIds`, are ignored.
 */
export function compareGroups(
  votes: readonly Vote[],
  groupOf: ReadonlyMap<string, string>,
  groupA: string,
  groupB: string,
  modelIds: readonly string[],
): GroupDifference[] {
  const valuesA = new Map<string, VoteValue[]>(modelIds.map((id) => [id, []]));
  const valuesB = new Map<string, VoteValue[]>(modelIds.map((id) => [id, []]));
  for (const vote of votes) {
    const group = groupOf.get(vote.participantId);
    // Not an else-branch: comparing a group with itself still pools each vote on both sides.
    if (group === groupA) valuesA.get(vote.modelId)?.push(vote.value);
    if (group === groupB) valuesB.get(vote.modelId)?.push(vote.value);
  }

  const differences: GroupDifference[] = [];
  for (const modelId of new Set(modelIds)) {
    // The consensus share does not matter here: only medians and counts are read.
    const poolA = poolModel(modelId, valuesA.get(modelId) ?? [], 1);
    const poolB = poolModel(modelId, valuesB.get(modelId) ?? [], 1);
    const a = poolA.median;
    const b = poolB.median;
    if (!a || !b) continue;
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    differences.push({
      modelId,
      a,
      b,
      nA: poolA.placed,
      nB: poolB.placed,
      distance: Math.hypot(dx, dy),
      dx,
      dy,
    });
  }
  return differences.sort(
    (p, q) =>
      Math.round(q.distance * 1e9) - Math.round(p.distance * 1e9) ||
      (p.modelId < q.modelId ? -1 : p.modelId > q.modelId ? 1 : 0),
  );
}
