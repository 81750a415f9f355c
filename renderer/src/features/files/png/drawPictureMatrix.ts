// The matrix of the picture, drawn as shared/plan/matrixDrawing.ts draws the PDF's: the same
// square, tints, quadrant names, spread boxes, axes and numbered markers placed by the same
// marker layout. PDF geometry has y pointing up; `down` turns it into canvas y.
import { clampUnit } from '@shared/domain/matrix';
import type { Position } from '@shared/domain/matrix';
import { QUADRANTS, type Quadrant } from '@shared/domain/quadrant';
import type { PlanLabels } from '@shared/i18n/plan';
import { layoutMarkers, pagePoint, type Box, type Square } from '@shared/plan/markerLayout';
import { MARKER_RADIUS } from '@shared/plan/matrixDrawing';
import type { PlanSpread } from '@shared/plan/types';
import { fitLine } from '@shared/plan/wrapText';
import { fontOf, INK, measurer, type PictureFont } from './pictureStyle';

export type PictureItem = {
  rank: number;
  position: Position;
  quadrant: Quadrant;
  spread?: PlanSpread;
};

/** The square in PDF geometry (y up, its lower edge at 0) and where its top is on the canvas. */
export type MatrixFrame = { square: Square; top: number };

type Draw = { ctx: CanvasRenderingContext2D; frame: MatrixFrame; font: PictureFont };

const down = ({ frame }: Draw, y: number) => frame.top + frame.square.size - y;

const CORNER: Record<Quadrant, { right: boolean; top: boolean }> = {
  'quick-wins': { right: false, top: true },
  strategic: { right: true, top: true },
  'fill-ins': { right: false, top: false },
  reconsider: { right: true, top: false },
};

function line(draw: Draw, from: Position, to: Position, width: number, color: string) {
  const { ctx } = draw;
  ctx.strokeStyle = color;
  ctx.lineWidth = width;
  ctx.beginPath();
  ctx.moveTo(from.x, down(draw, from.y));
  ctx.lineTo(to.x, down(draw, to.y));
  ctx.stroke();
}

/** Each spread as a light box in its quadrant's ink, largest first (spreadDrawing.ts). */
function drawSpreads(draw: Draw, items: readonly PictureItem[]): boolean {
  const { ctx, frame } = draw;
  const corner = (spread: PlanSpread, pick: (a: number, b: number) => number) =>
    pagePoint(
      {
        x: clampUnit(pick(spread.x.q1, spread.x.q3)),
        y: clampUnit(pick(spread.y.q1, spread.y.q3)),
      },
      frame.square,
      MARKER_RADIUS,
    );
  const boxes = items.flatMap((item) =>
    item.spread
      ? [
          {
            quadrant: item.quadrant,
            low: corner(item.spread, Math.min),
            high: corner(item.spread, Math.max),
          },
        ]
      : [],
  );
  const area = (b: (typeof boxes)[number]) => (b.high.x - b.low.x) * (b.high.y - b.low.y);
  boxes.sort((a, b) => area(b) - area(a));
  let drawn = false;
  for (const { quadrant, low, high } of boxes) {
    const width = high.x - low.x;
    const height = high.y - low.y;
    if (width < 0.5 && height < 0.5) continue;
    drawn = true;
    if (width < 0.5 || height < 0.5) {
      const mid = { x: (low.x + high.x) / 2, y: (low.y + high.y) / 2 };
      const vertical = width < 0.5;
      line(
        draw,
        vertical ? { x: mid.x, y: low.y } : { x: low.x, y: mid.y },
        vertical ? { x: mid.x, y: high.y } : { x: high.x, y: mid.y },
        2,
        INK.ink(quadrant, 0.55),
      );
      continue;
    }
    ctx.fillStyle = INK.ink(quadrant, 0.1);
    ctx.fillRect(low.x, down(draw, high.y), width, height);
    ctx.strokeStyle = INK.ink(quadrant, 0.55);
    ctx.lineWidth = 0.8;
    ctx.strokeRect(low.x, down(draw, high.y), width, height);
  }
  return drawn;
}

/** Tints, spreads, quadrant names, midlines and border; returns the names' boxes (y up). */
function drawQuadrants(draw: Draw, items: readonly PictureItem[], labels: PlanLabels): Box[] {
  const { ctx, frame, font } = draw;
  const { square } = frame;
  const half = square.size / 2;
  const size = 9.5;
  const pad = 8;
  const origin = (q: Quadrant) => ({
    x: square.x + (CORNER[q].right ? half : 0),
    y: square.y + (CORNER[q].top ? half : 0),
  });
  for (const quadrant of QUADRANTS) {
    const { x, y } = origin(quadrant);
    ctx.fillStyle = INK.fill(quadrant);
    ctx.fillRect(x, down(draw, y + half), half, half);
  }
  const covered = drawSpreads(draw, items);
  const measure = measurer(ctx, font, size, true);
  const boxes = QUADRANTS.map((quadrant) => {
    const { x, y } = origin(quadrant);
    const name = fitLine(labels.quadrants[quadrant].name, measure, half - 2 * pad);
    const width = measure(name);
    const textX = CORNER[quadrant].right ? x + half - pad - width : x + pad;
    const baseline = CORNER[quadrant].top ? y + half - pad - size * 0.75 : y + pad;
    const box = {
      minX: textX - 2,
      maxX: textX + width + 2,
      minY: baseline - size * 0.25,
      maxY: baseline + size * 0.8,
    };
    if (covered) {
      ctx.fillStyle = INK.fill(quadrant, 0.85);
      ctx.fillRect(box.minX, down(draw, box.maxY), box.maxX - box.minX, box.maxY - box.minY);
    }
    ctx.font = fontOf(font, size, true);
    ctx.fillStyle = INK.ink(quadrant);
    ctx.fillText(name, textX, down(draw, baseline));
    return box;
  });
  ctx.setLineDash([4, 3]);
  line(
    draw,
    { x: square.x + half, y: square.y },
    { x: square.x + half, y: square.y + square.size },
    1,
    INK.muted,
  );
  line(
    draw,
    { x: square.x, y: square.y + half },
    { x: square.x + square.size, y: square.y + half },
    1,
    INK.muted,
  );
  ctx.setLineDash([]);
  ctx.strokeStyle = INK.muted;
  ctx.lineWidth = 1;
  ctx.strokeRect(square.x, frame.top, square.size, square.size);
  return boxes;
}

function arrow(draw: Draw, from: Position, to: Position) {
  line(draw, from, to, 1.2, INK.muted);
  const angle = Math.atan2(to.y - from.y, to.x - from.x);
  for (const side of [-1, 1]) {
    const wing = angle + Math.PI - side * 0.45;
    line(draw, to, { x: to.x + 7 * Math.cos(wing), y: to.y + 7 * Math.sin(wing) }, 1.2, INK.muted);
  }
}

/** The axis arrows and their labels, left of and below the square (matrixAxes.ts). */
function drawAxes(draw: Draw, labels: PlanLabels) {
  const { ctx, frame, font } = draw;
  const { square } = frame;
  const size = 10;
  const measure = measurer(ctx, font, size);
  const xLabel = fitLine(labels.axisX, measure, square.size);
  const yLabel = fitLine(labels.axisY, measure, square.size);
  const below = square.y - 12;
  arrow(draw, { x: square.x, y: below }, { x: square.x + square.size, y: below });
  ctx.font = fontOf(font, size);
  ctx.fillStyle = INK.text;
  ctx.fillText(
    xLabel,
    square.x + (square.size - measure(xLabel)) / 2,
    down(draw, below - 10 - size),
  );
  const left = square.x - 12;
  arrow(draw, { x: left, y: square.y }, { x: left, y: square.y + square.size });
  ctx.save();
  // Turned a quarter to the left: the label reads upwards, as on the PDF page.
  ctx.translate(left - 10, down(draw, square.y + (square.size - measure(yLabel)) / 2));
  ctx.rotate(-Math.PI / 2);
  ctx.font = fontOf(font, size);
  ctx.fillText(yLabel, 0, 0);
  ctx.restore();
}

/** A filled circle with a white number, as the PDF draws markers (also in the legend). */
export function drawPictureMarker(
  ctx: CanvasRenderingContext2D,
  font: PictureFont,
  centre: Position,
  rank: number,
  radius = MARKER_RADIUS,
) {
  ctx.beginPath();
  ctx.arc(centre.x, centre.y, radius, 0, 2 * Math.PI);
  ctx.fillStyle = INK.marker;
  ctx.fill();
  ctx.strokeStyle = INK.white;
  ctx.lineWidth = 1.2;
  ctx.stroke();
  const label = String(rank);
  const measure = (size: number) => measurer(ctx, font, size, true)(label);
  const size = Math.min(radius * 0.95, (8.6 * (radius * 2 - 4)) / Math.max(1, measure(8.6)));
  ctx.font = fontOf(font, size, true);
  ctx.fillStyle = INK.white;
  ctx.fillText(label, centre.x - measure(size) / 2, centre.y + size * 0.36);
}

/**
 * The whole matrix: tinted quadrants named in their corners, spreads, dashed midlines, axis
 * arrows with labels, and one numbered marker per ranked model, kept clear of the names.
 */
export function drawPictureMatrix(
  ctx: CanvasRenderingContext2D,
  frame: MatrixFrame,
  items: readonly PictureItem[],
  font: PictureFont,
  labels: PlanLabels,
): void {
  const draw = { ctx, frame, font };
  const nameBoxes = drawQuadrants(draw, items, labels);
  drawAxes(draw, labels);
  for (const marker of layoutMarkers(items, frame.square, MARKER_RADIUS, { avoid: nameBoxes })) {
    drawPictureMarker(ctx, font, { x: marker.cx, y: down(draw, marker.cy) }, marker.rank);
  }
}
