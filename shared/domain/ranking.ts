import type { Position } from './matrix';
import { QUADRANTS, quadrantOf, type Quadrant } from './quadrant';

export type Ranked<T> = T & { quadrant: Quadrant; rank: number };

/**
 * Orders placed models for the action plan: by quadrant (quick wins, strategic, fill-ins,
 * reconsider), then by the value of the position — more impact first, then fewer resources —
 * then by id so equal positions keep a stable order. `rank` is 1-based over the whole list; it is
 * the number a model carries on the plan's matrix.
 */
export function rankPlacements<T extends { modelId: string; position: Position }>(
  placements: readonly T[],
): Ranked<T>[] {
  return placements
    .map((placement) => {
      const quadrant = quadrantOf(placement.position);
      return { placement, quadrant, order: QUADRANTS.indexOf(quadrant) };
    })
    .sort(
      (a, b) =>
        a.order - b.order ||
        b.placement.position.y - a.placement.position.y ||
        a.placement.position.x - b.placement.position.x ||
        a.placement.modelId.localeCompare(b.placement.modelId),
    )
    .map(({ placement, quadrant }, index) => ({ ...placement, quadrant, rank: index + 1 }));
}
