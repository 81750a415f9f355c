import { graphemes } from '../domain/text';
import type { BreakPoint } from '../text/hyphenation';

/** Width of a string in points, as the font will draw it. */
export type Measure = (text: string) => number;

/** Where a word may break (see `Hyphenator.breakPoints`). */
export type BreakPoints = (word: string) => readonly BreakPoint[];

export type WrapOptions = {
  /** Hyphenation of the text's language; without it long words break between characters. */
  breakPoints?: BreakPoints | undefined;
};

/** Drawn where a word is hyphenated at the end of a line. */
export const HYPHEN = '-';

/**
 * Breaks text into lines no wider than `maxWidth`. Each `\n` starts a new line and blank lines
 * are kept (as empty strings), because people use them to structure what they wrote. Runs of
 * spaces collapse to one. A word wider than the line starts on the line it meets and is broken
 * at its hyphenation points, with a hyphen; where none fits (a URL, a code, a word of no
 * language) it is cut between characters, with no hyphen that could be read as part of it.
 */
export function wrapText(
  text: string,
  measure: Measure,
  maxWidth: number,
  options: WrapOptions = {},
): string[] {
  const lines: string[] = [];
  // A line's width is the sum of its words' and spaces' widths (the plan draws no kerning, and
  // a space ends any shaping context), so each word is measured once, not each line per word.
  const space = measure(' ');
  for (const paragraph of text.split('\n')) {
    const words = paragraph.split(/\s+/).filter((word) => word.length > 0);
    if (words.length === 0) {
      lines.push('');
      continue;
    }
    let line = '';
    let width = 0;
    for (const word of words) {
      const wordWidth = measure(word);
      const candidateWidth = line ? width + space + wordWidth : wordWidth;
      if (candidateWidth <= maxWidth) {
        line = line ? `${line} ${word}` : word;
        width = candidateWidth;
        continue;
      }
      if (wordWidth <= maxWidth) {
        if (line) lines.push(line);
        line = word;
        width = wordWidth;
        continue;
      }
      const points = options.breakPoints?.(word) ?? [];
      const pieces = breakWord(word, points, line, measure, maxWidth);
      lines.push(...pieces.slice(0, -1));
      line = pieces[pieces.length - 1] ?? '';
      width = measure(line);
    }
    lines.push(line);
  }
  return lines;
}

/**
 * Lines for an over-long word, the first one starting with `lead` (what the line already
 * holds). Each line takes the longest piece that fits up to a break point; when no break point
 * fits, the lead goes alone, and on an empty line the word is cut between graphemes, so neither
 * a surrogate pair nor an emoji is split. The last piece is returned unfinished, for the next
 * word to join.
 */
function breakWord(
  word: string,
  points: readonly BreakPoint[],
  lead: string,
  measure: Measure,
  maxWidth: number,
): string[] {
  const lines: string[] = [];
  let prefix = lead ? `${lead} ` : '';
  let start = 0;
  while (start < word.length) {
    const rest = word.slice(start);
    if (measure(prefix + rest) <= maxWidth) return [...lines, prefix + rest];
    let best: BreakPoint | undefined;
    for (const point of points) {
      if (point.index <= start) continue;
      const piece = word.slice(start, point.index) + (point.hyphen ? HYPHEN : '');
      // Pieces only grow with the index: the first that does not fit ends the search.
      if (measure(prefix + piece) > maxWidth) break;
      best = point;
    }
    if (best) {
      lines.push(prefix + word.slice(start, best.index) + (best.hyphen ? HYPHEN : ''));
      start = best.index;
    } else if (prefix) {
      lines.push(lead);
    } else {
      const piece = fittingGraphemes(rest, measure, maxWidth);
      if (piece.length === rest.length) return [...lines, piece];
      lines.push(piece);
      start += piece.length;
    }
    prefix = '';
  }
  return [...lines, ''];
}

/** The longest run of whole graphemes from the start of `text` that fits; at least one. */
function fittingGraphemes(text: string, measure: Measure, maxWidth: number): string {
  let piece = '';
  for (const cluster of graphemes(text)) {
    // A piece always takes at least one grapheme, so even a too-narrow line makes progress.
    if (piece && measure(piece + cluster) > maxWidth) break;
    piece += cluster;
  }
  return piece;
}

/**
 * Shortens a single line to fit `maxWidth`, ending it with an ellipsis. Used where a text is
 * repeated and the full version is printed elsewhere (footers, legend).
 */
export function fitLine(text: string, measure: Measure, maxWidth: number): string {
  if (measure(text) <= maxWidth) return text;
  const chars = Array.from(text);
  let low = 0;
  let high = chars.length;
  // Binary search: the footer repeats the title on every page, and titles can be long.
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (measure(`${chars.slice(0, mid).join('').trimEnd()}…`) <= maxWidth) low = mid;
    else high = mid - 1;
  }
  return `${chars.slice(0, low).join('').trimEnd()}…`;
}

/**
 * Wraps and keeps at most `maxLines` lines; the last kept line ends with an ellipsis when text
 * was cut.
 */
export function wrapClamped(
  text: string,
  measure: Measure,
  maxWidth: number,
  maxLines: number,
  options: WrapOptions = {},
): string[] {
  const lines = wrapText(text.replace(/\s*\n\s*/g, ' '), measure, maxWidth, options);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  // "Kommunika…" rather than "Kommunika-…": the ellipsis already says the word goes on.
  const last = (kept[maxLines - 1] ?? '').replace(/-$/, '');
  kept[maxLines - 1] =
    measure(`${last}…`) <= maxWidth ? `${last}…` : fitLine(`${last}…`, measure, maxWidth);
  return kept;
}
