import type { Position } from './matrix';

/**
 * The four quadrants of the resource/impact matrix, in the order the plan presents them:
 * high impact before low, few resources before many.
 */
export const QUADRANTS = ['quick-wins', 'strategic', 'fill-ins', 'reconsider'] as const;
export type Quadrant = (typeof QUADRANTS)[number];

/** The midline of both axes. */
export const MIDLINE = 0.5;

/**
 * The quadrant of a position. Boundary rule: a position exactly on a midline belongs to the
 * more favourable side — y = 0.5 counts as high impact, x = 0.5 as few resources — so a model
 * the group placed "in the middle" is never demoted by rounding.
 */
export function quadrantOf({ x, y }: Position): Quadrant {
  const highImpact = y >= MIDLINE;
  const fewResources = x <= MIDLINE;
  if (highImpact) return fewResources ? 'quick-wins' : 'strategic';
  return fewResources ? 'fill-ins' : 'reconsider';
}
