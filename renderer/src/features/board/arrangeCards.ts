import { layoutLabels, type Point, type Size } from '@shared/layout/labelLayout';

/** How one placed card is drawn, relative to its exact point (what a drop set). */
export type CardArrangement = {
  /** The drawn box's top-left corner, from the card's exact point, in pixels. */
  dx: number;
  dy: number;
  /** A line from the drawn box to the point, in the matrix's pixels; null when it sits on it. */
  leader: { from: Point; to: Point } | null;
};

export type Arrangement =
  /** Not measured yet (or no room at all): cards sit on their points, sized by their text. */
  | { mode: 'free' }
  | {
      mode: 'labels' | 'markers';
      /** Every drawn box's size. */
      size: Size;
      /** Per card, in the order given. */
      cards: CardArrangement[];
    };

/** A numbered marker's side, in pixels. */
export const MARKER_SIZE = 26;
/** Above this many cards the layout is not worked out (it grows with the square of the count). */
export const MAX_ARRANGED = 60;

/**
 * A label's width for a matrix this wide: a fifth of it, within what a title reads well in
 * (long compounds then break at their hyphenation points rather than widening the label).
 */
export const labelWidthFor = (areaWidth: number) =>
  Math.round(Math.max(112, Math.min(160, areaWidth / 5)));

/**
 * Where each placed card is drawn on a matrix of `area` pixels: titled labels laid out apart
 * (labelLayout), or, when asked for or when the labels cannot all be kept apart, numbered
 * markers laid out the same way. Points are matrix positions (x = resources, y = impact, 0..1);
 * they are never changed, only the drawing is arranged.
 */
export function arrangeCards(
  points: readonly { x: number; y: number }[],
  area: Size,
  options: { labelHeight: number; markers: boolean },
): Arrangement {
  if (area.width <= 0 || area.height <= 0) return { mode: 'free' };
  const anchors = points.map(({ x, y }) => ({ x: x * area.width, y: (1 - y) * area.height }));
  const arranged = (mode: 'labels' | 'markers', size: Size, gap: number, dot: number) => {
    const layout = layoutLabels(anchors, size, area, { gap, dot });
    const cards = layout.labels.map(({ rect, anchor, leader }) => ({
      dx: rect.left - anchor.x,
      dy: rect.top - anchor.y,
      leader,
    }));
    return { fits: layout.fits, arrangement: { mode, size, cards } as const };
  };
  const tooMany = points.length > MAX_ARRANGED;
  if (!options.markers && !tooMany) {
    const size = { width: labelWidthFor(area.width), height: Math.ceil(options.labelHeight) };
    const labels = arranged('labels', size, 4, 8);
    if (labels.fits) return labels.arrangement;
  }
  const size = { width: MARKER_SIZE, height: MARKER_SIZE };
  if (tooMany) {
    const cards = anchors.map(() => ({ dx: -size.width / 2, dy: -size.height / 2, leader: null }));
    return { mode: 'markers', size, cards };
  }
  return arranged('markers', size, 3, 6).arrangement;
}
