import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ModelPool, Drift } from '@shared/domain/pooling';
import type { Vote } from '@shared/domain/vote';
import { useElementSize } from '../../ui/useElementSize';
import { VoteDots } from './VoteDots';

type Props = {
  /** In "discuss next" order: the number drawn on a median is its place in that list. */
  order: readonly ModelPool[];
  drifts: ReadonlyMap<string, Drift>;
  selectedId: string | null;
  /** The round's votes, drawn as dots when `showDots`. */
  votes: readonly Vote[];
  showDots: boolean;
  dotLabel: (vote: Vote) => string;
  titleOf: (modelId: string) => string;
};

const pct = (value: number) => `${value * 100}%`;

/**
 * The pooled round drawn on the matrix, under the group's cards: each model's median (numbered
 * as in the "discuss next" list) with its interquartile range as a box and a cross, drift
 * arrows from the previous round's median, and on demand every participant's dot. Lines are
 * drawn in pixels (the matrix is rarely square), so arrowheads and strokes keep their shape.
 */
export const PooledLayer = memo(function PooledLayer(props: Props) {
  const { order, drifts, selectedId, votes, showDots, dotLabel, titleOf } = props;
  const { t } = useTranslation();
  const [ref, { width, height }] = useElementSize<SVGSVGElement>();
  const px = (x: number) => x * width;
  const py = (y: number) => (1 - y) * height;
  const placed = order.filter((pool) => pool.median && pool.x && pool.y);

  return (
    <div className="pooled-layer" aria-hidden={!showDots || undefined}>
      <svg ref={ref} className="pooled-lines" width="100%" height="100%" aria-hidden="true">
        <defs>
          <marker
            id="drift-head"
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerWidth="7"
            markerHeight="7"
            orient="auto-start-reverse"
          >
            <path d="M0,0 L10,5 L0,10 z" className="drift-head" />
          </marker>
        </defs>
        {width > 0 &&
          placed.map((pool) => {
            const { x, y, median } = pool;
            if (!x || !y || !median) return null;
            const selected = pool.modelId === selectedId;
            const drift = drifts.get(pool.modelId);
            return (
              <g key={pool.modelId} className={`spread${selected ? ' is-selected' : ''}`}>
                <rect
                  x={px(x.q1)}
                  y={py(y.q3)}
                  width={px(x.q3) - px(x.q1)}
                  height={py(y.q1) - py(y.q3)}
                />
                <line x1={px(x.q1)} x2={px(x.q3)} y1={py(median.y)} y2={py(median.y)} />
                <line x1={px(median.x)} x2={px(median.x)} y1={py(y.q1)} y2={py(y.q3)} />
                {drift && drift.shift > 0 && (
                  <line
                    className="drift"
                    x1={px(drift.from.x)}
                    y1={py(drift.from.y)}
                    x2={px(drift.to.x)}
                    y2={py(drift.to.y)}
                    markerEnd="url(#drift-head)"
                  />
                )}
              </g>
            );
          })}
      </svg>
      {showDots && width > 0 && (
        <VoteDots
          votes={votes}
          selectedId={selectedId}
          width={width}
          height={height}
          dotLabel={dotLabel}
        />
      )}
      {placed.map((pool) => {
        const median = pool.median;
        if (!median) return null;
        const rank = order.indexOf(pool) + 1;
        return (
          <span
            key={pool.modelId}
            className={`median-marker${pool.modelId === selectedId ? ' is-selected' : ''}${pool.consensus ? ' has-consensus' : ''}`}
            style={{ left: pct(median.x), top: pct(1 - median.y) }}
            title={t('pooled.medianMarker', { title: titleOf(pool.modelId) })}
            aria-hidden="true"
          >
            {rank}
          </span>
        );
      })}
    </div>
  );
});
