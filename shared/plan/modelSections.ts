import type { Ranked } from '../domain/ranking';
import { QUADRANTS, type Quadrant } from '../domain/quadrant';
import type { PlanLabels } from '../i18n/plan';
import { safeText } from './safeText';
import type { TextFlow } from './textFlow';
import { COLOR, QUADRANT_COLOR, type PlanStyles, type TextStyle } from './theme';
import type { PlanItem, PlanPoint } from './types';
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

/** How far a sub-point's text sits to the right of the text of the point it belongs to. */
const SUB_POINT_STEP = 12;

const hasText = (text: string) => text.trim().length > 0;

/**
 * A label and its points: one point as a plain paragraph, several as bullets. Sub-points are
 * dash bullets one step to the right of their point's text, so they read as part of it.
 */
function drawLabelled(
  flow: TextFlow,
  label: string,
  points: readonly PlanPoint[],
  style: PlanStyles,
  labelColor = COLOR.accent,
) {
  const present = points
    .map((point) => ({ text: point.text, subPoints: (point.subPoints ?? []).filter(hasText) }))
    .filter((point) => hasText(point.text) || point.subPoints.length > 0);
  if (present.length === 0) return;
  const bullets = present.length > 1;
  const indent = bullets ? BULLET_INDENT : GUTTER;
  flow.space(5);
  flow.ensure(style.label.lineHeight + 2 * style.body.lineHeight);
  flow.paragraph(label, { ...style.label, color: labelColor }, { indent: GUTTER });
  present.forEach((point, index) => {
    if (index > 0) flow.space(3);
    if (hasText(point.text)) {
      const marker = bullets ? { marker: '•' } : {};
      flow.paragraph(point.text, style.body, { indent, keepLines: 2, ...marker });
    }
    for (const subPoint of point.subPoints) {
      flow.space(2);
      flow.paragraph(subPoint, style.body, {
        indent: indent + SUB_POINT_STEP,
        marker: '–',
        keepLines: 2,
      });
    }
  });
}

/** Plain texts (why, risks) as points without sub-points. */
const asPoints = (texts: readonly string[]): PlanPoint[] => texts.map((text) => ({ text }));

function drawModel(flow: TextFlow, item: Ranked<PlanItem>, style: PlanStyles, labels: PlanLabels) {
  // Titles, names and categories are names: a stray line break in one must not split it.
  const oneLine = (text: string) => text.replace(/\s*\n\s*/g, ' ').trim();
  const title = oneLine(item.title);
  // A card title may shorten the model's name; the decision-makers read the name in full.
  const name = oneLine(item.name ?? '');
  const showName = name.length > 0 && name !== title;
  flow.ensure(
    style.modelTitle.lineHeight +
      style.small.lineHeight +
      style.label.lineHeight +
      (showName ? 5 : 3) * style.body.lineHeight,
  );
  flow.paragraph(title, style.modelTitle, { indent: GUTTER, marker: `${item.rank}.` });
  if (showName) flow.paragraph(name, style.body, { indent: GUTTER });
  const category = oneLine(item.category);
  if (category) flow.paragraph(category, style.small, { indent: GUTTER });
  drawLabelled(flow, labels.why, asPoints(item.why ? [item.why] : []), style);
  drawLabelled(flow, labels.how, item.how, style);
  drawLabelled(flow, labels.risks, asPoints(item.risks), style, COLOR.risk);
  flow.space(18);
}

/**
 * The models quadrant by quadrant (quick wins first), each in rank order with its number,
 * title, full name, category, why, how (with sub-points) and risks. A quadrant that runs onto
 * a new page repeats its name there.
 */
export async function drawModelSections(
  flow: TextFlow,
  ranked: readonly Ranked<PlanItem>[],
  style: PlanStyles,
  labels: PlanLabels,
  /** Called after each model with how many are drawn: the build may pause there. */
  afterModel?: (drawn: number) => Promise<void>,
): Promise<void> {
  if (ranked.length === 0) return;
  let drawn = 0;
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
    for (const item of items) {
      drawModel(flow, item, style, labels);
      drawn += 1;
      await afterModel?.(drawn);
    }
    flow.onNewPage = undefined;
  }
}
