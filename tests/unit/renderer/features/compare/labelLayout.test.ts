import { describe, expect, it } from 'vitest';
import {
  LABEL_SIZE,
  placeLabels,
  type Point,
  type Rect,
} from '../../../../../renderer/src/features/compare/labelLayout';

const AREA = { width: 600, height: 400 };
const overlap = (p: Rect, q: Rect) =>
  p.left < q.left + q.width &&
  q.left < p.left + p.width &&
  p.top < q.top + q.height &&
  q.top < p.top + p.height;
const inside = (r: Rect) =>
  r.left >= 0 && r.top >= 0 && r.left + r.width <= AREA.width && r.top + r.height <= AREA.height;
const marker = (p: Point): Rect => ({ left: p.x - 7, top: p.y - 7, width: 14, height: 14 });

describe('placeLabels', () => {
  it('puts a lone badge up and to the right of its anchor, badge-sized', () => {
    const [badge] = placeLabels([{ x: 300, y: 200 }], [], AREA);
    expect(badge?.width).toBe(LABEL_SIZE.width);
    expect(badge?.height).toBe(LABEL_SIZE.height);
    expect(badge && badge.left + badge.width / 2).toBeGreaterThan(300);
    expect(badge && badge.top + badge.height / 2).toBeLessThan(200);
  });

  it('keeps badges of pairs with the same middle apart, and off every marker', () => {
    // Five pairs crossing at the centre, as happens when groups mirror each other.
    const pairs: [Point, Point][] = [
      [
        { x: 250, y: 150 },
        { x: 350, y: 250 },
      ],
      [
        { x: 350, y: 150 },
        { x: 250, y: 250 },
      ],
      [
        { x: 300, y: 120 },
        { x: 300, y: 280 },
      ],
      [
        { x: 220, y: 200 },
        { x: 380, y: 200 },
      ],
      [
        { x: 300, y: 200 },
        { x: 300, y: 200 },
      ],
    ];
    const anchors = pairs.map(([a, b]) => ({ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 }));
    const markers = pairs.flat();
    const badges = placeLabels(anchors, markers, AREA);
    expect(badges).toHaveLength(5);
    badges.forEach((badge, i) => {
      expect(inside(badge)).toBe(true);
      for (const other of badges.slice(i + 1)) expect(overlap(badge, other)).toBe(false);
      for (const m of markers) expect(overlap(badge, marker(m))).toBe(false);
      // Still beside its own pair: within the largest ring.
      const cx = badge.left + badge.width / 2 - 300;
      const cy = badge.top + badge.height / 2 - 200;
      expect(Math.hypot(cx, cy)).toBeLessThanOrEqual(71);
    });
  });

  it('stays inside the matrix at its corners', () => {
    const corners = [
      { x: 0, y: 0 },
      { x: 600, y: 0 },
      { x: 0, y: 400 },
      { x: 600, y: 400 },
    ];
    for (const badge of placeLabels(corners, corners, AREA)) expect(inside(badge)).toBe(true);
  });

  it('still places every badge when the matrix is crowded or tiny', () => {
    const many = Array.from({ length: 25 }, () => ({ x: 10, y: 10 }));
    const crowded = placeLabels(many, many, { width: 40, height: 30 });
    expect(crowded).toHaveLength(25);
    for (const badge of crowded) expect(Number.isFinite(badge.left + badge.top)).toBe(true);
    expect(placeLabels([{ x: 5, y: 5 }], [], { width: 10, height: 10 })).toHaveLength(1);
  });
});
