// The matrix as a picture: the workshop's title, the plan's matrix and its legend (number →
// model) below it, laid out in points at the width of the picture and drawn on any 2D canvas.
import { fillLabel, type PlanLabels } from '@shared/i18n/plan';
import { AXIS_BELOW, matrixSquare } from '@shared/plan/matrixDrawing';
import type { PlanSpread } from '@shared/plan/types';
import { fitLine, wrapClamped, wrapText } from '@shared/plan/wrapText';
import { drawPictureMarker, drawPictureMatrix, type PictureItem } from './drawPictureMatrix';
import {
  fontOf,
  INK,
  measurer,
  PICTURE_MARGIN,
  PICTURE_WIDTH,
  type PictureFont,
} from './pictureStyle';

export type PictureInput = {
  title: string;
  /** "Organisation · date", or empty. */
  subtitle: string;
  /** Ranked as the plan ranks them, so the numbers are the PDF's. */
  items: readonly (PictureItem & { modelId: string; title: string })[];
  labels: PlanLabels;
};

/** Room left of the square for the y axis, as on the PDF page. */
const AXIS_GUTTER = 34;
const SQUARE_SIZE = matrixSquare(0).size;
const CONTENT = PICTURE_WIDTH - 2 * PICTURE_MARGIN;
const TITLE = { size: 14, lineHeight: 18, maxLines: 3 };
const SUBTITLE = { size: 9.5, lineHeight: 13 };
const HEADING = { size: 13, lineHeight: 18 };
const SMALL = { size: 9, lineHeight: 12.5 };
// The legend's entries as legend.ts sets them.
const RADIUS = 7.5;
const TEXT_INDENT = 2 * RADIUS + 7;
const ENTRY = { size: 9.5, lineHeight: 12.5, gap: 5, maxLines: 3, noteSize: 8.5 };
const COLUMN_GAP = 24;
const COLUMN = (CONTENT - COLUMN_GAP) / 2;

type Entry = { rank: number; lines: string[]; note: string | null; height: number };

export type PictureLayout = {
  /** Height of the whole picture in points. */
  height: number;
  titleLines: string[];
  subtitle: string;
  squareTop: number;
  legendTop: number;
  keyLines: string[];
  columns: [Entry[], Entry[]];
};

function noteOf(spread: PlanSpread | undefined, labels: PlanLabels): string | null {
  if (!spread) return null;
  const { spreadCount, spreadCountSkipped } = labels.voting;
  const template = spread.skipped > 0 ? spreadCountSkipped : spreadCount;
  return fillLabel(template, { n: spread.n, skipped: spread.skipped });
}

/** The two columns whose taller one is shortest, entries kept in rank order. */
function balance(entries: Entry[]): [Entry[], Entry[]] {
  const total = entries.reduce((sum, entry) => sum + entry.height, 0);
  let best = 0;
  let bestTallest = Infinity;
  let prefix = 0;
  for (let split = 0; split <= entries.length; split += 1) {
    const tallest = Math.max(prefix, total - prefix);
    // On a tie the later split wins: the first column is never the shorter one.
    if (tallest <= bestTallest) [best, bestTallest] = [split, tallest];
    prefix += entries[split]?.height ?? 0;
  }
  return [entries.slice(0, best), entries.slice(best)];
}

const columnHeight = (column: readonly Entry[]) => column.reduce((sum, e) => sum + e.height, 0);

/** Where everything goes, measured with the fonts the picture is drawn with. */
export function layoutPicture(
  ctx: CanvasRenderingContext2D,
  input: PictureInput,
  font: PictureFont,
): PictureLayout {
  const { labels } = input;
  const titleLines = wrapClamped(
    input.title,
    measurer(ctx, font, TITLE.size, true),
    CONTENT,
    TITLE.maxLines,
  );
  const subtitle = fitLine(input.subtitle, measurer(ctx, font, SUBTITLE.size), CONTENT);
  let y = PICTURE_MARGIN + titleLines.length * TITLE.lineHeight;
  if (subtitle) y += SUBTITLE.lineHeight;
  const squareTop = y + 16;
  const legendTop = squareTop + SQUARE_SIZE + AXIS_BELOW + 20;

  const measureEntry = measurer(ctx, font, ENTRY.size);
  const measureNote = measurer(ctx, font, ENTRY.noteSize);
  const entries = input.items.map((item): Entry => {
    const lines = wrapClamped(item.title, measureEntry, COLUMN - TEXT_INDENT, ENTRY.maxLines);
    const raw = noteOf(item.spread, labels);
    const note = raw ? fitLine(raw, measureNote, COLUMN - TEXT_INDENT) : null;
    const rows = lines.length + (note ? 1 : 0);
    const height = Math.max(rows * ENTRY.lineHeight, 2 * RADIUS) + ENTRY.gap;
    return { rank: item.rank, lines, note, height };
  });
  const withSpread = input.items.some((item) => item.spread);
  const keyLines = withSpread
    ? wrapText(labels.voting.spreadKey, measurer(ctx, font, SMALL.size), CONTENT - TEXT_INDENT)
    : [];
  const columns = balance(entries);
  const legendHeight =
    HEADING.lineHeight +
    SMALL.lineHeight / 2 +
    (keyLines.length ? keyLines.length * SMALL.lineHeight + SMALL.lineHeight / 2 : 0) +
    (entries.length
      ? Math.max(columnHeight(columns[0]), columnHeight(columns[1]))
      : HEADING.lineHeight);
  const height = Math.ceil(legendTop + legendHeight + PICTURE_MARGIN);
  return { height, titleLines, subtitle, squareTop, legendTop, keyLines, columns };
}

function text(
  ctx: CanvasRenderingContext2D,
  value: string,
  x: number,
  baseline: number,
  style: { font: string; color: string },
) {
  ctx.font = style.font;
  ctx.fillStyle = style.color;
  ctx.fillText(value, x, baseline);
}

/** The legend's entries, a marker and the model's title each, in two columns. */
function drawEntries(
  ctx: CanvasRenderingContext2D,
  layout: PictureLayout,
  font: PictureFont,
  top: number,
) {
  layout.columns.forEach((column, index) => {
    const left = PICTURE_MARGIN + index * (COLUMN + COLUMN_GAP);
    let y = top;
    for (const entry of column) {
      drawPictureMarker(ctx, font, { x: left + RADIUS, y: y + RADIUS }, entry.rank, RADIUS);
      const first = y + RADIUS + ENTRY.size * 0.36;
      entry.lines.forEach((line, i) =>
        text(ctx, line, left + TEXT_INDENT, first + i * ENTRY.lineHeight, {
          font: fontOf(font, ENTRY.size),
          color: INK.text,
        }),
      );
      if (entry.note) {
        text(ctx, entry.note, left + TEXT_INDENT, first + entry.lines.length * ENTRY.lineHeight, {
          font: fontOf(font, ENTRY.noteSize),
          color: INK.muted,
        });
      }
      y += entry.height;
    }
  });
}

/**
 * Draws the picture on `ctx`, which is scaled so that one unit is one point and is
 * `PICTURE_WIDTH` × `layout.height` points large.
 */
export function drawMatrixPicture(
  ctx: CanvasRenderingContext2D,
  input: PictureInput,
  layout: PictureLayout,
  font: PictureFont,
): void {
  ctx.fillStyle = INK.white;
  ctx.fillRect(0, 0, PICTURE_WIDTH, layout.height);
  ctx.textBaseline = 'alphabetic';
  let y = PICTURE_MARGIN;
  for (const line of layout.titleLines) {
    y += TITLE.lineHeight;
    text(ctx, line, PICTURE_MARGIN, y - 4, {
      font: fontOf(font, TITLE.size, true),
      color: INK.text,
    });
  }
  if (layout.subtitle) {
    y += SUBTITLE.lineHeight;
    text(ctx, layout.subtitle, PICTURE_MARGIN, y - 3, {
      font: fontOf(font, SUBTITLE.size),
      color: INK.muted,
    });
  }

  const x = PICTURE_MARGIN + (CONTENT - AXIS_GUTTER - SQUARE_SIZE) / 2 + AXIS_GUTTER;
  const frame = { square: { x, y: 0, size: SQUARE_SIZE }, top: layout.squareTop };
  drawPictureMatrix(ctx, frame, input.items, font, input.labels);

  const heading = input.items.length ? input.labels.legendHeading : input.labels.noModels;
  y = layout.legendTop + HEADING.lineHeight - 4;
  text(ctx, heading, PICTURE_MARGIN, y, {
    font: fontOf(font, HEADING.size, true),
    color: INK.text,
  });
  y += SMALL.lineHeight / 2;
  if (layout.keyLines.length) {
    // A small box drawn like the spreads on the matrix, beside the words that explain them.
    const box = [PICTURE_MARGIN + 1, y + 4, 2 * RADIUS - 2, SMALL.size - 1.5] as const;
    ctx.fillStyle = INK.keyFill;
    ctx.fillRect(...box);
    ctx.strokeStyle = INK.keyEdge;
    ctx.lineWidth = 0.8;
    ctx.strokeRect(...box);
    layout.keyLines.forEach((line) => {
      y += SMALL.lineHeight;
      text(ctx, line, PICTURE_MARGIN + TEXT_INDENT, y - 3, {
        font: fontOf(font, SMALL.size),
        color: INK.muted,
      });
    });
    y += SMALL.lineHeight / 2;
  }
  drawEntries(ctx, layout, font, y);
}
