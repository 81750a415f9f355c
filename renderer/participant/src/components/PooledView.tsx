import type { PooledView as Pooled } from '@shared/protocol/pooledView';
import { quadrantOf } from '@shared/domain/quadrant';
import { useLocale, useText } from '../i18n/text';
import { boardLabels } from './boardLabels';
import { MatrixFrame } from './MatrixFrame';
import type { ModelInPlay } from './PlacingBoard';

type Props = { pooled: Pooled; models: readonly ModelInPlay[] };

const percent = (value: number) => `${value * 100}%`;

/**
 * The group's view the facilitator released: per model the median as a numbered dot and the
 * middle half of the answers as a box; read-only. Never anyone's own position.
 */
export function PooledView({ pooled, models }: Props) {
  const t = useText();
  const { board, quadrant } = boardLabels(useLocale());
  const byId = new Map(models.map((model) => [model.id, model]));
  const rows = pooled.models.map((entry, index) => ({
    entry,
    model: byId.get(entry.modelId) ?? {
      id: entry.modelId,
      number: index + 1,
      title: entry.modelId,
    },
  }));
  return (
    <section className="pp-pooled" aria-labelledby="pp-pooled-heading">
      <h2 id="pp-pooled-heading">{t('pooledHeading')}</h2>
      <p className="pp-hint">{t('pooledIntro')}</p>
      <MatrixFrame labels={board}>
        <div className="pp-matrix pp-matrix-readonly" aria-hidden="true">
          {(['quick-wins', 'strategic', 'fill-ins', 'reconsider'] as const).map((area) => (
            <div key={area} className={`pp-quadrant pp-${area}`}>
              {quadrant[area]}
            </div>
          ))}
          {rows.map(({ entry }) =>
            entry.x && entry.y ? (
              <span
                key={`spread-${entry.modelId}`}
                className="pp-spread"
                style={{
                  left: percent(entry.x.q1),
                  width: percent(entry.x.q3 - entry.x.q1),
                  top: percent(1 - entry.y.q3),
                  height: percent(entry.y.q3 - entry.y.q1),
                }}
              />
            ) : null,
          )}
          {rows.map(({ entry, model }) =>
            entry.median ? (
              <span
                key={entry.modelId}
                className="pp-marker pp-median"
                style={{ left: percent(entry.median.x), top: percent(1 - entry.median.y) }}
              >
                {model.number}
              </span>
            ) : null,
          )}
        </div>
      </MatrixFrame>
      <ul className="pp-list" aria-label={t('pooledHeading')}>
        {rows.map(({ entry, model }) => (
          <li key={entry.modelId} className="pp-row pp-pooled-row" data-model={entry.modelId}>
            <span className="pp-marker pp-marker-static" aria-hidden="true">
              {model.number}
            </span>
            <span className="pp-row-title">
              {model.title}
              <span className="pp-tag">
                {' · '}
                {entry.median ? quadrant[quadrantOf(entry.median)] : t('pooledNone')}
                {' · '}
                {t('pooledCounts', { placed: entry.placed, skipped: entry.skipped })}
              </span>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
