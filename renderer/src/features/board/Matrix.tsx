import { useDroppable } from '@dnd-kit/core';
import { memo, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { QUADRANTS } from '@shared/domain/quadrant';
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
 * A card's element is keyed by its model and its position, so a card that moves gets a new
 * element in its new place in plan order and every other card keeps its element where it is.
 * Keyed by model alone, a card moving ahead in plan order made React move every card it passed
 * instead (React moves the elements that fall behind), and each moved card is styled and laid
 * out afresh: with hundreds of cards a drop cost a long frame. Focus follows a keyboard drop
 * through `focusModelId`, which the new element takes when it appears.
 */
const cardKey = (card: MatrixCard) => `${card.modelId}@${card.x},${card.y}`;

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
  // let React skip every card without comparing hundreds of props. Cards in plan order, one
  // layer per quadrant (see .matrix-cards).
  const placed = useMemo(
    () =>
      QUADRANTS.map((quadrant) => (
        <div key={quadrant} className="matrix-cards">
          {cards
            .filter((card) => card.quadrant === quadrant)
            .map((card) => (
              <PlacedCard
                key={cardKey(card)}
                modelId={card.modelId}
                title={card.title}
                where={t(`quadrant.${card.quadrant}`)}
                x={card.x}
                y={card.y}
                autoFocus={card.modelId === focusModelId}
                onShowDetails={onShowDetails}
                onReturnToTray={onReturnToTray}
              />
            ))}
        </div>
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
