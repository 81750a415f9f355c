import { useMemo } from 'react';
import { MODELS } from '@shared/catalogue';
import { discussOrder, driftBetween, poolRound, type Drift } from '@shared/domain/pooling';
import type { Round } from '@shared/domain/round';
import type { Vote } from '@shared/domain/vote';

const MODEL_IDS = MODELS.map((model) => model.id);

/**
 * A revealed round pooled: each model's median, spread and agreement, the "discuss next" order,
 * and the drift of each median since the revealed round before it (a revision round).
 */
export function usePooledRound(
  rounds: readonly Round[],
  votes: readonly Vote[],
  roundNumber: number,
  consensusShare: number,
) {
  return useMemo(() => {
    const revealed = rounds.filter((r) => r.state === 'revealed').map((r) => r.number);
    const previous = revealed.filter((n) => n < roundNumber).at(-1) ?? null;
    const pools = poolRound(
      votes.filter((v) => v.round === roundNumber),
      MODEL_IDS,
      consensusShare,
    );
    const drifts = new Map<string, Drift>();
    if (previous !== null) {
      const before = poolRound(
        votes.filter((v) => v.round === previous),
        MODEL_IDS,
        consensusShare,
      );
      for (const drift of driftBetween(before, pools)) drifts.set(drift.modelId, drift);
    }
    return { pools, order: discussOrder(pools), drifts, previous };
  }, [rounds, votes, roundNumber, consensusShare]);
}

export type PooledRound = ReturnType<typeof usePooledRound>;
