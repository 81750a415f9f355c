import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { GroupDifference } from '@shared/domain/groupComparison';

/** A share of the matrix axis as whole percent (or percentage points, for distances). */
export const percent = (value: number) => Math.round(value * 100);

/**
 * One compared model as a sentence for the live region, e.g. "Open data: companies 20 %
 * resources, 80 % impact; council 60 %, 40 %; 57 points apart".
 */
export function useDescribeDifference(names: { a: string; b: string }) {
  const { t } = useTranslation();
  const { a, b } = names;
  return useCallback(
    (difference: GroupDifference, title: string) =>
      t('compare.describe', {
        title,
        a,
        ax: percent(difference.a.x),
        ay: percent(difference.a.y),
        b,
        bx: percent(difference.b.x),
        by: percent(difference.b.y),
        count: percent(difference.distance),
      }),
    [t, a, b],
  );
}
