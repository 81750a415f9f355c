import { degrees, type PDFPage } from 'pdf-lib';
import type { Position } from '../domain/matrix';
import type { PlanLabels } from '../i18n/plan';
import { drawLine } from '../text/drawLine';
import type { Square } from './markerLayout';
import { safeLine } from './safeText';
import { COLOR, type PlanFontSet } from './theme';
import { fitLine } from './wrapText';

function drawArrow(page: PDFPage, from: Position, to: Position): void {
  page.drawLine({ start: from, end: to, thickness: 1.2, color: COLOR.muted });
  const angle = Math.atan2(to.y - from.y, to.x - from.x);
  const head = 7;
  for (const side of [-1, 1]) {
    const wing = angle + Math.PI - side * 0.45;
    page.drawLine({
      start: to,
      end: { x: to.x + head * Math.cos(wing), y: to.y + head * Math.sin(wing) },
      thickness: 1.2,
      color: COLOR.muted,
    });
  }
}

/** The axis arrows with their labels, left of and below the square. */
export function drawAxes(page: PDFPage, square: Square, fonts: PlanFontSet, labels: PlanLabels) {
  const size = 10;
  const measure = (text: string) => fonts.regular.widthOfTextAtSize(text, size);
  const xLabel = fitLine(safeLine(labels.axisX, fonts.regular), measure, square.size);
  const yLabel = fitLine(safeLine(labels.axisY, fonts.regular), measure, square.size);
  const below = square.y - 12;
  drawArrow(page, { x: square.x, y: below }, { x: square.x + square.size, y: below });
  drawLine(page, xLabel, {
    x: square.x + (square.size - measure(xLabel)) / 2,
    y: below - 10 - size,
    size,
    font: fonts.regular,
    color: COLOR.text,
  });
  const left = square.x - 12;
  drawArrow(page, { x: left, y: square.y }, { x: left, y: square.y + square.size });
  // Rotated 90°: the text runs upwards, its baseline to the right of the glyphs.
  page.drawText(yLabel, {
    x: left - 10,
    y: square.y + (square.size - measure(yLabel)) / 2,
    size,
    font: fonts.regular,
    color: COLOR.text,
    rotate: degrees(90),
  });
}
