import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { CardTitle } from './CardTitle';

type Props = {
  /** The placed cards in plan order: the first is number 1. */
  titles: readonly string[];
  /** The markers were chosen for want of room, not by the facilitator: say so. */
  automatic: boolean;
};

/** The key to the numbered markers, beside the matrix, as in the action plan's PDF. */
export const MarkerLegend = memo(function MarkerLegend({ titles, automatic }: Props) {
  const { t } = useTranslation();
  return (
    // Focusable: when the room is too small for the whole key it scrolls, by keyboard too.
    <section
      className={`marker-legend${titles.length > 12 ? ' is-long' : ''}`}
      aria-label={t('boardLayout.legend')}
      tabIndex={0}
    >
      <ol>
        {titles.map((title, index) => (
          <li key={`${index}:${title}`}>
            <span className="legend-number" aria-hidden="true">
              {index + 1}
            </span>
            <span className="legend-title">
              <span className="visually-hidden">{index + 1}. </span>
              <CardTitle title={title} />
            </span>
          </li>
        ))}
      </ol>
      {automatic && <p className="muted marker-legend-note">{t('boardLayout.markersAuto')}</p>}
    </section>
  );
});
