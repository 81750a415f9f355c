import { PDFDocument, type PDFPage } from 'pdf-lib';
import { beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { drawSpreads } from '../../../../shared/plan/spreadDrawing';
import { QUADRANT_COLOR } from '../../../../shared/plan/theme';
import type { PlanSpread } from '../../../../shared/plan/types';

const square = { x: 100, y: 200, size: 380 };
const radius = 9;

function spread(x: [number, number], y: [number, number]): PlanSpread {
  return {
    x: { q1: x[0], median: (x[0] + x[1]) / 2, q3: x[1] },
    y: { q1: y[0], median: (y[0] + y[1]) / 2, q3: y[1] },
    n: 5,
    skipped: 0,
    agreement: 1,
    consensus: true,
  };
}

let page: PDFPage;
let rects: MockInstance<PDFPage['drawRectangle']>;
let lines: MockInstance<PDFPage['drawLine']>;

beforeEach(async () => {
  page = (await PDFDocument.create()).addPage();
  rects = vi.spyOn(page, 'drawRectangle');
  lines = vi.spyOn(page, 'drawLine');
});

const rectOf = (call: Parameters<PDFPage['drawRectangle']>) => {
  const { x = 0, y = 0, width = 0, height = 0 } = call[0] ?? {};
  return { x, y, width, height };
};

describe('drawSpreads', () => {
  it('draws q1..q3 as a box in the item’s quadrant colour, at the markers’ mapping', () => {
    expect(
      drawSpreads(
        page,
        square,
        [{ quadrant: 'strategic', spread: spread([0.5, 1], [0, 0.5]) }],
        radius,
      ),
    ).toBe(true);
    expect(rects).toHaveBeenCalledTimes(1);
    expect(drawSpreads(page, square, [{ quadrant: 'strategic' }], radius)).toBe(false);
    const options = rects.mock.calls[0]?.[0];
    // Inset by radius + gap (11 pt), like the markers: x from 100 + 11 + 0.5 * 358.
    expect(options).toMatchObject({ x: 290, y: 211, width: 179, height: 179 });
    expect(options).toMatchObject({ color: QUADRANT_COLOR.strategic.ink });
    expect(options?.opacity).toBeLessThan(0.3);
  });

  it('keeps every box inside the matrix, whatever the figures say', () => {
    const wild = [
      spread([-3, 7], [-1, 2]),
      spread([0.9, 0.1], [0.8, 0.2]), // q1 above q3
      spread([Number.NaN, 1], [0, Number.NaN]),
      spread([0, 1], [0, 1]),
    ];
    drawSpreads(
      page,
      square,
      wild.map((s) => ({ quadrant: 'quick-wins' as const, spread: s })),
      radius,
    );
    // NaN clamps to the centre, which leaves that spread with no extent: nothing is drawn.
    expect(rects.mock.calls.length).toBe(wild.length - 1);
    expect(lines).not.toHaveBeenCalled();
    for (const call of rects.mock.calls) {
      const { x, y, width, height } = rectOf(call);
      expect(width).toBeGreaterThan(0);
      expect(height).toBeGreaterThan(0);
      expect(x).toBeGreaterThanOrEqual(square.x);
      expect(y).toBeGreaterThanOrEqual(square.y);
      expect(x + width).toBeLessThanOrEqual(square.x + square.size);
      expect(y + height).toBeLessThanOrEqual(square.y + square.size);
    }
  });

  it('draws a line when one axis has no spread and nothing when neither has', () => {
    drawSpreads(
      page,
      square,
      [
        { quadrant: 'fill-ins', spread: spread([0.2, 0.2], [0.1, 0.4]) },
        { quadrant: 'reconsider', spread: spread([0.6, 0.9], [0.3, 0.3]) },
        { quadrant: 'quick-wins', spread: spread([0.3, 0.3], [0.7, 0.7]) },
        { quadrant: 'quick-wins' },
      ],
      radius,
    );
    expect(rects).not.toHaveBeenCalled();
    expect(lines).toHaveBeenCalledTimes(2);
    expect(
      drawSpreads(
        page,
        square,
        [{ quadrant: 'quick-wins', spread: spread([0.3, 0.3], [0.7, 0.7]) }],
        radius,
      ),
      'nothing drawn',
    ).toBe(false);
    const [vertical, horizontal] = lines.mock.calls.map((call) => call[0]);
    expect(vertical?.start.x).toBe(vertical?.end.x);
    expect(vertical?.end.y).toBeGreaterThan(vertical?.start.y ?? 0);
    expect(vertical?.color).toEqual(QUADRANT_COLOR['fill-ins'].ink);
    expect(horizontal?.start.y).toBe(horizontal?.end.y);
    expect(horizontal?.color).toEqual(QUADRANT_COLOR.reconsider.ink);
  });

  it('draws wide boxes first so small ones stay on top', () => {
    drawSpreads(
      page,
      square,
      [
        { quadrant: 'quick-wins', spread: spread([0.1, 0.2], [0.6, 0.7]) },
        { quadrant: 'quick-wins', spread: spread([0, 0.5], [0.5, 1]) },
      ],
      radius,
    );
    const widths = rects.mock.calls.map((call) => rectOf(call).width);
    expect(widths[0]).toBeGreaterThan(widths[1] ?? Infinity);
  });
});
