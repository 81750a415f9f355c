import type { Ranked } from '../domain/ranking';
import { QUADRANTS, type Quadrant } from '../domain/quadrant';
import type { PlanLabels } from '../i18n/plan';
import { safeText } from './safeText';
import type { TextFlow } from './textFlow';
import { COLOR, QUADRANT_COLOR, type PlanStyles, type TextStyle } from './theme';
import type { PlanItem } from './types';
import { wrapText } from './wrapText';

/** Left gutter holding the model number; everything about the model aligns after it. */
const GUTTER = 26;
const BULLET_INDENT = GUTTER + 12;
const BAND_PAD = 9;

function drawQuadrantBand(
  flow: TextFlow,
  quadrant: Quadrant,
  style: PlanStyles,
  labels: PlanLabels,
) {
  const { name, explanation } = labels.quadrants[quadrant];
  const inset = BAND_PAD + 5;
  const nameStyle: TextStyle = { ...style.quadrantHeading, color: QUADRANT_COLOR[quadrant].ink };
  const text = { ...style.small, color: COLOR.text };
  const measure = flow.measure(text);
  const lines = wrapText(safeText(explanation, text.font), measure, flow.width - inset - BAND_PAD);
  const height = 2 * BAND_PAD + nameStyle.lineHeight + lines.length * text.lineHeight - 3;
  // Keep the band with the first model's title and a few lines of it.
  flow.ensure(height + 90);
  const top = flow.y;
  flow.page.drawRectangle({
    x: flow.frame.left,
    y: top - height,
    width: flow.width,
    height,
    color: QUADRANT_COLOR[quadrant].fill,
  });
  flow.page.drawRectangle({
    x: flow.frame.left,
    y: top - height,
    width: 4,
    height,
    color: QUADRANT_COLOR[quadrant].ink,
  });
  flow.y -= BAND_PAD;
  flow.paragraph(name, nameStyle, { indent: inset });
  for (const line of lines) flow.line(line, text, inset);
  flow.y = top - height;
  flow.space(14);
}

function drawLabelled(
  flow: TextFlow,
  label: string,
  paragraphs: readonly string[],
  style: PlanStyles,
  labelColor = COLOR.accent,
  bullets = false,
) {
  const present = paragraphs.filter((text) => text.trim().length > 0);
  if (present.length === 0) return;
  flow.space(5);
  flow.ensure(style.label.lineHeight + 2 * style.body.lineHeight);
  flow.paragraph(label, { ...style.label, color: labelColor }, { indent: GUTTER });
  present.forEach((text, index) => {
    if (index > 0) flow.space(3);
    if (bullets)
      flow.paragraph(text, style.body, { indent: BULLET_INDENT, marker: '•', keepLines: 2 });
    else flow.paragraph(text, style.body, { indent: GUTTER, keepLines: 2 });
  });
}

function drawModel(flow: TextFlow, item: Ranked<PlanItem>, style: PlanStyles, labels: PlanLabels) {
  flow.ensure(
    style.modelTitle.lineHeight +
      style.small.lineHeight +
      style.label.lineHeight +
      3 * style.body.lineHeight,
  );
  // Titles and categories are names: a stray line break in one must not split it.
  const oneLine = (text: string) => text.replace(/\s*\n\s*/g, ' ').trim();
  flow.paragraph(oneLine(item.title), style.modelTitle, {
    indent: GUTTER,
    marker: `${item.rank}.`,
  });
  const category = oneLine(item.category);
  if (category) flow.paragraph(category, style.small, { indent: GUTTER });
  drawLabelled(flow, labels.why, item.why ? [item.why] : [], style);
  drawLabelled(flow, labels.how, item.how, style, COLOR.accent, item.how.length > 1);
  drawLabelled(flow, labels.risks, item.risks, style, COLOR.risk, item.risks.length > 1);
  flow.space(18);
}

/**
 * The models quadrant by quadrant (quick wins first), each in rank order with its number,
 * category, why, how and risks. A quadrant that runs onto a new page repeats its name there.
 */
export function drawModelSections(
  flow: TextFlow,
  ranked: readonly Ranked<PlanItem>[],
  style: PlanStyles,
  labels: PlanLabels,
): void {
  if (ranked.length === 0) return;
  flow.newPage();
  flow.paragraph(labels.modelsHeading, style.pageHeading);
  flow.space(14);
  for (const quadrant of QUADRANTS) {
    const items = ranked.filter((item) => item.quadrant === quadrant);
    if (items.length === 0) continue;
    drawQuadrantBand(flow, quadrant, style, labels);
    flow.onNewPage = (continued) => {
      continued.paragraph(`${labels.quadrants[quadrant].name} ${labels.continued}`, {
        ...style.small,
        color: QUADRANT_COLOR[quadrant].ink,
      });
      continued.space(10);
    };
    for (const item of items) drawModel(flow, item, style, labels);
    flow.onNewPage = undefined;
  }
}
