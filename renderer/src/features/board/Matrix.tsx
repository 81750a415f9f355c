import { useDroppable } from '@dnd-kit/core';
import { memo, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { QUADRANTS } from '@shared/domain/quadrant';
import { useElementSize } from '../../ui/useElementSize';
import { arrangeCards, labelWidthFor, MAX_ARRANGED, type CardArrangement } from './arrangeCards';
import { useBoardDisplay } from './boardDisplay';
import { CardTitle } from './CardTitle';
import { MATRIX_DROP_ID } from './dragIds';
import { LabelLeaders } from './LabelLeaders';
import { MarkerLegend } from './MarkerLegend';
import { MatrixFrame } from './MatrixFrame';
import type { MatrixCard } from './matrixCards';
import { PlacedCard } from './PlacedCard';
import { useLabelHeight } from './useLabelHeight';

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

const ON_POINT: CardArrangement = { dx: 0, dy: 0, leader: null };

/**
 * The resource/impact matrix: x = resources needed (few → many), y = climate impact
 * (low → high). Quadrants in reading order: quick wins, strategic, fill-ins, reconsider.
 * Cards come in plan order, so Tab walks them from the best bet to the weakest.
 *
 * However close their points, every card stays readable: titled labels are laid out apart
 * (arrangeCards), joined to their points by leader lines, and when they cannot all be kept apart
 * (or the facilitator asks for it) the cards become numbered markers with a key beside the
 * matrix. The layout is worked out from the cards and the matrix's size only, so a drag, which
 * changes neither, never works it out again.
 */
export const Matrix = memo(function Matrix(props: Props) {
  const { cards, focusModelId, onShowDetails, onReturnToTray, overlay } = props;
  const { t } = useTranslation();
  const { setNodeRef, isOver, active } = useDroppable({ id: MATRIX_DROP_ID });
  const display = useBoardDisplay();
  const [areaRef, area] = useElementSize<SVGSVGElement>();
  const labelWidth = labelWidthFor(area.width);
  const measured = area.width > 0 && cards.length <= MAX_ARRANGED;
  const measureKey = useMemo(
    () => `${labelWidth}\n${cards.map((card) => card.title).join('\n')}`,
    [labelWidth, cards],
  );
  const [measureRef, labelHeight] = useLabelHeight(measureKey);
  const arrangement = useMemo(
    () => arrangeCards(cards, area, { labelHeight, markers: display.markers }),
    [cards, area, labelHeight, display.markers],
  );

  // The matrix re-renders when a drag starts, ends or crosses its edge; the same elements then
  // let React skip every card without comparing hundreds of props. Cards in plan order, one
  // layer per quadrant (see .matrix-cards).
  const placed = useMemo(() => {
    const drawn = cards.map((card, index) => ({
      card,
      index,
      at: arrangement.mode === 'free' ? ON_POINT : (arrangement.cards[index] ?? ON_POINT),
    }));
    const size = arrangement.mode === 'free' ? { width: 0, height: 0 } : arrangement.size;
    return QUADRANTS.map((quadrant) => (
      <div key={quadrant} className="matrix-cards">
        {drawn
          .filter(({ card }) => card.quadrant === quadrant)
          .map(({ card, index, at }) => (
            <PlacedCard
              key={cardKey(card)}
              modelId={card.modelId}
              title={card.title}
              where={t(`quadrant.${card.quadrant}`)}
              x={card.x}
              y={card.y}
              mode={arrangement.mode}
              dx={at.dx}
              dy={at.dy}
              width={size.width}
              height={size.height}
              number={arrangement.mode === 'markers' ? index + 1 : 0}
              autoFocus={card.modelId === focusModelId}
              onShowDetails={onShowDetails}
              onReturnToTray={onReturnToTray}
            />
          ))}
      </div>
    ));
  }, [cards, arrangement, focusModelId, onShowDetails, onReturnToTray, t]);

  const titles = useMemo(() => cards.map((card) => card.title), [cards]);
  // Copies of the labels' text at the labels' width, laid out unseen, to find the tallest (see
  // useLabelHeight). The same element between drops, so a drag does not draw them again.
  const measure = useMemo(
    () =>
      measured ? (
        <div
          ref={measureRef}
          className="label-measure"
          aria-hidden="true"
          style={{ width: labelWidth }}
        >
          {titles.map((title, index) => (
            <div key={index} className="placed-label">
              <span className="placed-card-text">
                <CardTitle title={title} />
              </span>
            </div>
          ))}
        </div>
      ) : null,
    [measured, measureRef, labelWidth, titles],
  );
  const legend =
    arrangement.mode === 'markers' && cards.length > 0 ? (
      <MarkerLegend titles={titles} automatic={!display.markers} />
    ) : null;

  return (
    <MatrixFrame
      matrixRef={setNodeRef}
      className={`${isOver ? 'is-over' : ''}${active ? ' is-dragging' : ''}`}
      legend={legend}
    >
      {overlay}
      <svg ref={areaRef} className="label-leaders" aria-hidden="true">
        <LabelLeaders arrangement={arrangement} />
      </svg>
      {measure}
      {placed}
    </MatrixFrame>
  );
});
