import { useDroppable } from '@dnd-kit/core';
import { useTranslation } from 'react-i18next';
import { localize, getModel } from '@shared/catalogue';
import { QUADRANTS } from '@shared/domain/quadrant';
import type { Placement } from '@shared/domain/workshop';
import { useLocale } from '../settings/useLocale';
import { MATRIX_DROP_ID } from './dragIds';
import { PlacedCard } from './PlacedCard';

type Props = { placements: Placement[]; onShowDetails: (modelId: string) => void };

/**
 * The resource/impact matrix: x = resources needed (few → many), y = climate impact
 * (low → high). Quadrants in reading order: quick wins, strategic, fill-ins, reconsider.
 */
export function Matrix({ placements, onShowDetails }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { setNodeRef, isOver } = useDroppable({ id: MATRIX_DROP_ID });

  return (
    <section className="matrix-frame">
      {/* Rotated text reads bottom to top, so low comes first. */}
      <div className="axis-y" aria-hidden="true">
        <span>{t('board.yLow')}</span>
        <strong>{t('board.yAxis')} →</strong>
        <span>{t('board.yHigh')}</span>
      </div>
      <div
        ref={setNodeRef}
        role="group"
        aria-label={t('board.matrixLabel')}
        className={`matrix${isOver ? ' is-over' : ''}`}
      >
        {QUADRANTS.map((quadrant) => (
          <div key={quadrant} className={`quadrant quadrant-${quadrant}`}>
            <span className="quadrant-name">{t(`quadrant.${quadrant}`)}</span>
          </div>
        ))}
        {placements.map((placement) => {
          const model = getModel(placement.modelId);
          if (!model) return null;
          return (
            <PlacedCard
              key={placement.modelId}
              modelId={placement.modelId}
              title={localize(model.title, locale)}
              position={placement.position}
              onShowDetails={() => onShowDetails(placement.modelId)}
            />
          );
        })}
      </div>
      <div className="axis-x" aria-hidden="true">
        <span>{t('board.xLow')}</span>
        <strong>{t('board.xAxis')} →</strong>
        <span>{t('board.xHigh')}</span>
      </div>
    </section>
  );
}
