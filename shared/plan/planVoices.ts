import type { Locale } from '../catalogue/types';
import type { Participant } from '../domain/participant';
import { poolRound } from '../domain/pooling';
import type { Round } from '../domain/round';
import { isVoteValue, type Vote } from '../domain/vote';
import { DEFAULT_CONSENSUS_SHARE, type WorkshopSetup } from '../domain/workshop';
import { fillLabel, PLAN_LABELS } from '../i18n/plan';
import type { BuiltInGroupId, PlanVotingLabels } from '../i18n/planVoting';
import type { PlanMethod, PlanSpread } from './types';

/** A workshop's participants, rounds and votes, as the board holds them. */
export type PlanVoices = {
  participants: readonly Participant[];
  rounds: readonly Round[];
  votes: readonly Vote[];
  setup: WorkshopSetup;
};

export type PlanVoting = { spreads: Map<string, PlanSpread>; method: PlanMethod };

const BUILT_IN: Record<BuiltInGroupId, true> = {
  companies: true,
  council: true,
  officials: true,
  other: true,
};

function isBuiltIn(id: string): id is BuiltInGroupId {
  return Object.hasOwn(BUILT_IN, id);
}

/** One vote per participant and model: the latest, should storage ever hold two. */
function latestVotes(votes: readonly Vote[]): Vote[] {
  const byKey = new Map<string, Vote>();
  for (const vote of votes) {
    const key = JSON.stringify([vote.participantId, vote.modelId]);
    const kept = byKey.get(key);
    if (!kept || vote.updatedAt >= kept.updatedAt) byKey.set(key, vote);
  }
  return [...byKey.values()];
}

/**
 * How many of the round's voters belong to each group, in the setup's order. Only counts leave
 * this function, with group names resolved; participants' names are never read. Voters whose
 * participant or group is gone are counted under "unknown group", so the counts add up.
 */
function groupCounts(
  voterIds: ReadonlySet<string>,
  voices: PlanVoices,
  labels: PlanVotingLabels,
): PlanMethod['participantsByGroup'] {
  const groupOf = new Map(voices.participants.map((p) => [p.id, p.groupId]));
  const counts = new Map<string, number>();
  for (const id of voterIds) {
    const group = groupOf.get(id) ?? '';
    counts.set(group, (counts.get(group) ?? 0) + 1);
  }
  const result: PlanMethod['participantsByGroup'] = [];
  let known = 0;
  voices.setup.groups.forEach((group, index) => {
    const count = counts.get(group.id) ?? 0;
    // A group listed twice in a damaged setup is counted once.
    counts.delete(group.id);
    known += count;
    if (count === 0) return;
    const name =
      group.name.trim() ||
      (isBuiltIn(group.id)
        ? labels.groups[group.id]
        : fillLabel(labels.groupNumbered, { number: index + 1 }));
    result.push({ group: name, count });
  });
  const unknown = voterIds.size - known;
  if (unknown > 0) result.push({ group: labels.groupUnknown, count: unknown });
  return result;
}

/**
 * The spread of each model and the method note, from the latest revealed round. Null when no
 * round was revealed: the plan then shows only the agreed positions. Votes of removed
 * participants count, as they do on the board.
 */
export function planVoting(
  voices: PlanVoices,
  modelIds: readonly string[],
  locale: Locale,
): PlanVoting | null {
  const revealed = new Set(
    voices.rounds.filter((round) => round.state === 'revealed').map((round) => round.number),
  );
  if (revealed.size === 0) return null;
  const pooledRound = Math.max(...revealed);
  const share = voices.setup.consensusShare;
  const consensusShare = Number.isFinite(share) ? share : DEFAULT_CONSENSUS_SHARE;
  const votes = latestVotes(
    voices.votes.filter((vote) => vote.round === pooledRound && isVoteValue(vote.value)),
  );

  const spreads = new Map<string, PlanSpread>();
  for (const pool of poolRound(votes, modelIds, consensusShare)) {
    if (!pool.x || !pool.y) continue;
    spreads.set(pool.modelId, {
      x: pool.x,
      y: pool.y,
      n: pool.placed,
      skipped: pool.skipped,
      agreement: pool.agreement,
      consensus: pool.consensus,
    });
  }
  const voterIds = new Set(votes.map((vote) => vote.participantId));
  const labels = (PLAN_LABELS[locale] ?? PLAN_LABELS.sv).voting;
  return {
    spreads,
    method: {
      rounds: revealed.size,
      pooledRound,
      participantsByGroup: groupCounts(voterIds, voices, labels),
      participants: voterIds.size,
      consensusShare,
    },
  };
}
