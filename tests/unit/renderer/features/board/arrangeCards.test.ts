import { describe, expect, it } from 'vitest';
import {
  arrangeCards,
  labelWidthFor,
  MARKER_SIZE,
  MAX_ARRANGED,
  type Arrangement,
} from '../../../../../renderer/src/features/board/arrangeCards';

type Box = { left: number; top: number; width: number; height: number };
const overlap = (a: Box, b: Box) =>
  a.left < b.left + b.width &&
  b.left < a.left + a.width &&
  a.top < b.top + b.height &&
  b.top < a.top + a.height;

/** Each card's drawn box in the matrix's pixels. */
function boxes(arrangement: Arrangement, points: { x: number; y: number }[], area: Box) {
  if (arrangement.mode === 'free') throw new Error('not arranged');
  return arrangement.cards.map((card, i) => ({
    left: (points[i]?.x ?? 0) * area.width + card.dx,
    top: (1 - (points[i]?.y ?? 0)) * area.height + card.dy,
    ...arrangement.size,
  }));
}

const AREA = { left: 0, top: 0, width: 800, height: 600 };
const cluster = Array.from({ length: 8 }, (_, i) => ({
  x: 0.3 + (i % 4) * 0.012,
  y: 0.7 + Math.floor(i / 4) * 0.03,
}));

describe('arrangeCards', () => {
  it('leaves cards on their points until the matrix has been measured', () => {
    expect(
      arrangeCards(cluster, { width: 0, height: 0 }, { labelHeight: 50, markers: false }),
    ).toEqual({ mode: 'free' });
  });

  it('lays the labels of eight close models apart, each joined to its own point', () => {
    const arrangement = arrangeCards(cluster, AREA, { labelHeight: 50, markers: false });
    expect(arrangement.mode).toBe('labels');
    if (arrangement.mode === 'free') return;
    expect(arrangement.size).toEqual({ width: labelWidthFor(800), height: 50 });
    const drawn = boxes(arrangement, cluster, AREA);
    drawn.forEach((box, i) => {
      expect(box.left).toBeGreaterThanOrEqual(0);
      expect(box.left + box.width).toBeLessThanOrEqual(800 + 1e-9);
      drawn.slice(i + 1).forEach((other) => expect(overlap(box, other)).toBe(false));
      const leader = arrangement.cards[i]?.leader;
      if (leader) {
        expect(leader.to.x).toBeCloseTo((cluster[i]?.x ?? 0) * 800);
        expect(leader.to.y).toBeCloseTo((1 - (cluster[i]?.y ?? 0)) * 600);
      }
    });
    expect(arrangement.cards.filter((card) => card.leader).length).toBeGreaterThanOrEqual(7);
  });

  it('draws numbered markers when asked to, laid out apart the same way', () => {
    const arrangement = arrangeCards(cluster, AREA, { labelHeight: 50, markers: true });
    expect(arrangement.mode).toBe('markers');
    if (arrangement.mode === 'free') return;
    expect(arrangement.size).toEqual({ width: MARKER_SIZE, height: MARKER_SIZE });
    const drawn = boxes(arrangement, cluster, AREA);
    drawn.forEach((box, i) =>
      drawn.slice(i + 1).forEach((other) => expect(overlap(box, other)).toBe(false)),
    );
  });

  it('falls back to markers when the labels cannot all be kept apart', () => {
    const small = { left: 0, top: 0, width: 300, height: 200 };
    const points = Array.from({ length: 12 }, (_, i) => ({ x: 0.1 + i * 0.07, y: 0.5 }));
    const arrangement = arrangeCards(points, small, { labelHeight: 60, markers: false });
    expect(arrangement.mode).toBe('markers');
  });

  it('does not work out a layout for hundreds of cards: markers on their points', () => {
    const points = Array.from({ length: MAX_ARRANGED + 1 }, (_, i) => ({
      x: (i % 10) / 10,
      y: Math.floor(i / 10) / 10,
    }));
    const arrangement = arrangeCards(points, AREA, { labelHeight: 50, markers: false });
    expect(arrangement.mode).toBe('markers');
    if (arrangement.mode === 'free') return;
    expect(arrangement.cards.every((card) => card.leader === null)).toBe(true);
    expect(arrangement.cards[0]).toMatchObject({ dx: -MARKER_SIZE / 2, dy: -MARKER_SIZE / 2 });
  });

  it('is the same for the same input, and sizes labels to the matrix within limits', () => {
    const a = arrangeCards(cluster, AREA, { labelHeight: 50, markers: false });
    expect(arrangeCards(cluster, AREA, { labelHeight: 50, markers: false })).toEqual(a);
    expect(labelWidthFor(300)).toBe(112);
    expect(labelWidthFor(700)).toBe(140);
    expect(labelWidthFor(2000)).toBe(160);
  });
});
