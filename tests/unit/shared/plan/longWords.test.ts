import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, type PDFFont } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildPlanPdf } from '../../../../shared/plan/buildPlanPdf';
import { BODY } from '../../../../shared/plan/theme';
import { HYPHEN, wrapText, type Measure } from '../../../../shared/plan/wrapText';
import { loadHyphenator, type Hyphenator } from '../../../../shared/text/hyphenation';
import { loadFonts, NOW, readPdf, swedishPlan, SWEDISH_ITEMS, type ReadPdf } from './fixtures';

const COMPOUND = 'Energieffektiviseringsstödsmottagarorganisationerna';

let sv: Hyphenator;
let font: PDFFont;
let measure: Measure;
let pdf: ReadPdf;

/** Where the lines of a wrapped word break, as offsets into the word, hyphens left out. */
function breaksOf(lines: readonly string[]): number[] {
  const breaks: number[] = [];
  let at = 0;
  for (const line of lines.slice(0, -1)) {
    at += line.endsWith(HYPHEN) ? line.length - 1 : line.length;
    breaks.push(at);
  }
  return breaks;
}

beforeAll(async () => {
  const hyphenator = await loadHyphenator('sv');
  if (!hyphenator) throw new Error('Swedish patterns did not load');
  sv = hyphenator;
  const fonts = loadFonts();
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  font = await doc.embedFont(fonts.regular, { subset: true });
  measure = (text) => font.widthOfTextAtSize(text, 10);
  const [first, ...rest] = SWEDISH_ITEMS;
  if (!first) throw new Error('fixture without items');
  const input = swedishPlan({
    title: `${COMPOUND} i Malmö`,
    items: [{ ...first, title: `Stöd till ${COMPOUND}` }, ...rest],
  });
  pdf = await readPdf(await buildPlanPdf(input, fonts, { now: NOW }));
});

describe('a word wider than the line', () => {
  it('breaks at a hyphenation point, with a hyphen', () => {
    const width = measure(COMPOUND) / 2.5;
    const lines = wrapText(COMPOUND, measure, width, { breakPoints: sv.breakPoints });
    expect(lines.length).toBeGreaterThanOrEqual(3);
    const points = sv.breakPoints(COMPOUND).map((point) => point.index);
    for (const line of lines.slice(0, -1)) expect(line.endsWith(HYPHEN)).toBe(true);
    for (const at of breaksOf(lines)) expect(points).toContain(at);
    for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(width);
    expect(lines.map((line) => line.replace(/-$/, '')).join('')).toBe(COMPOUND);
  });

  it('starts on the line it meets when a hyphenated piece fits there', () => {
    const width = measure(`Stöd till ${COMPOUND}`) * 0.6;
    const lines = wrapText(`Stöd till ${COMPOUND} nu`, measure, width, {
      breakPoints: sv.breakPoints,
    });
    expect(lines[0]).toMatch(/^Stöd till Ener.*-$/);
    expect(lines[lines.length - 1]).toMatch(/ nu$/);
  });

  it('is cut between characters, without a hyphen, when no hyphenation point fits', () => {
    const url = 'https://energieffektivisering.example.se/kommunikationskampanjer';
    const width = measure(url) / 3;
    const lines = wrapText(url, measure, width, { breakPoints: sv.breakPoints });
    expect(lines.length).toBeGreaterThanOrEqual(3);
    expect(lines.join('')).toBe(url);
    // "Ener-" is the first pattern piece and is wider than this line: the line takes "Ene".
    const word = 'Energieffektivisering';
    const narrow = wrapText(word, measure, measure('Ene'), { breakPoints: sv.breakPoints });
    expect(narrow[0]).toBe('Ene');
    expect(narrow.map((line) => line.replace(/-$/, '')).join('')).toBe(word);
  });

  it('never splits an emoji or a surrogate pair', () => {
    const word = `${'🌍'.repeat(4)}Kommunikationskampanjer${'👨‍👩‍👧'.repeat(3)}`;
    const lines = wrapText(word, measure, measure('Kommunika'), { breakPoints: sv.breakPoints });
    expect(lines.map((line) => line.replace(/-$/, '')).join('')).toBe(word);
    for (const line of lines) {
      expect(line).not.toMatch(/^[\uDC00-\uDFFF\u200D]/);
      expect(line).not.toMatch(/[\uD800-\uDBFF\u200D]-?$/);
    }
  });
});

describe('long words in the plan', () => {
  it('hyphenates a cover title wider than the page at pattern points, inside the margins', () => {
    const cover = pdf.pages[0]?.items ?? [];
    const hyphenated = cover.filter((item) => item.str.endsWith('-'));
    expect(hyphenated.length).toBeGreaterThanOrEqual(1);
    const points = sv.breakPoints(COMPOUND).map((point) => point.index);
    let at = 0;
    for (const item of hyphenated) {
      at += item.str.length - 1;
      expect(points).toContain(at);
      expect((item.transform[4] ?? 0) + item.width).toBeLessThanOrEqual(BODY.right + 1);
    }
    const joined = cover.map((item) => item.str.replace(/-$/, '')).join('');
    expect(joined).toContain(`${COMPOUND} i Malmö`);
  });

  it('hyphenates the long title in the narrow legend column too', () => {
    const legend = pdf.pages[1]?.items.map((item) => item.str) ?? [];
    const start = legend.findIndex((str) => str.startsWith('Stöd till'));
    expect(start).toBeGreaterThanOrEqual(0);
    expect(legend[start]).toMatch(/-$/);
    expect(
      legend
        .slice(start, start + 3)
        .map((str) => str.replace(/-$/, ''))
        .join(''),
    ).toContain(`Stöd till ${COMPOUND.slice(0, 30)}`);
  });
});
