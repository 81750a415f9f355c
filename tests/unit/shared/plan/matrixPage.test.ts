import { describe, expect, it } from 'vitest';
import { buildPlanPdf } from '../../../../shared/plan/buildPlanPdf';
import { MARKER_RADIUS } from '../../../../shared/plan/matrixDrawing';
import type { PlanItem } from '../../../../shared/plan/types';
import { loadFonts, NOW, readPdf, swedishPlan, SWEDISH_ITEMS, type TextItem } from './fixtures';

function find(items: readonly TextItem[], text: string): TextItem {
  const found = items.find((item) => item.str === text);
  if (!found) throw new Error(`"${text}" is not on the page`);
  return found;
}

describe('matrix page', () => {
  it('draws models at the corners and the centre inside the matrix', async () => {
    const base = SWEDISH_ITEMS[0] as PlanItem;
    const spots = [
      { x: 0, y: 0 },
      { x: 1, y: 1 },
      { x: 0.5, y: 0.5 },
      { x: 0, y: 1 },
      { x: 1, y: 0 },
    ];
    const items = spots.map((position, index) => ({
      ...base,
      modelId: `m${index}`,
      title: `Modell ${index}`,
      position,
    }));
    const pdf = await readPdf(
      await buildPlanPdf(swedishPlan({ items }), loadFonts(), { now: NOW }),
    );
    const page = pdf.pages[1]?.items ?? [];

    // The quadrant names sit 8 pt inside the square's corners: recover the square from them.
    const topLeft = find(page, 'Snabba vinster');
    const bottomLeft = find(page, 'Utfyllnad');
    const bottomRight = find(page, 'Ompröva');
    const square = {
      left: (topLeft.transform[4] ?? 0) - 8,
      bottom: (bottomLeft.transform[5] ?? 0) - 8,
      right: (bottomRight.transform[4] ?? 0) + bottomRight.width + 8,
      top: (topLeft.transform[5] ?? 0) + 8 + topLeft.height * 0.75,
    };
    expect(square.right - square.left).toBeGreaterThan(300);
    expect(square.top - square.bottom).toBeCloseTo(square.right - square.left, 0);

    // The marker numbers are centred in their circles.
    for (let rank = 1; rank <= spots.length; rank += 1) {
      const number = find(page, String(rank));
      const cx = (number.transform[4] ?? 0) + number.width / 2;
      const cy = (number.transform[5] ?? 0) + number.height * 0.36;
      expect(cx - MARKER_RADIUS, `marker ${rank}`).toBeGreaterThanOrEqual(square.left);
      expect(cx + MARKER_RADIUS, `marker ${rank}`).toBeLessThanOrEqual(square.right);
      expect(cy - MARKER_RADIUS, `marker ${rank}`).toBeGreaterThanOrEqual(square.bottom);
      expect(cy + MARKER_RADIUS, `marker ${rank}`).toBeLessThanOrEqual(square.top);
    }

    // Ranks: (0, 1) → 1, (0.5, 0.5) → 2 (a quick win by the boundary rule), (1, 1) → 3, … The
    // centre model is drawn wholly in the quick-wins quadrant, left of and above the midlines.
    const centre = find(page, '2');
    const middle = { x: (square.left + square.right) / 2, y: (square.bottom + square.top) / 2 };
    const cx = (centre.transform[4] ?? 0) + centre.width / 2;
    const cy = (centre.transform[5] ?? 0) + centre.height * 0.36;
    expect(cx + MARKER_RADIUS).toBeLessThanOrEqual(middle.x + 0.5);
    expect(cy - MARKER_RADIUS).toBeGreaterThanOrEqual(middle.y - 0.5);
  });
});
