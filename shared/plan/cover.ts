import type { Ranked } from '../domain/ranking';
import { QUADRANTS } from '../domain/quadrant';
import { formatIsoDate } from '../i18n/dates';
import { countLabel, fillLabel, type PlanLabels } from '../i18n/plan';
import { drawLine, lineWidth } from '../text/drawLine';
import { safeLine } from './safeText';
import type { TextFlow } from './textFlow';
import {
  COLOR,
  FOOTER,
  QUADRANT_COLOR,
  type PlanFontSet,
  type PlanStyles,
  type TextStyle,
} from './theme';
import type { PlanInput, PlanItem } from './types';
import { fitLine } from './wrapText';

const SWATCH = 12;
const TITLE_SIZES = [28, 22, 18];
const TITLE_MAX_LINES = 4;

/** A long workshop title steps down in size so the cover keeps to one page. */
function titleStyle(flow: TextFlow, title: string, style: PlanStyles): TextStyle {
  const base = style.coverTitle;
  for (const size of TITLE_SIZES) {
    const candidate = { ...base, size, lineHeight: size * 1.22 };
    if (flow.wrap(title, candidate, flow.width).length <= TITLE_MAX_LINES) return candidate;
  }
  const smallest = TITLE_SIZES[TITLE_SIZES.length - 1] ?? base.size;
  return { ...base, size: smallest, lineHeight: smallest * 1.22 };
}
const ROW_INDENT = SWATCH + 10;

function drawSummary(
  flow: TextFlow,
  ranked: readonly Ranked<PlanItem>[],
  fonts: PlanFontSet,
  style: PlanStyles,
  labels: PlanLabels,
): void {
  flow.paragraph(labels.summaryHeading, style.sectionHeading, { keepLines: 4 });
  flow.space(4);
  flow.paragraph(countLabel(labels.placedSummary, ranked.length), style.body);
  flow.space(10);
  for (const quadrant of QUADRANTS) {
    const name = style.bodyBold;
    flow.ensure(name.lineHeight + style.small.lineHeight + 10);
    const count = countLabel(
      labels.modelCount,
      ranked.filter((item) => item.quadrant === quadrant).length,
    );
    const countWidth = lineWidth(count, fonts.regular, name.size);
    const baseline = flow.y - name.size;
    flow.page.drawRectangle({
      x: flow.frame.left,
      y: baseline - 1.5,
      width: SWATCH,
      height: SWATCH,
      color: QUADRANT_COLOR[quadrant].fill,
      borderColor: QUADRANT_COLOR[quadrant].ink,
      borderWidth: 0.8,
    });
    const title = fitLine(
      safeLine(labels.quadrants[quadrant].name, fonts.bold),
      (text) => lineWidth(text, fonts.bold, name.size),
      flow.width - ROW_INDENT - countWidth - 12,
    );
    // Name before count in the content stream, so copied or read-aloud text stays in order.
    const page = flow.page;
    flow.line(title, name, ROW_INDENT);
    drawLine(page, count, {
      x: flow.frame.right - countWidth,
      y: baseline,
      size: name.size,
      font: fonts.regular,
      color: COLOR.text,
    });
    flow.paragraph(labels.quadrants[quadrant].explanation, style.small, { indent: ROW_INDENT });
    flow.space(8);
  }
}

/**
 * Page 1: what the document is, for whom and when, and how many models landed in each
 * quadrant. The cover carries no footer; the page count still includes it, so page numbers
 * match the viewer's.
 */
export function drawCover(
  flow: TextFlow,
  input: PlanInput,
  ranked: readonly Ranked<PlanItem>[],
  fonts: PlanFontSet,
  style: PlanStyles,
  labels: PlanLabels,
  createdOn: string,
): void {
  const first = flow.newPage();
  flow.paragraph(labels.heading, style.coverKicker);
  flow.space(14);
  flow.paragraph(input.title, titleStyle(flow, input.title, style));
  flow.space(10);
  if (input.organisation.trim()) flow.paragraph(input.organisation, style.coverOrganisation);
  if (input.date.trim()) flow.paragraph(formatIsoDate(input.date, input.locale), style.coverDate);
  flow.space(30);
  flow.ensure(60);
  flow.page.drawLine({
    start: { x: flow.frame.left, y: flow.y },
    end: { x: flow.frame.right, y: flow.y },
    thickness: 0.8,
    color: COLOR.rule,
  });
  flow.space(24);
  drawSummary(flow, ranked, fonts, style, labels);
  flow.space(14);
  flow.paragraph(ranked.length > 0 ? labels.howToRead : labels.noModelsHint, style.body);

  const created = fitLine(
    safeLine(fillLabel(labels.createdWith, { date: createdOn }), fonts.regular),
    (text) => lineWidth(text, fonts.regular, FOOTER.size),
    flow.width,
  );
  drawLine(first, created, {
    x: flow.frame.left,
    y: FOOTER.baseline,
    size: FOOTER.size,
    font: fonts.regular,
    color: COLOR.muted,
  });
}
