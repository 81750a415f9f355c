import { crc32 as zlibCrc32 } from 'node:zlib';
import { createCanvas, GlobalFonts, loadImage } from '@napi-rs/canvas';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultSetup, type Workshop } from '../../../../../shared/domain/workshop';
import type { Position } from '../../../../../shared/domain/matrix';
import { pagePoint } from '../../../../../shared/plan/markerLayout';
import { MARKER_RADIUS } from '../../../../../shared/plan/matrixDrawing';
import { QUADRANT_COLOR, COLOR } from '../../../../../shared/plan/theme';
import {
  drawMatrixPicture,
  layoutPicture,
} from '../../../../../renderer/src/features/files/png/matrixPicture';
import {
  PICTURE_SCALE,
  PICTURE_WIDTH_PX,
} from '../../../../../renderer/src/features/files/png/pictureStyle';
import {
  crc32,
  isPng,
  withResolution,
} from '../../../../../renderer/src/features/files/png/pngResolution';
import { pictureInput } from '../../../../../renderer/src/features/files/png/renderMatrixPng';

const FONT = { family: '"Picture Test Sans"' };
beforeAll(() => {
  const fonts = new URL('../../../../../resources/fonts/', import.meta.url);
  GlobalFonts.registerFromPath(new URL('DejaVuSans.ttf', fonts).pathname, 'Picture Test Sans');
  GlobalFonts.registerFromPath(new URL('DejaVuSans-Bold.ttf', fonts).pathname, 'Picture Test Sans');
});

const workshop: Workshop = {
  id: 'w1',
  title: 'Klimatråd Åbo',
  organisation: 'Åbo stad',
  date: '2026-11-30',
  setup: defaultSetup(),
  createdAt: 0,
  updatedAt: 0,
};

/** One model in three quadrants, away from the corners where the quadrant names are. */
const PLACED: Record<string, Position> = {
  'open-data': { x: 0.3, y: 0.7 },
  'climate-label': { x: 0.7, y: 0.7 },
  diploma: { x: 0.75, y: 0.25 },
};

function draw(placed: Record<string, Position> = PLACED) {
  const placements = Object.entries(placed).map(([modelId, position]) => ({ modelId, position }));
  const input = pictureInput(workshop, placements, 'sv');
  const canvas = createCanvas(10, 10);
  const ctx = canvas.getContext('2d') as unknown as CanvasRenderingContext2D;
  const layout = layoutPicture(ctx, input, FONT);
  canvas.width = PICTURE_WIDTH_PX;
  canvas.height = Math.round(layout.height * PICTURE_SCALE);
  ctx.scale(PICTURE_SCALE, PICTURE_SCALE);
  drawMatrixPicture(ctx, input, layout, FONT);
  const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
  /** The colour at a point given in points, as [r, g, b]. */
  const at = (x: number, y: number) => {
    const i = (Math.round(y * PICTURE_SCALE) * canvas.width + Math.round(x * PICTURE_SCALE)) * 4;
    return [pixels.data[i], pixels.data[i + 1], pixels.data[i + 2]];
  };
  return { canvas, input, layout, at };
}

const rgb = (color: { red: number; green: number; blue: number }) =>
  [color.red, color.green, color.blue].map((c) => Math.round(c * 255));

describe('the matrix picture', () => {
  it('is 2000 pixels wide, 300 dpi of a 480-point page, with the legend below the matrix', () => {
    const { canvas, layout } = draw();
    expect(canvas.width).toBe(2000);
    expect(canvas.height).toBe(Math.round(layout.height * PICTURE_SCALE));
    expect(layout.legendTop).toBeGreaterThan(layout.squareTop + 380);
    expect(layout.columns.flat().map((entry) => entry.rank)).toEqual([1, 2, 3]);
  });

  it('numbers the models as the plan does and draws each marker where the PDF puts it', () => {
    const { input, layout, at } = draw();
    // Ranked as the plan ranks: quick wins, strategic bets, then reconsider.
    expect(input.items.map((item) => [item.rank, item.modelId])).toEqual([
      [1, 'open-data'],
      [2, 'climate-label'],
      [3, 'diploma'],
    ]);
    const square = { x: 67, y: 0, size: 380 };
    for (const item of input.items) {
      const point = pagePoint(item.position, square, MARKER_RADIUS);
      const centre = { x: point.x, y: layout.squareTop + square.size - point.y };
      // Inside the circle, beside the white number.
      expect(at(centre.x + 6, centre.y)).toEqual(rgb(COLOR.marker));
    }
  });

  it('tints each quadrant with the PDF colours', () => {
    const { layout, at } = draw();
    const top = layout.squareTop;
    expect(at(67 + 95, top + 150)).toEqual(rgb(QUADRANT_COLOR['quick-wins'].fill));
    expect(at(67 + 285, top + 150)).toEqual(rgb(QUADRANT_COLOR.strategic.fill));
    expect(at(67 + 95, top + 250)).toEqual(rgb(QUADRANT_COLOR['fill-ins'].fill));
    expect(at(67 + 285, top + 330)).toEqual(rgb(QUADRANT_COLOR.reconsider.fill));
    // Outside the matrix the picture is white.
    expect(at(10, top + 100)).toEqual([255, 255, 255]);
  });

  it('draws the legend: a marker for every model below the matrix', () => {
    const { layout, at } = draw();
    const firstColumn = 24 + 7.5;
    const headingAndGap = 18 + 12.5 / 2;
    const firstEntry = layout.legendTop + headingAndGap + 7.5;
    expect(at(firstColumn + 5, firstEntry)).toEqual(rgb(COLOR.marker));
  });
});

describe('the legend', () => {
  it('starts in the first column, as the PDF legend does', () => {
    const { layout, at } = draw({ 'open-data': { x: 0.3, y: 0.7 } });
    expect(layout.columns.map((column) => column.length)).toEqual([1, 0]);
    const firstEntry = layout.legendTop + 18 + 12.5 / 2 + 7.5;
    expect(at(24 + 7.5 + 5, firstEntry)).toEqual(rgb(COLOR.marker));
  });
});

describe('withResolution', () => {
  it('adds a valid pHYs chunk of 300 dpi after the header; the picture still decodes', async () => {
    const { canvas } = draw();
    const png = new Uint8Array(await canvas.encode('png'));
    expect(isPng(png)).toBe(true);
    const marked = withResolution(png, 300);
    const view = new DataView(marked.buffer, marked.byteOffset);
    const typeAt = (at: number) => String.fromCharCode(...marked.subarray(at + 4, at + 8));
    expect(typeAt(8)).toBe('IHDR');
    const phys = 8 + 12 + view.getUint32(8);
    expect(typeAt(phys)).toBe('pHYs');
    expect(view.getUint32(phys)).toBe(9);
    expect(view.getUint32(phys + 8)).toBe(11811);
    expect(view.getUint32(phys + 12)).toBe(11811);
    expect(marked[phys + 16]).toBe(1);
    expect(view.getUint32(phys + 17)).toBe(zlibCrc32(marked.subarray(phys + 4, phys + 17)));
    // Only the chunk was added: marking again does not add a second one.
    expect(withResolution(marked, 300)).toEqual(marked);
    const image = await loadImage(Buffer.from(marked));
    expect([image.width, image.height]).toEqual([canvas.width, canvas.height]);
  });

  it('computes CRC-32 as zlib does, and refuses what is not a PNG', () => {
    const bytes = new TextEncoder().encode('IHDR Klimatverkstad');
    expect(crc32(bytes)).toBe(zlibCrc32(bytes));
    expect(() => withResolution(new Uint8Array([1, 2, 3]), 300)).toThrow('not a PNG');
  });
});
