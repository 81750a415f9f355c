import { clampPosition, type Position } from '../domain/matrix';
import { MIDLINE, quadrantOf } from '../domain/quadrant';

/** The matrix square on the page, in points; (x, y) is its lower-left corner. */
export type Square = { x: number; y: number; size: number };

export type Marker = { rank: number; cx: number; cy: number };

/** An axis-aligned rectangle in points. */
export type Box = { minX: number; maxX: number; minY: number; maxY: number };

export type MarkerLayoutOptions = {
  /** Clear space between two markers. */
  gap?: number;
  /** Rectangles markers must not cover, such as the quadrant names in the corners. */
  avoid?: readonly Box[];
};

/** Default clear space between markers, and between a marker and the border. */
export const MARKER_GAP = 2;

/**
 * Where a matrix position lands on the page: the square inset by a marker's radius and gap, so
 * a marker at (0, 0) or (1, 1) stays fully inside. Spreads use the same mapping so a box and
 * its marker agree.
 */
export function pagePoint(
  position: Position,
  square: Square,
  radius: number,
  gap = MARKER_GAP,
): { x: number; y: number } {
  const edge = radius + gap;
  const inner = square.size - 2 * edge;
  return { x: square.x + edge + position.x * inner, y: square.y + edge + position.y * inner };
}

/** Golden angle: spreads markers that share a point evenly around it. */
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
const ROUNDS = 200;

/** Moves a circle out of a rectangle vertically, towards the middle of the square. */
function pushOut(marker: Marker, radius: number, box: Box, middleY: number): void {
  const nearestX = Math.min(box.maxX, Math.max(box.minX, marker.cx));
  const nearestY = Math.min(box.maxY, Math.max(box.minY, marker.cy));
  if (Math.hypot(marker.cx - nearestX, marker.cy - nearestY) >= radius) return;
  if (box.minY > middleY) marker.cy = box.minY - radius;
  else marker.cy = box.maxY + radius;
}

/**
 * Where each numbered marker is drawn. Positions map into the square inset by the radius and a gap, so a
 * model at (0, 0) or (1, 1) stays fully inside. Overlapping markers are pushed apart until their
 * numbers are readable, and off the rectangles in `avoid`, but never out of their own quadrant:
 * the picture must agree with the quadrant the plan lists the model under, so a model on a
 * midline is drawn just inside the side the boundary rule gives it.
 */
export function layoutMarkers(
  items: readonly { rank: number; position: Position }[],
  square: Square,
  radius: number,
  options: MarkerLayoutOptions = {},
): Marker[] {
  const gap = options.gap ?? MARKER_GAP;
  const avoid = options.avoid ?? [];
  // Markers at the edge keep a gap to the border so their outline stays visible.
  const edge = radius + gap;
  const mid = { x: square.x + square.size * MIDLINE, y: square.y + square.size * MIDLINE };
  const markers = items.map((item) => {
    const position = clampPosition(item.position);
    const quadrant = quadrantOf(position);
    const few = quadrant === 'quick-wins' || quadrant === 'fill-ins';
    const high = quadrant === 'quick-wins' || quadrant === 'strategic';
    const inset = radius + gap / 2;
    const box: Box = {
      minX: few ? square.x + edge : mid.x + inset,
      maxX: few ? mid.x - inset : square.x + square.size - edge,
      minY: high ? mid.y + inset : square.y + edge,
      maxY: high ? square.y + square.size - edge : mid.y - inset,
    };
    const point = pagePoint(position, square, radius, gap);
    return { rank: item.rank, cx: point.x, cy: point.y, box };
  });

  const minDistance = 2 * radius + gap;
  const constrain = () => {
    for (const marker of markers) {
      for (const box of avoid) pushOut(marker, radius + gap / 2, box, mid.y);
      marker.cx = Math.min(marker.box.maxX, Math.max(marker.box.minX, marker.cx));
      marker.cy = Math.min(marker.box.maxY, Math.max(marker.box.minY, marker.cy));
    }
  };
  // Constrain first and stop only after a round without overlaps, so the result is both
  // inside its quadrant and clear of its neighbours whenever that is possible.
  for (let round = 0; round < ROUNDS; round += 1) {
    constrain();
    let moved = false;
    for (let i = 0; i < markers.length; i += 1) {
      for (let j = i + 1; j < markers.length; j += 1) {
        const a = markers[i];
        const b = markers[j];
        if (!a || !b) continue;
        let dx = b.cx - a.cx;
        let dy = b.cy - a.cy;
        let distance = Math.hypot(dx, dy);
        if (distance >= minDistance - 0.01) continue;
        if (distance < 0.01) {
          // Same spot: pick a direction from the rank so the result is deterministic.
          const angle = b.rank * GOLDEN_ANGLE;
          dx = Math.cos(angle);
          dy = Math.sin(angle);
          distance = 1;
        }
        const push = (minDistance - distance) / 2 + 0.05;
        a.cx -= (dx / distance) * push;
        a.cy -= (dy / distance) * push;
        b.cx += (dx / distance) * push;
        b.cy += (dy / distance) * push;
        moved = true;
      }
    }
    if (!moved) break;
  }
  constrain();
  return markers.map(({ rank, cx, cy }) => ({ rank, cx, cy }));
}
