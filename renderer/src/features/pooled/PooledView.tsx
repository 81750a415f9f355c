import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AtomicChange } from '@shared/domain/changes';
import type { ModelPool } from '@shared/domain/pooling';
import type { Round } from '@shared/domain/round';
import type { Vote } from '@shared/domain/vote';
import type { Placement, WorkshopSetup } from '@shared/domain/workshop';
import { BoardView } from '../board/BoardView';
import type { Spot } from '../board/useBoardDrag';
import { useCardTitle } from '../board/useCardTitle';
import type { RecordChange } from '../history/useChangeHistory';
import { DiscussList } from './DiscussList';
import { PooledLayer } from './PooledLayer';
import { usePooledRound } from './usePooledRound';
import { useDescribePool } from './useDescribePool';

type Props = {
  workshopId: string;
  setup: WorkshopSetup;
  rounds: readonly Round[];
  votes: readonly Vote[];
  placements: readonly Placement[];
  /** The revealed round shown. */
  round: number;
  onRound: (round: number) => void;
  labelOf: (participantId: string) => string;
  record: RecordChange;
  announce: (message: string) => void;
};

/**
 * The pooled view of a revealed round: the group's matrix (its cards can be dragged to the
 * agreed position) over each model's median and spread, beside the "discuss next" list.
 */
export function PooledView(props: Props) {
  const { workshopId, setup, rounds, votes, placements, round, record, announce, labelOf } = props;
  const { t } = useTranslation();
  const cardTitle = useCardTitle();
  const titleOf = useCallback((id: string) => cardTitle(id) ?? id, [cardTitle]);
  const pooled = usePooledRound(rounds, votes, round, setup.consensusShare);
  const describe = useDescribePool(titleOf);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [showDots, setShowDots] = useState(false);
  const roundVotes = useMemo(() => votes.filter((v) => v.round === round), [votes, round]);
  const agreed = useMemo(
    () => new Map(placements.map((p) => [p.modelId, p.position])),
    [placements],
  );

  const onMove = useCallback(
    (modelId: string, to: Spot) => {
      const change: AtomicChange = { kind: 'placement.set', workshopId, modelId, from: null, to };
      void record(() => change).catch(() => undefined);
    },
    [record, workshopId],
  );
  const onAccept = (pools: readonly ModelPool[]) => {
    const changes = pools.flatMap((pool): AtomicChange[] =>
      pool.median
        ? [
            {
              kind: 'placement.set',
              workshopId,
              modelId: pool.modelId,
              from: null,
              to: pool.median,
            },
          ]
        : [],
    );
    if (changes.length === 0) return;
    const label = changes.length === 1 ? 'median.accept' : 'median.acceptAll';
    void record(() => ({ kind: 'batch', workshopId, label, changes })).catch(() => undefined);
  };
  const onSelect = (pool: ModelPool) => {
    if (pool.modelId === selectedId) return;
    setSelectedId(pool.modelId);
    announce(describe(pool));
  };
  const dotLabel = useCallback(
    (vote: Vote) => {
      const { x, y } = vote.value === 'skip' ? { x: 0, y: 0 } : vote.value;
      return t('pooled.dot', {
        who: labelOf(vote.participantId),
        title: titleOf(vote.modelId),
        x: Math.round(x * 100),
        y: Math.round(y * 100),
      });
    },
    [t, labelOf, titleOf],
  );

  const revealed = rounds.filter((r) => r.state === 'revealed');
  const controls = (
    <div className="discuss-controls">
      {revealed.length > 1 && (
        <label>
          {t('pooled.round')}{' '}
          <select value={round} onChange={(event) => props.onRound(Number(event.target.value))}>
            {revealed.map((r) => (
              <option key={r.number} value={r.number}>
                {t('pooled.roundOption', { number: r.number })}
              </option>
            ))}
          </select>
        </label>
      )}
      <label>
        <input type="checkbox" checked={showDots} onChange={(e) => setShowDots(e.target.checked)} />{' '}
        {t('pooled.showDots')}
      </label>
    </div>
  );
  return (
    <BoardView
      placements={placements}
      onMove={onMove}
      aside={
        <DiscussList
          order={pooled.order}
          drifts={pooled.drifts}
          previousRound={pooled.previous}
          agreed={agreed}
          selectedId={selectedId}
          consensusShare={setup.consensusShare}
          titleOf={titleOf}
          onSelect={onSelect}
          onAccept={onAccept}
          controls={controls}
        />
      }
      overlay={
        <PooledLayer
          order={pooled.order}
          drifts={pooled.drifts}
          selectedId={selectedId}
          votes={roundVotes}
          showDots={showDots}
          dotLabel={dotLabel}
          titleOf={titleOf}
        />
      }
    />
  );
}
