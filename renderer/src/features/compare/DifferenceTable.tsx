import { useTranslation } from 'react-i18next';
import type { GroupDifference } from '@shared/domain/groupComparison';
import { CardTitle } from '../board/CardTitle';
import { percent } from './useDescribeDifference';

type Props = {
  names: { a: string; b: string };
  /** Widest gap first, as `compareGroups` orders them; row numbers match the matrix. */
  differences: readonly GroupDifference[];
  highlightedId: string | null;
  selectedId: string | null;
  titleOf: (modelId: string) => string;
  onSelect: (modelId: string) => void;
  onHover: (modelId: string | null) => void;
};

/**
 * "Largest differences": every model both groups placed, with both medians, how far apart they
 * are and how many placed it. A model's name is a button that picks its pair on the matrix.
 */
export function DifferenceTable(props: Props) {
  const { names, differences, highlightedId, selectedId, titleOf, onSelect, onHover } = props;
  const { t } = useTranslation();
  const position = (p: { x: number; y: number }) =>
    t('compare.position', { x: percent(p.x), y: percent(p.y) });
  return (
    <div className="compare-table-wrap">
      <table className="compare-table">
        <caption>
          {t('compare.caption')}
          <span className="compare-caption-note">{t('compare.captionNote')}</span>
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('compare.colNumber')}</th>
            <th scope="col">{t('compare.colModel')}</th>
            <th scope="col">
              <span className="compare-col-group">
                <span className="compare-shape is-a" aria-hidden="true" />
                {t('compare.colMedian', { group: names.a })}
              </span>
            </th>
            <th scope="col">
              <span className="compare-col-group">
                <span className="compare-shape is-b" aria-hidden="true" />
                {t('compare.colMedian', { group: names.b })}
              </span>
            </th>
            <th scope="col">{t('compare.colDifference')}</th>
            <th scope="col">{t('compare.colCounts')}</th>
          </tr>
        </thead>
        <tbody>
          {differences.map((difference, index) => {
            const { modelId, nA, nB } = difference;
            const selected = modelId === selectedId;
            return (
              <tr
                key={modelId}
                className={modelId === highlightedId ? 'is-highlighted' : undefined}
                onMouseEnter={() => onHover(modelId)}
                onMouseLeave={() => onHover(null)}
              >
                <td className="compare-number">{index + 1}</td>
                <th scope="row">
                  <button
                    type="button"
                    className="compare-model"
                    aria-pressed={selected}
                    onClick={() => onSelect(modelId)}
                    onFocus={() => onSelect(modelId)}
                  >
                    <CardTitle title={titleOf(modelId)} />
                  </button>
                </th>
                <td className="compare-figure-cell">{position(difference.a)}</td>
                <td className="compare-figure-cell">{position(difference.b)}</td>
                <td className="compare-figure-cell">
                  {t('compare.points', { count: percent(difference.distance) })}
                </td>
                <td className="compare-figure-cell">
                  <span aria-hidden="true">
                    {nA} / {nB}
                  </span>
                  <span className="visually-hidden">
                    {t('compare.counts', { a: names.a, nA, b: names.b, nB })}
                  </span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
