import type { PDFPage } from 'pdf-lib';
import { fillLabel, type PlanLabels } from '../i18n/plan';
import { drawLine, lineWidth } from '../text/drawLine';
import { safeLine } from './safeText';
import { COLOR, FOOTER, MARGIN, PAGE, type PlanFontSet } from './theme';
import { fitLine } from './wrapText';

/**
 * Stamps "Page n of N" and the workshop title on every page but the cover. Runs after layout,
 * because N is only known once all pages exist.
 */
export function drawFooters(
  pages: readonly PDFPage[],
  title: string,
  fonts: PlanFontSet,
  labels: PlanLabels,
): void {
  const font = fonts.regular;
  const size = FOOTER.size;
  const measure = (text: string) => lineWidth(text, font, size);
  const left = MARGIN.left;
  const right = PAGE.width - MARGIN.right;
  const safeTitle = safeLine(title, font);
  pages.forEach((page, index) => {
    if (index === 0) return;
    const number = safeLine(
      fillLabel(labels.pageOf, { page: index + 1, pages: pages.length }),
      font,
    );
    const numberWidth = measure(number);
    const shownTitle = fitLine(safeTitle, measure, right - left - numberWidth - 24);
    page.drawLine({
      start: { x: left, y: FOOTER.rule },
      end: { x: right, y: FOOTER.rule },
      thickness: 0.6,
      color: COLOR.rule,
    });
    drawLine(page, shownTitle, { x: left, y: FOOTER.baseline, size, font, color: COLOR.muted });
    drawLine(page, number, {
      x: right - numberWidth,
      y: FOOTER.baseline,
      size,
      font,
      color: COLOR.muted,
    });
  });
}
