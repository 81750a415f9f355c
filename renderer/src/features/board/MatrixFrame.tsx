import { useId, type ReactNode, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { QUADRANTS } from '@shared/domain/quadrant';

type Props = {
  /** The drop target's ref, when the matrix takes drops. */
  matrixRef?: Ref<HTMLDivElement>;
  className?: string;
  /** Names the matrix for screen readers (defaults to the board's matrix label). */
  label?: string;
  children?: ReactNode;
  /** Beside the matrix: the key to numbered markers. */
  legend?: ReactNode;
};

/**
 * The resource/impact matrix's frame: axis labels, the four quadrants with their names, and the
 * matrix box that children are drawn in (positions in percent of that box), and a legend beside
 * it. x = resources needed (few → many), y = climate impact (low → high). The matrix takes as
 * much of the frame as it can while staying square-ish (see .matrix-grid).
 */
export function MatrixFrame(props: Props) {
  const { matrixRef, className = '', label, children, legend } = props;
  const { t } = useTranslation();
  // Unique per matrix: two matrices on one page must not share the description's id.
  const axesId = useId();
  return (
    <section className={`matrix-frame${legend ? ' has-legend' : ''}`}>
      <div className="matrix-grid">
        {/* Rotated text reads bottom to top, so low comes first. */}
        <div className="axis-y" aria-hidden="true">
          <span>{t('board.yLow')}</span>
          <strong>{t('board.yAxis')} →</strong>
          <span>{t('board.yHigh')}</span>
        </div>
        <p id={axesId} className="visually-hidden">
          {t('board.matrixAxes')}
        </p>
        <div
          ref={matrixRef}
          role="group"
          aria-label={label ?? t('board.matrixLabel')}
          aria-describedby={axesId}
          className={`matrix ${className}`}
        >
          {QUADRANTS.map((quadrant) => (
            <div key={quadrant} className={`quadrant quadrant-${quadrant}`}>
              <span className="quadrant-name">{t(`quadrant.${quadrant}`)}</span>
            </div>
          ))}
          {children}
        </div>
        <div className="axis-x" aria-hidden="true">
          <span>{t('board.xLow')}</span>
          <strong>{t('board.xAxis')} →</strong>
          <span>{t('board.xHigh')}</span>
        </div>
      </div>
      {legend}
    </section>
  );
}
