import { fillLabel, type PlanLabels } from '../i18n/plan';
import { paragraphDirection, type Direction } from '../text/bidi';
import { drawLine, lineWidth } from '../text/drawLine';
import { drawMarker } from './matrixDrawing';
import { safeLine } from './safeText';
import type { TextFlow } from './textFlow';
import { COLOR, type PlanFontSet, type PlanStyles } from './theme';
import type { PlanSpread } from './types';
import { fitLine, wrapClamped } from './wrapText';

const COLUMN_GAP = 24;
const RADIUS = 7.5;
const TEXT_INDENT = 2 * RADIUS + 7;
const ENTRY_GAP = 5;
/** The full title follows in the model sections; the legend only has to identify the model. */
const MAX_LINES = 3;

/** How many answered, under the title: the spread's n and the "don't know" answers. */
const NOTE_SIZE = 8.5;

type Entry = {
  rank: number;
  lines: string[];
  /** The title's, for every line of it. */
  direction: Direction;
  note: string | null;
  height: number;
};

function noteText(spread: PlanSpread | undefined, labels: PlanLabels): string | null {
  if (!spread) return null;
  const { spreadCount, spreadCountSkipped } = labels.voting;
  return fillLabel(spread.skipped > 0 ? spreadCountSkipped : spreadCount, {
    n: spread.n,
    skipped: spread.skipped,
  });
}

/** Explains the spread boxes and n, next to a small box drawn like the boxes on the matrix. */
function drawKey(flow: TextFlow, style: PlanStyles, text: string): void {
  flow.ensure(flow.wrap(text, style.small, flow.width).length * style.small.lineHeight);
  flow.page.drawRectangle({
    x: flow.frame.left + 1,
    y: flow.y - style.small.size + 0.5,
    width: 2 * RADIUS - 2,
    height: style.small.size - 1.5,
    color: COLOR.marker,
    opacity: 0.1,
    borderColor: COLOR.marker,
    borderOpacity: 0.55,
    borderWidth: 0.8,
  });
  flow.paragraph(text, style.small, { indent: TEXT_INDENT });
}

/** How many entries from the start fit one after another into `limit` points. */
function fitCount(entries: readonly Entry[], from: number, limit: number): number {
  let used = 0;
  let count = 0;
  for (const entry of entries.slice(from)) {
    if (used + entry.height > limit) break;
    used += entry.height;
    count += 1;
  }
  return count;
}

/**
 * Splits entries into the two columns of one page: when all of them fit, the split that makes
 * the columns most even; otherwise the first column is filled, then the second.
 */
function takeColumns(entries: readonly Entry[], available: number): [Entry[], Entry[]] {
  const heights = entries.map((entry) => entry.height);
  const total = heights.reduce((sum, height) => sum + height, 0);
  if (total <= 2 * available) {
    let best = -1;
    let bestTallest = Infinity;
    let prefix = 0;
    for (let split = 0; split <= entries.length; split += 1) {
      const tallest = Math.max(prefix, total - prefix);
      if (tallest <= available && tallest <= bestTallest) {
        best = split;
        bestTallest = tallest;
      }
      prefix += heights[split] ?? 0;
    }
    if (best >= 0) return [entries.slice(0, best), entries.slice(best)];
  }
  const first = fitCount(entries, 0, available);
  const second = fitCount(entries, first, available);
  return [entries.slice(0, first), entries.slice(first, first + second)];
}

/**
 * The legend under the matrix: number → model title, in two columns, continuing on new pages
 * (with a "continued" heading) when the plan has many models.
 */
export function drawLegend(
  flow: TextFlow,
  items: readonly { rank: number; title: string; spread?: PlanSpread }[],
  fonts: PlanFontSet,
  style: PlanStyles,
  labels: PlanLabels,
): void {
  const text = style.small.lineHeight;
  const textStyle = { ...style.body, size: 9.5, lineHeight: 12.5 };
  const columnWidth = (flow.width - COLUMN_GAP) / 2;
  const measure = (value: string) => lineWidth(value, fonts.regular, textStyle.size);
  const breakPoints = flow.hyphenator?.breakPoints;
  let pending: Entry[] = items.map((item) => {
    const title = safeLine(item.title, fonts.regular);
    const lines = wrapClamped(title, measure, columnWidth - TEXT_INDENT, MAX_LINES, {
      breakPoints,
    });
    const raw = noteText(item.spread, labels);
    const note = raw
      ? fitLine(
          safeLine(raw, fonts.regular),
          (value) => lineWidth(value, fonts.regular, NOTE_SIZE),
          columnWidth - TEXT_INDENT,
        )
      : null;
    const rows = lines.length + (note ? 1 : 0);
    const height = Math.max(rows * textStyle.lineHeight, 2 * RADIUS) + ENTRY_GAP;
    return { rank: item.rank, lines, direction: paragraphDirection(title), note, height };
  });
  const withSpread = items.some((item) => item.spread);

  const heading = (suffix: string) => {
    flow.paragraph(`${labels.legendHeading}${suffix}`, style.sectionHeading);
    flow.space(text / 2);
  };
  // The heading never stands alone: it moves to the next page unless its first entry fits too.
  const keyHeight = withSpread ? 3 * text : 0;
  flow.ensure(style.sectionHeading.lineHeight + text / 2 + keyHeight + (pending[0]?.height ?? 0));
  heading('');
  if (withSpread) {
    drawKey(flow, style, labels.voting.spreadKey);
    flow.space(text / 2);
  }
  while (pending.length > 0) {
    const available = flow.y - flow.frame.bottom;
    const columns = takeColumns(pending, available);
    const placed = columns[0].length + columns[1].length;
    if (placed === 0) {
      flow.newPage();
      heading(` ${labels.continued}`);
      continue;
    }
    const top = flow.y;
    let lowest = top;
    columns.forEach((column, columnIndex) => {
      let y = top;
      const left = flow.frame.left + columnIndex * (columnWidth + COLUMN_GAP);
      for (const entry of column) {
        drawMarker(flow.page, left + RADIUS, y - RADIUS, entry.rank, fonts, RADIUS);
        entry.lines.forEach((line, lineIndex) => {
          drawLine(flow.page, line, {
            x: left + TEXT_INDENT,
            // Centre a one-line title on its marker; longer titles start level with it.
            y: y - RADIUS - textStyle.size * 0.36 - lineIndex * textStyle.lineHeight,
            size: textStyle.size,
            font: textStyle.font,
            color: COLOR.text,
            direction: entry.direction,
          });
        });
        if (entry.note) {
          drawLine(flow.page, entry.note, {
            x: left + TEXT_INDENT,
            y: y - RADIUS - textStyle.size * 0.36 - entry.lines.length * textStyle.lineHeight,
            size: NOTE_SIZE,
            font: fonts.regular,
            color: COLOR.muted,
          });
        }
        y -= entry.height;
      }
      lowest = Math.min(lowest, y);
    });
    pending = pending.slice(placed);
    flow.y = lowest;
    if (pending.length > 0) {
      flow.newPage();
      heading(` ${labels.continued}`);
    }
  }
}
