// CSV for spreadsheets: the placements and the participants' votes of one workshop. Excel reads
// a CSV with the separator and decimal mark of the system's region, so a Swedish or Finnish
// Excel needs `;` and a decimal comma, an English one `,` and a point; the byte order mark makes
// Excel read UTF-8 (å, ä, ö) instead of the local code page. LibreOffice reads either.
import type { Position } from '../domain/matrix';

/** How numbers and fields are written for one spreadsheet region. */
export type CsvDialect = { separator: ';' | ','; decimal: ',' | '.' };

/** A cell: text from users or the catalogue, or a number written in the dialect. */
export type CsvCell = string | number;

const BOM = '\uFEFF';
/** RFC 4180 ends every record with CR LF. */
const NEWLINE = '\r\n';
/** A cell starting with one of these is a formula to Excel or LibreOffice (CWE-1236). */
const FORMULA_START = /^[=+\-@\t\r]/;
/** Two decimals of a percentage: 0.0001 of the matrix, finer than any drag. */
const PERCENT_DIGITS = 2;

/** The dialect a spreadsheet in `locale` expects: Nordic regions use `;` and a decimal comma. */
export function csvDialect(locale: string): CsvDialect {
  return /^(sv|fi)\b/i.test(locale)
    ? { separator: ';', decimal: ',' }
    : { separator: ',', decimal: '.' };
}

/**
 * One text field: a leading apostrophe where the text would start a formula (so `=HYPERLINK(…)`
 * typed as a name stays text), then quoted per RFC 4180 when it holds the separator, a quote or
 * a line break, with quotes doubled.
 */
export function csvText(text: string, dialect: CsvDialect): string {
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  const needsQuotes =
    safe.includes(dialect.separator) || /["\r\n]/.test(safe) || safe !== safe.trim();
  return needsQuotes ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** A number with at most `digits` decimals, no trailing zeros, in the dialect's decimal mark. */
export function csvNumber(value: number, dialect: CsvDialect, digits = PERCENT_DIGITS): string {
  if (!Number.isFinite(value)) return '';
  const factor = 10 ** digits;
  const rounded = Math.round(value * factor) / factor;
  // `+ 0` turns -0 into 0: a spreadsheet would show "-0".
  const text = String(rounded + 0);
  return dialect.decimal === ',' ? text.replace('.', ',') : text;
}

/**
 * A whole CSV document: the byte order mark, a header row, then one row per record, every row
 * ending in CR LF. Numbers are written by `csvNumber`, so they are never quoted or neutralised.
 */
export function csvDocument(
  header: readonly string[],
  rows: readonly (readonly CsvCell[])[],
  dialect: CsvDialect,
): string {
  const line = (cells: readonly CsvCell[]) =>
    cells
      .map((cell) => (typeof cell === 'number' ? csvNumber(cell, dialect) : csvText(cell, dialect)))
      .join(dialect.separator);
  return BOM + [header, ...rows].map((cells) => line(cells) + NEWLINE).join('');
}

/** A matrix coordinate (0..1) as the percentage the CSV shows (0–100). */
const percent = (value: number) => value * 100;

/** One agreed placement, resolved to words in the export's language. */
export type PlacementCsvRow = {
  model: string;
  category: string;
  quadrant: string;
  position: Position;
};

export type PlacementCsvHeader = Record<'model' | 'category' | 'quadrant' | 'x' | 'y', string>;

/** The group's placements: model, category, quadrant, resources (x) and impact (y), 0–100. */
export function placementsCsv(
  rows: readonly PlacementCsvRow[],
  header: PlacementCsvHeader,
  dialect: CsvDialect,
): string {
  return csvDocument(
    [header.model, header.category, header.quadrant, header.x, header.y],
    rows.map((row) => [
      row.model,
      row.category,
      row.quadrant,
      percent(row.position.x),
      percent(row.position.y),
    ]),
    dialect,
  );
}

/** One participant's answer for one model in one round, resolved to words. */
export type VoteCsvRow = {
  round: number;
  /** The participant's name, or "Participant n" where the workshop is anonymous. */
  participant: string;
  group: string;
  model: string;
  value: Position | 'skip';
};

export type VoteCsvHeader = Record<'round' | 'participant' | 'group' | 'model' | 'x' | 'y', string>;

/**
 * The participants' votes. A "don't know" answer has the word `skip` (in the export's
 * language) in both coordinates: spreadsheets' MEDIAN and QUARTILE.INC skip text, so
 * recomputing the pool from this file leaves these answers out, as the app does.
 */
export function votesCsv(
  rows: readonly VoteCsvRow[],
  header: VoteCsvHeader,
  skip: string,
  dialect: CsvDialect,
): string {
  return csvDocument(
    [header.round, header.participant, header.group, header.model, header.x, header.y],
    rows.map((row) => [
      row.round,
      row.participant,
      row.group,
      row.model,
      row.value === 'skip' ? skip : percent(row.value.x),
      row.value === 'skip' ? skip : percent(row.value.y),
    ]),
    dialect,
  );
}
