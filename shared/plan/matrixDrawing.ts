import type { PDFPage } from 'pdf-lib';
import type { Position } from '../domain/matrix';
import { QUADRANTS, type Quadrant } from '../domain/quadrant';
import type { PlanLabels } from '../i18n/plan';
import { drawLine, lineWidth } from '../text/drawLine';
import { drawAxes } from './matrixAxes';
import { layoutMarkers, type Box, type Square } from './markerLayout';
import { safeLine } from './safeText';
import { drawSpreads, type SpreadItem } from './spreadDrawing';
import { BODY, COLOR, QUADRANT_COLOR, type PlanFontSet } from './theme';
import { fitLine } from './wrapText';

export const MARKER_RADIUS = 9;
const SQUARE_SIZE = 380;
/** Room left of the square for the y axis arrow and its rotated label. */
const AXIS_GUTTER = 34;
/** Height below the square taken by the x axis arrow and label. */
export const AXIS_BELOW = 40;

/** The square for a matrix whose top edge is at `top`, centred with its axis gutter. */
export function matrixSquare(top: number): Square {
  const blockWidth = AXIS_GUTTER + SQUARE_SIZE;
  const x = BODY.left + (BODY.right - BODY.left - blockWidth) / 2 + AXIS_GUTTER;
  return { x, y: top - SQUARE_SIZE, size: SQUARE_SIZE };
}

/** Which corner of the square a quadrant's name sits in. */
const CORNER: Record<Quadrant, { right: boolean; top: boolean }> = {
  'quick-wins': { right: false, top: true },
  strategic: { right: true, top: true },
  'fill-ins': { right: false, top: false },
  reconsider: { right: true, top: false },
};

/**
 * Draws the tinted quadrants, then `underlay` (the spreads), then names, midlines and border on
 * top, and returns where the names are, for markers to keep clear of. When the underlay drew
 * anything, each name gets a patch of its quadrant's tint so box edges never run through it.
 */
function drawQuadrants(
  page: PDFPage,
  square: Square,
  fonts: PlanFontSet,
  labels: PlanLabels,
  underlay: () => boolean,
): Box[] {
  const nameBoxes: Box[] = [];
  const half = square.size / 2;
  const size = 9.5;
  const pad = 8;
  const cornerOf = (quadrant: Quadrant) => ({
    corner: CORNER[quadrant],
    x: square.x + (CORNER[quadrant].right ? half : 0),
    y: square.y + (CORNER[quadrant].top ? half : 0),
  });
  for (const quadrant of QUADRANTS) {
    const { x, y } = cornerOf(quadrant);
    page.drawRectangle({ x, y, width: half, height: half, color: QUADRANT_COLOR[quadrant].fill });
  }
  const covered = underlay();
  for (const quadrant of QUADRANTS) {
    const { corner, x, y } = cornerOf(quadrant);
    const measure = (text: string) => lineWidth(text, fonts.bold, size);
    const name = fitLine(
      safeLine(labels.quadrants[quadrant].name, fonts.bold),
      measure,
      half - 2 * pad,
    );
    const textX = corner.right ? x + half - pad - measure(name) : x + pad;
    const baseline = corner.top ? y + half - pad - size * 0.75 : y + pad;
    const nameBox = {
      minX: textX - 2,
      maxX: textX + measure(name) + 2,
      minY: baseline - size * 0.25,
      maxY: baseline + size * 0.8,
    };
    if (covered) {
      page.drawRectangle({
        x: nameBox.minX,
        y: nameBox.minY,
        width: nameBox.maxX - nameBox.minX,
        height: nameBox.maxY - nameBox.minY,
        color: QUADRANT_COLOR[quadrant].fill,
        opacity: 0.85,
      });
    }
    drawLine(page, name, {
      x: textX,
      y: baseline,
      size,
      font: fonts.bold,
      color: QUADRANT_COLOR[quadrant].ink,
    });
    nameBoxes.push(nameBox);
  }
  const mid = { x: square.x + half, y: square.y + half };
  const line = { thickness: 1, color: COLOR.muted, dashArray: [4, 3] };
  page.drawLine({
    start: { x: mid.x, y: square.y },
    end: { x: mid.x, y: square.y + square.size },
    ...line,
  });
  page.drawLine({
    start: { x: square.x, y: mid.y },
    end: { x: square.x + square.size, y: mid.y },
    ...line,
  });
  page.drawRectangle({
    ...{ x: square.x, y: square.y, width: square.size, height: square.size },
    borderColor: COLOR.muted,
    borderWidth: 1,
  });
  return nameBoxes;
}

/**
 * Draws the resource/impact matrix as vectors: four tinted quadrants named in their corners,
 * each model's spread as a light box, dashed midlines, axis arrows with labels, and one
 * numbered marker per ranked model on top.
 */
export function drawMatrix(
  page: PDFPage,
  square: Square,
  items: readonly ({ rank: number; position: Position } & SpreadItem)[],
  fonts: PlanFontSet,
  labels: PlanLabels,
): void {
  const nameBoxes = drawQuadrants(page, square, fonts, labels, () =>
    drawSpreads(page, square, items, MARKER_RADIUS),
  );
  drawAxes(page, square, fonts, labels);
  for (const marker of layoutMarkers(items, square, MARKER_RADIUS, { avoid: nameBoxes })) {
    drawMarker(page, marker.cx, marker.cy, marker.rank, fonts);
  }
}

/** A filled circle with a white number; also used in the legend so both read alike. */
export function drawMarker(
  page: PDFPage,
  cx: number,
  cy: number,
  rank: number,
  fonts: PlanFontSet,
  radius = MARKER_RADIUS,
): void {
  page.drawCircle({
    x: cx,
    y: cy,
    size: radius,
    color: COLOR.marker,
    borderColor: COLOR.white,
    borderWidth: 1.2,
  });
  const label = String(rank);
  // Three-digit numbers shrink to stay inside the circle.
  const size = Math.min(
    radius * 0.95,
    (8.6 * (radius * 2 - 4)) / Math.max(1, fonts.bold.widthOfTextAtSize(label, 8.6)),
  );
  drawLine(page, label, {
    x: cx - fonts.bold.widthOfTextAtSize(label, size) / 2,
    y: cy - size * 0.36,
    size,
    font: fonts.bold,
    color: COLOR.white,
  });
}
