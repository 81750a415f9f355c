import { useDroppable } from '@dnd-kit/core';
import { useTranslation } from 'react-i18next';
import { getModel, localize } from '@shared/catalogue';
import { QUADRANTS } from '@shared/domain/quadrant';
import { rankPlacements } from '@shared/domain/ranking';
import type { Placement } from '@shared/domain/workshop';
import { useLocale } from '../settings/useLocale';
import { MATRIX_DROP_ID } from './dragIds';
import { PlacedCard } from './PlacedCard';

type Props = {
  placements: readonly Placement[];
  focusModelId: string | null;
  onShowDetails: (modelId: string) => void;
  onReturnToTray: (modelId: string) => void;
};

/**
 * The resource/impact matrix: x = resources needed (few → many), y = climate impact
 * (low → high). Quadrants in reading order: quick wins, strategic, fill-ins, reconsider.
 * Cards come in plan order, so Tab walks them from the best bet to the weakest.
 */
export function Matrix({ placements, focusModelId, onShowDetails, onReturnToTray }: Props) {
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
      <p id="matrix-axes" className="visually-hidden">
        {t('board.matrixAxes')}
      </p>
      <div
        ref={setNodeRef}
        role="group"
        aria-label={t('board.matrixLabel')}
        aria-describedby="matrix-axes"
        className={`matrix${isOver ? ' is-over' : ''}`}
      >
        {QUADRANTS.map((quadrant) => (
          <div key={quadrant} className={`quadrant quadrant-${quadrant}`}>
            <span className="quadrant-name">{t(`quadrant.${quadrant}`)}</span>
          </div>
        ))}
        {rankPlacements(placements).map((placement) => {
          const model = getModel(placement.modelId);
          if (!model) return null;
          return (
            <PlacedCard
              key={placement.modelId}
              modelId={placement.modelId}
              title={localize(model.title, locale)}
              where={t(`quadrant.${placement.quadrant}`)}
              position={placement.position}
              autoFocus={placement.modelId === focusModelId}
              onShowDetails={() => onShowDetails(placement.modelId)}
              onReturnToTray={() => onReturnToTray(placement.modelId)}
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
