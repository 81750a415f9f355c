import { describe, expect, it } from 'vitest';
import { quadrantOf } from '../../../../shared/domain/quadrant';
import { layoutMarkers, type Marker } from '../../../../shared/plan/markerLayout';

const square = { x: 100, y: 200, size: 380 };
const radius = 9;
const half = square.size / 2;

function inside(marker: Marker): boolean {
  return (
    marker.cx - radius >= square.x &&
    marker.cx + radius <= square.x + square.size &&
    marker.cy - radius >= square.y &&
    marker.cy + radius <= square.y + square.size
  );
}

/** The quadrant a drawn marker visibly sits in, read from its centre. */
function drawnQuadrant(marker: Marker) {
  return quadrantOf({
    x: (marker.cx - square.x) / square.size,
    y: (marker.cy - square.y) / square.size,
  });
}

describe('layoutMarkers', () => {
  it('draws the corners and the centre inside the matrix', () => {
    const positions = [
      { x: 0, y: 0 },
      { x: 1, y: 1 },
      { x: 0.5, y: 0.5 },
      { x: 0, y: 1 },
      { x: 1, y: 0 },
    ];
    const markers = layoutMarkers(
      positions.map((position, index) => ({ rank: index + 1, position })),
      square,
      radius,
    );
    for (const marker of markers) expect(inside(marker)).toBe(true);
  });

  it('keeps a marker on the midline fully inside the quadrant the boundary rule gives it', () => {
    const [centre] = layoutMarkers([{ rank: 1, position: { x: 0.5, y: 0.5 } }], square, radius);
    expect(centre).toBeDefined();
    if (!centre) return;
    // Quick wins: few resources (left of the midline), high impact (above it).
    expect(centre.cx + radius).toBeLessThanOrEqual(square.x + half);
    expect(centre.cy - radius).toBeGreaterThanOrEqual(square.y + half);
  });

  it('pushes markers on the same spot apart but keeps them in their quadrant', () => {
    const items = Array.from({ length: 12 }, (_, index) => ({
      rank: index + 1,
      position: { x: 0.2, y: 0.8 },
    }));
    const markers = layoutMarkers(items, square, radius);
    for (let i = 0; i < markers.length; i += 1) {
      for (let j = i + 1; j < markers.length; j += 1) {
        const a = markers[i];
        const b = markers[j];
        if (!a || !b) throw new Error('missing marker');
        expect(Math.hypot(a.cx - b.cx, a.cy - b.cy)).toBeGreaterThanOrEqual(2 * radius);
      }
    }
    for (const marker of markers) expect(drawnQuadrant(marker)).toBe('quick-wins');
  });

  it('keeps markers off the rectangles it is told to avoid, even in a crowded corner', () => {
    const label = { minX: 106, maxX: 180, minY: 205, maxY: 218 };
    const items = [
      { rank: 1, position: { x: 0, y: 0 } },
      { rank: 2, position: { x: 0.03, y: 0.07 } },
      { rank: 3, position: { x: 0.05, y: 0.02 } },
    ];
    const markers = layoutMarkers(items, square, radius, { avoid: [label] });
    for (const marker of markers) {
      const nearestX = Math.min(label.maxX, Math.max(label.minX, marker.cx));
      const nearestY = Math.min(label.maxY, Math.max(label.minY, marker.cy));
      expect(Math.hypot(marker.cx - nearestX, marker.cy - nearestY)).toBeGreaterThanOrEqual(radius);
      expect(inside(marker)).toBe(true);
    }
    const [a, b] = markers;
    if (!a || !b) throw new Error('missing marker');
    expect(Math.hypot(a.cx - b.cx, a.cy - b.cy)).toBeGreaterThanOrEqual(2 * radius);
  });

  it('clamps invalid positions into the matrix', () => {
    const markers = layoutMarkers(
      [
        { rank: 1, position: { x: Number.NaN, y: 7 } },
        { rank: 2, position: { x: -3, y: -3 } },
      ],
      square,
      radius,
    );
    for (const marker of markers) expect(inside(marker)).toBe(true);
  });
});
