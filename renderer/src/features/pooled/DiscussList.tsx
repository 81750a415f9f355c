import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { sameValue } from '@shared/domain/changes';
import type { Position } from '@shared/domain/matrix';
import type { Drift, ModelPool } from '@shared/domain/pooling';
import { CardTitle } from '../board/CardTitle';

type Props = {
  order: readonly ModelPool[];
  drifts: ReadonlyMap<string, Drift>;
  previousRound: number | null;
  agreed: ReadonlyMap<string, Position>;
  selectedId: string | null;
  consensusShare: number;
  titleOf: (modelId: string) => string;
  onSelect: (pool: ModelPool) => void;
  onAccept: (pools: readonly ModelPool[]) => void;
  /** Above the list: round choice and display options. */
  controls: ReactNode;
};

const points = (value: number) => Math.round(value * 100);

/**
 * "Discuss next": the round's models, most disagreement first, each with its agreement, spread,
 * counts, consensus and drift, and one action to accept the median as the group's position.
 * This list is also the keyboard's way through the pooled view: selecting a model highlights it
 * on the matrix and reads out its figures.
 */
export function DiscussList(props: Props) {
  const { order, drifts, previousRound, agreed, selectedId, titleOf, onSelect, onAccept } = props;
  const { t } = useTranslation();
  const acceptable = order.filter(
    (pool) => pool.consensus && pool.median && !sameValue(agreed.get(pool.modelId), pool.median),
  );
  return (
    <aside className="tray discuss" aria-labelledby="discuss-heading">
      <h2 id="discuss-heading">{t('pooled.heading')}</h2>
      {props.controls}
      <p className="muted discuss-intro">
        {t('pooled.intro')} {t('pooled.rule', { percent: points(props.consensusShare) })}
      </p>
      <button type="button" disabled={acceptable.length === 0} onClick={() => onAccept(acceptable)}>
        {t('pooled.acceptAll', { count: acceptable.length })}
      </button>
      <ol className="discuss-list">
        {order.map((pool, index) => {
          const title = titleOf(pool.modelId);
          const drift = drifts.get(pool.modelId);
          const isAgreed = !!pool.median && sameValue(agreed.get(pool.modelId), pool.median);
          return (
            <li key={pool.modelId} className={pool.modelId === selectedId ? 'is-selected' : ''}>
              <button
                type="button"
                className="discuss-title"
                aria-pressed={pool.modelId === selectedId}
                onClick={() => onSelect(pool)}
                onFocus={() => onSelect(pool)}
              >
                <span className="discuss-rank">{index + 1}</span> <CardTitle title={title} />
              </button>
              {pool.placed === 0 ? (
                <p className="muted">{t('pooled.notPlaced', { skipped: pool.skipped })}</p>
              ) : (
                <p className="discuss-figures">
                  <span className={pool.consensus ? 'badge consensus' : 'badge'}>
                    {pool.consensus ? `✓ ${t('pooled.consensus')}` : t('pooled.noConsensus')}
                  </span>{' '}
                  {pool.split && <span className="badge split">{t('pooled.split')}</span>}{' '}
                  {t('pooled.agreement', { percent: points(pool.agreement) })} ·{' '}
                  {t('pooled.spread', { x: points(pool.iqr.x), y: points(pool.iqr.y) })} ·{' '}
                  {t('pooled.counts', { placed: pool.placed, skipped: pool.skipped })}
                  {drift && previousRound !== null && (
                    <>
                      {' · '}
                      {points(drift.shift) === 0
                        ? t('pooled.stable', { round: previousRound })
                        : t('pooled.drift', { points: points(drift.shift), round: previousRound })}
                    </>
                  )}
                </p>
              )}
              {pool.median &&
                (isAgreed ? (
                  <p className="muted">✓ {t('pooled.agreed')}</p>
                ) : (
                  <button type="button" onClick={() => onAccept([pool])}>
                    {t('pooled.acceptMedian')}
                    <span className="visually-hidden"> – {title}</span>
                  </button>
                ))}
            </li>
          );
        })}
      </ol>
    </aside>
  );
}
