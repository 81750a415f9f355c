/** Width of a string in points, as the font will draw it. */
export type Measure = (text: string) => number;

/**
 * Breaks text into lines no wider than `maxWidth`. Each `\n` starts a new line and blank lines
 * are kept (as empty strings), because people use them to structure what they wrote. Runs of
 * spaces collapse to one. A word wider than the line is cut between characters rather than
 * allowed to run past the margin; no hyphen is added, since the word may be a URL or a code.
 */
export function wrapText(text: string, measure: Measure, maxWidth: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    const words = paragraph.split(/\s+/).filter((word) => word.length > 0);
    if (words.length === 0) {
      lines.push('');
      continue;
    }
    let line = '';
    for (const word of words) {
      const candidate = line ? `${line} ${word}` : word;
      if (measure(candidate) <= maxWidth) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      if (measure(word) <= maxWidth) {
        line = word;
        continue;
      }
      const pieces = breakWord(word, measure, maxWidth);
      lines.push(...pieces.slice(0, -1));
      line = pieces[pieces.length - 1] ?? '';
    }
    lines.push(line);
  }
  return lines;
}

/** Cuts an over-long word into pieces that each fit, never splitting a surrogate pair. */
function breakWord(word: string, measure: Measure, maxWidth: number): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const char of word) {
    // A piece always takes at least one character, so even a too-narrow line makes progress.
    if (piece && measure(piece + char) > maxWidth) {
      pieces.push(piece);
      piece = '';
    }
    piece += char;
  }
  if (piece) pieces.push(piece);
  return pieces;
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
): string[] {
  const lines = wrapText(text.replace(/\s*\n\s*/g, ' '), measure, maxWidth);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = kept[maxLines - 1] ?? '';
  kept[maxLines - 1] =
    measure(`${last}…`) <= maxWidth ? `${last}…` : fitLine(`${last}…`, measure, maxWidth);
  return kept;
}
