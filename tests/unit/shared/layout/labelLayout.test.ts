import { describe, expect, it } from 'vitest';
import {
  layoutLabels,
  type LabelLayout,
  type Point,
  type Rect,
  type Size,
} from '../../../../shared/layout/labelLayout';

const LABEL: Size = { width: 150, height: 40 };

/** A small deterministic generator (mulberry32), so a failing layout can be replayed. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const overlap = (a: Rect, b: Rect) =>
  a.left < b.left + b.width &&
  b.left < a.left + a.width &&
  a.top < b.top + b.height &&
  b.top < a.top + a.height;

/** What every layout must hold: labels apart, inside, and each leader meets its own point. */
function expectReadable(layout: LabelLayout, anchors: readonly Point[], area: Size) {
  expect(layout.fits).toBe(true);
  expect(layout.labels).toHaveLength(anchors.length);
  layout.labels.forEach((label, index) => {
    expect(label.anchor).toEqual(anchors[index]);
    const { rect } = label;
    expect(rect.left).toBeGreaterThanOrEqual(0);
    expect(rect.top).toBeGreaterThanOrEqual(0);
    expect(rect.left + rect.width).toBeLessThanOrEqual(area.width + 1e-9);
    expect(rect.top + rect.height).toBeLessThanOrEqual(area.height + 1e-9);
    if (label.leader) {
      expect(label.leader.to).toEqual(anchors[index]);
      // The leader starts on the label's own outline.
      const { from } = label.leader;
      const onEdge =
        from.x === rect.left ||
        from.x === rect.left + rect.width ||
        from.y === rect.top ||
        from.y === rect.top + rect.height;
      expect(onEdge).toBe(true);
    } else {
      // No leader: the label covers its point.
      const { x, y } = anchors[index] as Point;
      expect(x >= rect.left && x <= rect.left + rect.width).toBe(true);
      expect(y >= rect.top && y <= rect.top + rect.height).toBe(true);
    }
    layout.labels.slice(index + 1).forEach((other, offset) => {
      expect(overlap(rect, other.rect), `labels ${index} and ${index + offset + 1}`).toBe(false);
    });
  });
}

describe('layoutLabels', () => {
  it('leaves labels that do not crowd on their points, without leaders', () => {
    const area = { width: 900, height: 900 };
    const anchors = [
      { x: 100, y: 100 },
      { x: 450, y: 450 },
      { x: 800, y: 800 },
    ];
    const layout = layoutLabels(anchors, LABEL, area);
    expectReadable(layout, anchors, area);
    expect(layout.labels.every((label) => label.leader === null)).toBe(true);
    expect(layout.labels[1]?.rect).toEqual({ left: 375, top: 430, width: 150, height: 40 });
  });

  it('keeps a label at the edge inside the area, still covering its point', () => {
    const area = { width: 600, height: 600 };
    const anchors = [{ x: 0, y: 600 }];
    const [label] = layoutLabels(anchors, LABEL, area).labels;
    expect(label?.rect).toEqual({ left: 0, top: 560, width: 150, height: 40 });
    expect(label?.leader).toBeNull();
  });

  it('spreads eight models placed within 5 % of one spot, each with a leader to its point', () => {
    const area = { width: 560, height: 560 };
    const next = random(8);
    const anchors = Array.from({ length: 8 }, () => ({
      x: 140 + next() * 28,
      y: 140 + next() * 28,
    }));
    const layout = layoutLabels(anchors, LABEL, area);
    expectReadable(layout, anchors, area);
    expect(layout.labels.filter((label) => label.leader).length).toBeGreaterThanOrEqual(7);
    // Near their spot: no label is sent to the far side of the matrix.
    for (const label of layout.labels) {
      const centre = { x: label.rect.left + 75, y: label.rect.top + 20 };
      expect(Math.hypot(centre.x - 154, centre.y - 154)).toBeLessThan(280);
    }
  });

  it.each([
    ['the middle', 0.5, 0.5],
    ['a corner', 0.02, 0.98],
    ['an edge', 0.99, 0.5],
  ])('lays 25 models within 5 per cent of one point apart, in %s', (_where, fx, fy) => {
    const area = { width: 600, height: 600 };
    const next = random(25);
    const anchors = Array.from({ length: 25 }, () => ({
      x: Math.min(600, (fx + (next() - 0.5) * 0.05) * 600),
      y: Math.min(600, (fy + (next() - 0.5) * 0.05) * 600),
    }));
    expectReadable(layoutLabels(anchors, LABEL, area), anchors, area);
  });

  it('holds for 500 random boards of 1 to 25 models, scattered and clustered', () => {
    const next = random(2026);
    for (let run = 0; run < 500; run += 1) {
      const area = {
        width: 600 + Math.floor(next() * 600),
        height: 600 + Math.floor(next() * 400),
      };
      const count = 1 + Math.floor(next() * 25);
      const clusters = Array.from({ length: 1 + Math.floor(next() * 3) }, () => ({
        x: next() * area.width,
        y: next() * area.height,
      }));
      const anchors = Array.from({ length: count }, () => {
        if (next() < 0.5) return { x: next() * area.width, y: next() * area.height };
        const centre = clusters[Math.floor(next() * clusters.length)] as Point;
        return {
          x: Math.max(0, Math.min(area.width, centre.x + (next() - 0.5) * 0.05 * area.width)),
          y: Math.max(0, Math.min(area.height, centre.y + (next() - 0.5) * 0.05 * area.height)),
        };
      });
      expectReadable(layoutLabels(anchors, LABEL, area), anchors, area);
    }
  });

  it('says when the area is too small to keep every label apart', () => {
    const area = { width: 300, height: 120 };
    const anchors = Array.from({ length: 10 }, (_, i) => ({ x: 10 * i, y: 60 }));
    const layout = layoutLabels(anchors, LABEL, area);
    expect(layout.fits).toBe(false);
    expect(layout.labels).toHaveLength(10);
  });

  it('is the same layout for the same input (the drawing does not jump between renders)', () => {
    const next = random(3);
    const area = { width: 700, height: 700 };
    const anchors = Array.from({ length: 25 }, () => ({ x: next() * 700, y: next() * 700 }));
    expect(layoutLabels(anchors, LABEL, area)).toEqual(layoutLabels(anchors, LABEL, area));
  });
});
