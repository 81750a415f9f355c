/** A point or box in pixels of the matrix box, from its top-left corner. */
export type Point = { x: number; y: number };
export type Rect = { left: number; top: number; width: number; height: number };

/** The number badge's size in CSS pixels; compare.css gives `.compare-pair-number` the same. */
export const LABEL_SIZE = { width: 24, height: 18 };
/** The markers' size (the highlighted one is larger, and may cover a neighbour's badge). */
const MARKER = 14;

// Directions tried around the anchor, best first: up-right reads as "beside", like a footnote.
const DIRECTIONS: readonly Point[] = [
  { x: 1, y: -1 },
  { x: -1, y: -1 },
  { x: 1, y: 1 },
  { x: -1, y: 1 },
  { x: 1, y: 0 },
  { x: -1, y: 0 },
  { x: 0, y: -1 },
  { x: 0, y: 1 },
];
const RINGS = [16, 28, 40, 54, 70];

const overlaps = (p: Rect, q: Rect) =>
  p.left < q.left + q.width &&
  q.left < p.left + p.width &&
  p.top < q.top + q.height &&
  q.top < p.top + p.height;

const around = (center: Point, size: number): Rect => ({
  left: center.x - size / 2,
  top: center.y - size / 2,
  width: size,
  height: size,
});

/**
 * Where each pair's number badge goes (its top-left corner), so badges stay inside the matrix
 * and cover neither each other nor any marker where there is room: near its anchor (the middle
 * of its pair's line), trying a few directions at growing distances. Earlier anchors choose
 * first, so the largest differences get the closest spots. When nothing is free the badge takes
 * the closest spot inside the matrix.
 */
export function placeLabels(
  anchors: readonly Point[],
  markers: readonly Point[],
  area: { width: number; height: number },
): Rect[] {
  const { width, height } = LABEL_SIZE;
  const taken: Rect[] = markers.map((marker) => around(marker, MARKER));
  const inside = (rect: Rect) =>
    rect.left >= 0 &&
    rect.top >= 0 &&
    rect.left + width <= area.width &&
    rect.top + height <= area.height;
  return anchors.map((anchor) => {
    let fallback: Rect | null = null;
    for (const radius of RINGS) {
      for (const direction of DIRECTIONS) {
        const scale = direction.x !== 0 && direction.y !== 0 ? Math.SQRT1_2 : 1;
        const center = {
          x: anchor.x + direction.x * radius * scale,
          y: anchor.y + direction.y * radius * scale,
        };
        const rect = { left: center.x - width / 2, top: center.y - height / 2, width, height };
        if (!inside(rect)) continue;
        fallback ??= rect;
        if (taken.some((other) => overlaps(rect, other))) continue;
        taken.push(rect);
        return rect;
      }
    }
    // A matrix smaller than a badge still shows it, at its anchor.
    const chosen = fallback ?? {
      left: anchor.x - width / 2,
      top: anchor.y - height / 2,
      width,
      height,
    };
    taken.push(chosen);
    return chosen;
  });
}
