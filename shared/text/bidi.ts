import bidiFactory, { type Bidi, type BidiCharTypeName } from 'bidi-js';
import { graphemes } from '../domain/text';

// The Unicode bidirectional algorithm (UAX #9) for text that is drawn rather than shown by a
// browser: the PDF places glyphs left to right as it is told, so mixed Swedish and Arabic or
// Hebrew text has to be put into visual order line by line before it is drawn.

export type Direction = 'ltr' | 'rtl';

/**
 * A stretch of one line at one embedding level, in logical (typed) order. A right-to-left run
 * reads from right to left and has its mirrored characters already swapped: "(" is drawn as ")".
 */
export type BidiRun = { text: string; rtl: boolean };

let engine: Bidi | undefined;

/** Built on first use: the factory parses its Unicode tables, which plain Latin text never needs. */
function bidi(): Bidi {
  engine ??= bidiFactory();
  return engine;
}

// Every character of class R, AL or AN, and every control that starts right-to-left text,
// lies in these ranges: text without them is one left-to-right run, no algorithm needed.
const MAY_BE_RTL =
  /[\u0590-\u08FF\u200F\u202B\u202E\u2067\u2068\uFB1D-\uFDFF\uFE70-\uFEFF\u{10800}-\u{10FFF}\u{1E800}-\u{1EFFF}]/u;

/**
 * The direction of a paragraph, from its first strong character, as browsers decide it for
 * `dir="auto"` (UAX #9 rules P2–P3; text inside isolates is skipped). Left to right when the
 * text has no strong character at all, since the document around it is.
 */
export function paragraphDirection(text: string): Direction {
  if (!MAY_BE_RTL.test(text)) return 'ltr';
  let isolates = 0;
  for (const char of text) {
    const type = bidi().getBidiCharTypeName(char);
    if (type === 'LRI' || type === 'RLI' || type === 'FSI') isolates += 1;
    else if (type === 'PDI') isolates = Math.max(0, isolates - 1);
    else if (isolates > 0) continue;
    else if (type === 'L') return 'ltr';
    else if (type === 'R' || type === 'AL') return 'rtl';
  }
  return 'ltr';
}

/** Classes that take the paragraph's level at the end of a line (rule L1). */
const TRAILING: ReadonlySet<BidiCharTypeName> = new Set([
  'WS',
  'S',
  'B',
  'BN',
  'LRI',
  'RLI',
  'FSI',
  'PDI',
]);

/** A character outside the BMP can only be of these classes; one BMP character stands in for each. */
const STAND_IN: Partial<Record<BidiCharTypeName, string>> = {
  L: 'a',
  R: '\u05D0',
  AL: '\u0627',
  EN: '0',
  AN: '\u0660',
  NSM: '\u0300',
  BN: '\u00AD',
  ET: '#',
};

/**
 * bidi-js classifies each UTF-16 unit on its own, so both halves of an emoji or of a
 * supplementary letter would count as left-to-right letters. Both halves are replaced by a BMP
 * character of the pair's real class, which keeps indexes unchanged and a pair at one level.
 */
function withStandIns(text: string): string {
  if (!/[\uD800-\uDFFF]/.test(text)) return text;
  let out = '';
  for (const char of text) {
    if (char.length === 1) {
      out += char;
      continue;
    }
    const standIn = STAND_IN[bidi().getBidiCharTypeName(char)] ?? '!';
    out += standIn + standIn;
  }
  return out;
}

type LevelRun = { start: number; end: number; level: number };

function levelRuns(levels: Uint8Array): LevelRun[] {
  const runs: LevelRun[] = [];
  levels.forEach((level, index) => {
    const last = runs[runs.length - 1];
    if (last && last.level === level) last.end = index + 1;
    else runs.push({ start: index, end: index + 1, level });
  });
  return runs;
}

/** Rule L2: from the highest level down to the lowest odd one, reverse every sequence at or above it. */
function reorder(runs: LevelRun[]): LevelRun[] {
  const highest = runs.reduce((max, run) => Math.max(max, run.level), 0);
  const lowestOdd = runs.reduce((min, run) => Math.min(min, run.level), highest) | 1;
  let order = runs;
  for (let level = highest; level >= lowestOdd; level -= 1) {
    const next: LevelRun[] = [];
    let sequence: LevelRun[] = [];
    for (const run of order) {
      if (run.level >= level) {
        sequence.push(run);
        continue;
      }
      next.push(...sequence.reverse(), run);
      sequence = [];
    }
    next.push(...sequence.reverse());
    order = next;
  }
  return order;
}

function mirrored(text: string): string {
  let out = '';
  for (const char of text) out += bidi().getMirroredCharacter(char) ?? char;
  return out;
}

/**
 * One line of a paragraph as runs in visual order, left to right. `direction` is the
 * paragraph's (see `paragraphDirection`): a line of a right-to-left paragraph that happens to
 * start with a Latin word must still be laid out right to left. Wrap first, then reorder each
 * line: wrapping works on the order the text was typed in.
 */
export function bidiRuns(line: string, direction: Direction = paragraphDirection(line)): BidiRun[] {
  if (line === '') return [];
  if (direction === 'ltr' && !MAY_BE_RTL.test(line)) return [{ text: line, rtl: false }];
  const units = withStandIns(line);
  const levels = bidi().getEmbeddingLevels(units, direction).levels;
  const base = direction === 'rtl' ? 1 : 0;
  for (
    let i = units.length - 1;
    i >= 0 && TRAILING.has(bidi().getBidiCharTypeName(units[i] ?? ''));
    i--
  ) {
    levels[i] = base;
  }
  return reorder(levelRuns(levels)).map(({ start, end, level }) => {
    const rtl = level % 2 === 1;
    const text = line.slice(start, end);
    return { text: rtl ? mirrored(text) : text, rtl };
  });
}

/** `text` with its user-perceived characters in reverse order; a letter keeps its accents. */
export function reverseGraphemes(text: string): string {
  return Array.from(graphemes(text)).reverse().join('');
}

/**
 * The line as it appears from left to right: right-to-left runs reversed (by whole characters)
 * with mirrored brackets, left-to-right runs and numbers as typed.
 */
export function visualOrder(line: string, direction?: Direction): string {
  return bidiRuns(line, direction)
    .map((run) => (run.rtl ? reverseGraphemes(run.text) : run.text))
    .join('');
}
