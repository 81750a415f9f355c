import type { Quadrant } from '@shared/domain/quadrant';
import { rankPlacements } from '@shared/domain/ranking';
import type { Position } from '@shared/domain/matrix';

/**
 * A placed card as the matrix draws it. Plain values only, so a card whose row did not change
 * keeps equal props when a live query hands back fresh objects, and is not drawn again.
 */
export type MatrixCard = {
  modelId: string;
  title: string;
  x: number;
  y: number;
  /** Said to screen readers beside the title. */
  quadrant: Quadrant;
};

/**
 * A workshop's cards in plan order, so Tab walks them from the best bet to the weakest.
 * Placements of models without a title (not in the catalogue) are left out.
 */
export function matrixCards(
  placements: readonly { modelId: string; position: Position }[],
  titleOf: (modelId: string) => string | undefined,
): MatrixCard[] {
  return rankPlacements(placements).flatMap(({ modelId, position, quadrant }) => {
    const title = titleOf(modelId);
    return title === undefined ? [] : [{ modelId, title, x: position.x, y: position.y, quadrant }];
  });
}
