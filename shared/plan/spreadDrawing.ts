import type { PDFPage } from 'pdf-lib';
import { clampUnit } from '../domain/matrix';
import type { Quadrant } from '../domain/quadrant';
import { pagePoint, type Square } from './markerLayout';
import { QUADRANT_COLOR } from './theme';
import type { PlanSpread } from './types';

/** Below this many points a spread reads as none: a box that thin would only look like a smear. */
const FLAT = 0.5;
const FILL_OPACITY = 0.1;
const EDGE_OPACITY = 0.55;
const LINE_WIDTH = 2;

export type SpreadItem = { quadrant: Quadrant; spread?: PlanSpread };

type Rect = { left: number; right: number; bottom: number; top: number };

/** q1..q3 on both axes in page points, clamped into the matrix whatever the input says. */
function spreadRect(spread: PlanSpread, square: Square, radius: number): Rect {
  const low = pagePoint(
    {
      x: clampUnit(Math.min(spread.x.q1, spread.x.q3)),
      y: clampUnit(Math.min(spread.y.q1, spread.y.q3)),
    },
    square,
    radius,
  );
  const high = pagePoint(
    {
      x: clampUnit(Math.max(spread.x.q1, spread.x.q3)),
      y: clampUnit(Math.max(spread.y.q1, spread.y.q3)),
    },
    square,
    radius,
  );
  return { left: low.x, right: high.x, bottom: low.y, top: high.y };
}

/**
 * Draws each model's interquartile range as a light box in its quadrant's colour: a line when
 * the participants agreed exactly on one axis, nothing when they agreed on both. Meant to go
 * under the markers. Boxes use the markers' inset mapping, so they never leave the matrix.
 * Returns whether anything was drawn.
 */
export function drawSpreads(
  page: PDFPage,
  square: Square,
  items: readonly SpreadItem[],
  markerRadius: number,
): boolean {
  const boxes = items.flatMap((item) =>
    item.spread
      ? [{ quadrant: item.quadrant, rect: spreadRect(item.spread, square, markerRadius) }]
      : [],
  );
  const area = (rect: Rect) => (rect.right - rect.left) * (rect.top - rect.bottom);
  // Largest first, so a small box is never buried under a wide one.
  boxes.sort((a, b) => area(b.rect) - area(a.rect));
  let drawn = false;
  for (const { quadrant, rect } of boxes) {
    const ink = QUADRANT_COLOR[quadrant].ink;
    const width = rect.right - rect.left;
    const height = rect.top - rect.bottom;
    if (width < FLAT && height < FLAT) continue;
    drawn = true;
    if (width < FLAT || height < FLAT) {
      const vertical = width < FLAT;
      const x = (rect.left + rect.right) / 2;
      const y = (rect.bottom + rect.top) / 2;
      page.drawLine({
        start: vertical ? { x, y: rect.bottom } : { x: rect.left, y },
        end: vertical ? { x, y: rect.top } : { x: rect.right, y },
        thickness: LINE_WIDTH,
        color: ink,
        opacity: EDGE_OPACITY,
      });
      continue;
    }
    page.drawRectangle({
      x: rect.left,
      y: rect.bottom,
      width,
      height,
      color: ink,
      opacity: FILL_OPACITY,
      borderColor: ink,
      borderOpacity: EDGE_OPACITY,
      borderWidth: 0.8,
    });
  }
  return drawn;
}
