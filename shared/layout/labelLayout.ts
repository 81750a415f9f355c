// Where labels go when their points crowd: the rule map makers use, as pure geometry, so the
// board, the pooled view and present mode draw the same layout and tests can check it.

/** A point or a size in pixels, from the area's top-left corner. */
export type Point = { x: number; y: number };
export type Size = { width: number; height: number };
export type Rect = { left: number; top: number; width: number; height: number };

export type PlacedLabel = {
  /** The label's box, inside the area. */
  rect: Rect;
  /** Its own point: what a drop set and what is stored. */
  anchor: Point;
  /** Where a leader line from the label meets the anchor; null when the label sits on it. */
  leader: { from: Point; to: Point } | null;
};

export type LabelLayout = {
  labels: PlacedLabel[];
  /** False when some labels could not be kept apart: draw numbered markers and a legend. */
  fits: boolean;
};

export type LabelLayoutOptions = {
  /** Clear space kept between two labels. */
  gap?: number;
  /** Size of the dot drawn at a displaced label's point; moved labels try not to cover dots. */
  dot?: number;
};

const overlaps = (a: Rect, b: Rect) =>
  a.left < b.left + b.width &&
  b.left < a.left + a.width &&
  a.top < b.top + b.height &&
  b.top < a.top + a.height;

const grow = (rect: Rect, by: number): Rect => ({
  left: rect.left - by / 2,
  top: rect.top - by / 2,
  width: rect.width + by,
  height: rect.height + by,
});

const centredOn = (point: Point, size: Size): Rect => ({
  left: point.x - size.width / 2,
  top: point.y - size.height / 2,
  width: size.width,
  height: size.height,
});

/** Moves a box the least distance that puts it inside the area (or at its top-left if larger). */
function keepInside(rect: Rect, area: Size): Rect {
  const left = Math.max(0, Math.min(rect.left, area.width - rect.width));
  const top = Math.max(0, Math.min(rect.top, area.height - rect.height));
  return { ...rect, left, top };
}

/** The point of a box's outline closest to `point` (the point itself when inside). */
export function nearestOnRect(rect: Rect, point: Point): Point {
  return {
    x: Math.max(rect.left, Math.min(point.x, rect.left + rect.width)),
    y: Math.max(rect.top, Math.min(point.y, rect.top + rect.height)),
  };
}

/**
 * The cells of a lattice of label-sized boxes `gap` apart, centred in the area. A moved label
 * takes a whole cell, so labels moved off their points can never block one another: any area
 * with a cell per moved label (and four per label left on its point) holds them all apart.
 */
function lattice(size: Size, area: Size, gap: number): Rect[] {
  const columns = Math.floor((area.width + gap) / (size.width + gap));
  const rows = Math.floor((area.height + gap) / (size.height + gap));
  const offsetX = (area.width - (columns * (size.width + gap) - gap)) / 2;
  const offsetY = (area.height - (rows * (size.height + gap) - gap)) / 2;
  const cells: Rect[] = [];
  for (let column = 0; column < columns; column += 1) {
    for (let row = 0; row < rows; row += 1) {
      cells.push({
        left: offsetX + column * (size.width + gap),
        top: offsetY + row * (size.height + gap),
        ...size,
      });
    }
  }
  return cells;
}

/**
 * Candidate boxes for a label, best first: centred on its point, then the lattice's cells by
 * distance, horizontal distance weighed double (labels are wide, so one just above or below
 * reads as belonging to its point).
 */
function candidates(anchor: Point, size: Size, area: Size, cells: readonly Rect[]): Rect[] {
  const cost = (rect: Rect) =>
    Math.hypot(2 * (rect.left + rect.width / 2 - anchor.x), rect.top + rect.height / 2 - anchor.y);
  const byDistance = [...cells].sort((a, b) => cost(a) - cost(b));
  return [keepInside(centredOn(anchor, size), area), ...byDistance];
}

/**
 * Lays labels out apart from each other: each label sits on its own point when that spot is
 * free, else at the nearest free spot, joined to its point by a leader line. Labels earlier in
 * `anchors` choose first. The stored positions never change; only the drawing is arranged.
 * When the area cannot hold every label apart, the remaining ones sit on their points and the
 * layout says it does not fit, so the caller can switch to numbered markers.
 */
export function layoutLabels(
  anchors: readonly Point[],
  size: Size,
  area: Size,
  options: LabelLayoutOptions = {},
): LabelLayout {
  const gap = options.gap ?? 4;
  const dot = options.dot ?? 8;
  const dots = anchors.map((anchor) => centredOn(anchor, { width: dot, height: dot }));
  const cells = lattice(size, area, gap);
  const taken: Rect[] = [];
  let fits = true;
  const labels = anchors.map((anchor, index): PlacedLabel => {
    const free = (rect: Rect) => !taken.some((other) => overlaps(grow(rect, gap), other));
    const coversNoDot = (rect: Rect) =>
      dots.every((other, at) => at === index || !overlaps(rect, other));
    let chosen: Rect | undefined;
    let fallback: Rect | undefined;
    for (const rect of candidates(anchor, size, area, cells)) {
      if (!free(rect)) continue;
      if (coversNoDot(rect)) {
        chosen = rect;
        break;
      }
      fallback ??= rect;
    }
    chosen ??= fallback;
    if (!chosen) {
      fits = false;
      chosen = keepInside(centredOn(anchor, size), area);
    }
    taken.push(chosen);
    const from = nearestOnRect(chosen, anchor);
    const onPoint = from.x === anchor.x && from.y === anchor.y;
    return { rect: chosen, anchor, leader: onPoint ? null : { from, to: anchor } };
  });
  return { labels, fits };
}
