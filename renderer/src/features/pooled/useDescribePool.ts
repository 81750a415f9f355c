import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { ModelPool } from '@shared/domain/pooling';

const points = (value: number) => Math.round(value * 100);

/** A model's pooled figures as one sentence, for the screen reader's live region. */
export function useDescribePool(titleOf: (modelId: string) => string) {
  const { t } = useTranslation();
  return useCallback(
    (pool: ModelPool) => {
      const title = titleOf(pool.modelId);
      if (!pool.median) return `${title}: ${t('pooled.notPlaced', { skipped: pool.skipped })}`;
      return t('pooled.describe', {
        title,
        x: points(pool.median.x),
        y: points(pool.median.y),
        sx: points(pool.iqr.x),
        sy: points(pool.iqr.y),
        agreement: points(pool.agreement),
        quadrant: pool.topQuadrant ? t(`quadrant.${pool.topQuadrant}`) : '',
        placed: pool.placed,
        skipped: pool.skipped,
        consensus: pool.consensus ? t('pooled.consensus') : t('pooled.noConsensus'),
      });
    },
    [t, titleOf],
  );
}
