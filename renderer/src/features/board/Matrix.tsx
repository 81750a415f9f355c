import { useDroppable } from '@dnd-kit/core';
import { memo, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { MATRIX_DROP_ID } from './dragIds';
import { MatrixFrame } from './MatrixFrame';
import type { MatrixCard } from './matrixCards';
import { PlacedCard } from './PlacedCard';

type Props = {
  /** In plan order, titles resolved (see `matrixCards`). */
  cards: readonly MatrixCard[];
  focusModelId: string | null;
  onShowDetails: (modelId: string) => void;
  onReturnToTray: (modelId: string) => void;
  /** Drawn under the cards, in the matrix's own box. */
  overlay?: ReactNode;
};

/**
 * The resource/impact matrix: x = resources needed (few → many), y = climate impact
 * (low → high). Quadrants in reading order: quick wins, strategic, fill-ins, reconsider.
 * Cards come in plan order, so Tab walks them from the best bet to the weakest.
 */
export const Matrix = memo(function Matrix(props: Props) {
  const { cards, focusModelId, onShowDetails, onReturnToTray, overlay } = props;
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
    <MatrixFrame
      matrixRef={setNodeRef}
      className={`${isOver ? 'is-over' : ''}${active ? ' is-dragging' : ''}`}
    >
      {overlay}
      {placed}
    </MatrixFrame>
  );
});
