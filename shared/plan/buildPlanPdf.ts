import { PDFDocument } from 'pdf-lib';
import { clampPosition } from '../domain/matrix';
import { rankPlacements } from '../domain/ranking';
import { formatLocalDate } from '../i18n/dates';
import { PLAN_LABELS } from '../i18n/plan';
import { cachedFontkit } from '../text/fontCache';
import { loadHyphenator } from '../text/hyphenation';
import { drawCover } from './cover';
import { drawFooters } from './footer';
import { drawMatrixPage } from './matrixPage';
import { setPlanMetadata } from './metadata';
import { drawMethod } from './methodSection';
import { drawModelSections } from './modelSections';
import { Pacer, type Progress } from './pacing';
import { TextFlow } from './textFlow';
import { BODY, styles } from './theme';
import type { PlanFonts, PlanInput } from './types';

export type BuildPlanOptions = {
  /** The moment of export: creation date in the metadata and on the cover. */
  now?: Date;
  /**
   * Embed only the glyphs used (default). Full embedding exists so a test can prove the
   * subset renders exactly like the whole font (TOOLCHAIN.md: some fonts subset into garbage).
   */
  subsetFonts?: boolean;
  /**
   * Told how far the build is (0..1, increasing). The build yields to the event loop every few
   * milliseconds (between models and sections) either way, so the page stays responsive.
   */
  onProgress?: Progress;
};

// Shares of the build's time, measured on the 25-model plan: the models dominate, saving
// (subsetting the fonts, writing the file) is one step that cannot be split.
const PROGRESS = { fonts: 0.05, cover: 0.1, matrix: 0.2, models: 0.85, method: 0.88 } as const;

/**
 * Builds the action plan as an A4 PDF: cover, the matrix with a numbered legend (and, where
 * participants voted, each model's spread and n), then the models quadrant by quadrant in rank
 * order, a method note when there was voting, and page footers. Any text is accepted: glyphs
 * the font lacks are replaced visibly, long text wraps onto as many pages as it needs (long
 * words hyphenated in the plan's language), and mixed-direction lines are drawn in visual order.
 */
export async function buildPlanPdf(
  input: PlanInput,
  fonts: PlanFonts,
  options: BuildPlanOptions = {},
): Promise<Uint8Array> {
  const now = options.now ?? new Date();
  const subset = options.subsetFonts ?? true;
  const labels = PLAN_LABELS[input.locale] ?? PLAN_LABELS.sv;

  const pacer = new Pacer(options.onProgress);
  await pacer.step(0);
  const doc = await PDFDocument.create();
  doc.registerFontkit(cachedFontkit);
  const fontSet = {
    regular: await doc.embedFont(fonts.regular, { subset }),
    bold: await doc.embedFont(fonts.bold, { subset }),
  };
  const style = styles(fontSet);
  setPlanMetadata(doc, input, labels, now);

  // Positions come from stored data; clamping keeps NaN or out-of-range values on the matrix.
  const ranked = rankPlacements(
    input.items.map((item) => ({ ...item, position: clampPosition(item.position) })),
  );
  // Patterns load before layout, so a word wider than a column breaks at a hyphenation point;
  // if they cannot be loaded, the plan is still made and such words are cut between letters.
  const hyphenator = await loadHyphenator(input.locale);
  await pacer.step(PROGRESS.fonts);
  const flow = new TextFlow(doc, BODY, hyphenator ?? undefined);
  drawCover(flow, input, ranked, fontSet, style, labels, formatLocalDate(now, input.locale));
  await pacer.step(PROGRESS.cover);
  drawMatrixPage(flow, ranked, fontSet, style, labels);
  await pacer.step(PROGRESS.matrix);
  const perModel = (PROGRESS.models - PROGRESS.matrix) / Math.max(1, ranked.length);
  await drawModelSections(flow, ranked, style, labels, (drawn) =>
    pacer.step(PROGRESS.matrix + drawn * perModel),
  );
  if (input.method) drawMethod(flow, input.method, ranked, style, labels);
  drawFooters(flow.pages, input.title, fontSet, labels);
  await pacer.step(PROGRESS.method);
  // pdf-lib waits for a timer every 50 objects while writing (objectsPerTick), and browsers
  // hold nested timers back 4 ms each: most of a save was spent waiting. Writing is one step
  // of a few milliseconds; the drawing before it is what is sliced.
  const bytes = await doc.save({ objectsPerTick: Number.POSITIVE_INFINITY });
  options.onProgress?.(1);
  return bytes;
}
