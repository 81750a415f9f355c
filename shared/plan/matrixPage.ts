import type { Ranked } from '../domain/ranking';
import type { PlanLabels } from '../i18n/plan';
import type { PlanItem } from './types';
import { drawLegend } from './legend';
import { AXIS_BELOW, drawMatrix, matrixSquare } from './matrixDrawing';
import type { TextFlow } from './textFlow';
import type { PlanFontSet, PlanStyles } from './theme';

/**
 * The matrix page: heading, the matrix with every model as a numbered marker, then the legend
 * (or, for an empty plan, a note that nothing has been placed yet).
 */
export function drawMatrixPage(
  flow: TextFlow,
  ranked: readonly Ranked<PlanItem>[],
  fonts: PlanFontSet,
  style: PlanStyles,
  labels: PlanLabels,
): void {
  flow.newPage();
  flow.paragraph(labels.matrixHeading, style.pageHeading);
  if (ranked.length > 0) flow.paragraph(labels.matrixIntro, style.small);
  flow.space(18);

  const square = matrixSquare(flow.y);
  drawMatrix(flow.page, square, ranked, fonts, labels);
  flow.y = square.y - AXIS_BELOW;
  flow.space(20);

  if (ranked.length === 0) {
    flow.paragraph(labels.noModels, style.sectionHeading);
    flow.paragraph(labels.noModelsHint, style.body);
    return;
  }
  drawLegend(flow, ranked, fonts, style, labels);
}
