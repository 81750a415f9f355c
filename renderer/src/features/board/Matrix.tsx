import { useDroppable } from '@dnd-kit/core';
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { QUADRANTS } from '@shared/domain/quadrant';
import { MATRIX_DROP_ID } from './dragIds';
import type { MatrixCard } from './matrixCards';
import { PlacedCard } from './PlacedCard';

type Props = {
  /** In plan order, titles resolved (see `matrixCards`). */
  cards: readonly MatrixCard[];
  focusModelId: string | null;
  onShowDetails: (modelId: string) => void;
  onReturnToTray: (modelId: string) => void;
};

/**
 * The resource/impact matrix: x = resources needed (few → many), y = climate impact
 * (low → high). Quadrants in reading order: quick wins, strategic, fill-ins, reconsider.
 * Cards come in plan order, so Tab walks them from the best bet to the weakest.
 */
export const Matrix = memo(function Matrix(props: Props) {
  const { cards, focusModelId, onShowDetails, onReturnToTray } = props;
  const { t } = useTranslation();
  const { setNodeRef, isOver, active } = useDroppable({ id: MATRIX_DROP_ID });
  // The matrix re-renders when a drag starts, ends or crosses its edge; the same elements then
  // let React skip every card without comparing hundreds of props.
  const placed = useMemo(
    () =>
      cards.map((card) => (
        <PlacedCard
          key={card.modelId}
          modelId={card.modelId}
          title={card.title}
          where={t(`quadrant.${card.quadrant}`)}
          x={card.x}
          y={card.y}
          autoFocus={card.modelId === focusModelId}
          onShowDetails={onShowDetails}
          onReturnToTray={onReturnToTray}
        />
      )),
    [cards, focusModelId, onShowDetails, onReturnToTray, t],
  );

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
        className={`matrix${isOver ? ' is-over' : ''}${active ? ' is-dragging' : ''}`}
      >
        {QUADRANTS.map((quadrant) => (
          <div key={quadrant} className={`quadrant quadrant-${quadrant}`}>
            <span className="quadrant-name">{t(`quadrant.${quadrant}`)}</span>
          </div>
        ))}
        {placed}
      </div>
      <div className="axis-x" aria-hidden="true">
        <span>{t('board.xLow')}</span>
        <strong>{t('board.xAxis')} →</strong>
        <span>{t('board.xHigh')}</span>
      </div>
    </section>
  );
});
