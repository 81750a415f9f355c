import { useTranslation } from 'react-i18next';
import type { GroupDifference } from '@shared/domain/groupComparison';
import { MatrixFrame } from '../board/MatrixFrame';
import { PairOverlay } from './PairOverlay';

type Side = { name: string; placers: number };

type Props = {
  a: Side;
  b: Side;
  differences: readonly GroupDifference[];
  highlightedId: string | null;
  selectedId: string | null;
  titleOf: (modelId: string) => string;
  onSelect: (modelId: string) => void;
  onHover: (modelId: string | null) => void;
};

/** The static matrix with both groups' medians, and the legend that says which is which. */
export function CompareMatrix({ a, b, ...overlay }: Props) {
  const { t } = useTranslation();
  return (
    <div className="compare-figure">
      <ul className="compare-legend" aria-label={t('compare.legendLabel')}>
        <li>
          <span className="compare-shape is-a" aria-hidden="true" />
          <span>
            <span className="visually-hidden">{t('compare.circles')} </span>
            <span className="compare-name">{a.name}</span>{' '}
            <span className="muted">({t('compare.participants', { count: a.placers })})</span>
          </span>
        </li>
        <li>
          <span className="compare-shape is-b" aria-hidden="true" />
          <span>
            <span className="visually-hidden">{t('compare.squares')} </span>
            <span className="compare-name">{b.name}</span>{' '}
            <span className="muted">({t('compare.participants', { count: b.placers })})</span>
          </span>
        </li>
      </ul>
      <div className="compare-matrix">
        <MatrixFrame label={t('compare.matrixLabel', { a: a.name, b: b.name })}>
          <PairOverlay {...overlay} />
        </MatrixFrame>
      </div>
    </div>
  );
}
