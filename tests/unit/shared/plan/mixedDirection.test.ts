import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { buildPlanPdf } from '../../../../shared/plan/buildPlanPdf';
import { BODY } from '../../../../shared/plan/theme';
import { drawLine, fontkitReverses, lineWidth } from '../../../../shared/text/drawLine';
import { loadFonts, NOW, readPdf, swedishPlan, type ReadPdf } from './fixtures';

const ORGANISATION = 'بلدية مالمو kommun';
const ARABIC = 'بلدية مالمو';
const HEBREW_RISK = 'שלום (עולם) מחיר 123 ש״ח';

let pdf: ReadPdf;
let font: PDFFont;
let page: PDFPage;

beforeAll(async () => {
  const fonts = loadFonts();
  const [first, ...rest] = swedishPlan().items;
  if (!first) throw new Error('fixture without items');
  const items = [{ ...first, risks: [HEBREW_RISK] }, ...rest];
  const bytes = await buildPlanPdf(swedishPlan({ organisation: ORGANISATION, items }), fonts, {
    now: NOW,
  });
  pdf = await readPdf(bytes);
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  font = await doc.embedFont(fonts.regular, { subset: true });
  page = doc.addPage();
});

describe('mixed-direction text in the plan', () => {
  it('prints a mixed organisation name with the Latin word intact', () => {
    const cover = pdf.pages[0]?.text ?? '';
    expect(cover).toContain('kommun');
    expect(cover).not.toContain('nummok');
    expect(cover).toContain(ARABIC);
  });

  it('starts a right-to-left paragraph at the right edge of the page', () => {
    const items = pdf.pages[0]?.items.filter((item) => /kommun|[\u0600-\u06FF]/.test(item.str));
    expect(items?.length).toBeGreaterThan(0);
    const right = Math.max(...(items ?? []).map((item) => (item.transform[4] ?? 0) + item.width));
    expect(right).toBeCloseTo(BODY.right, 0);
  });

  it('keeps the metadata in typed order: viewers lay it out themselves', () => {
    expect(pdf.info.Author).toBe(ORGANISATION);
  });

  it('prints right-to-left text with numbers and brackets in the model sections', () => {
    const all = pdf.pages.map((entry) => entry.text).join(' ');
    expect(all).toContain('123');
    expect(all).not.toContain('321');
    expect(all).toMatch(/עולם/);
  });
});

/**
 * The runs `draw` puts on the page, in drawing order: the text handed to the font (what fontkit
 * lays out) and the x of the text matrix it is shown at.
 */
function drawnRuns(draw: () => void): { text: string; x: number | undefined }[] {
  const encode = vi.spyOn(font, 'encodeText');
  const push = vi.spyOn(page, 'pushOperators');
  draw();
  const texts = encode.mock.calls.map(([text]) => text);
  const xs = push.mock.calls.map((operators) => {
    const matrix = operators
      .map((operator) => operator as unknown as { name: string; args: { asNumber(): number }[] })
      .find((operator) => operator.name === 'Tm');
    return matrix?.args[4]?.asNumber();
  });
  encode.mockRestore();
  push.mockRestore();
  return texts.map((text, index) => ({ text, x: xs[index] }));
}

describe('drawLine', () => {
  it('draws the runs left to right in visual order, Arabic handed over as typed', () => {
    const calls = drawnRuns(() =>
      drawLine(page, ORGANISATION, { x: 100, y: 500, size: 12, font, color: rgb(0, 0, 0) }),
    );
    // fontkit turns an Arabic run round itself; handing it over reversed would undo that.
    expect(calls).toEqual([
      { text: 'kommun', x: 100 },
      { text: `${ARABIC} `, x: 100 + font.widthOfTextAtSize('kommun', 12) },
    ]);
  });

  it('leaves out direction marks and measures what it draws', () => {
    const calls = drawnRuns(() =>
      drawLine(page, '\u200Fkommun', { x: 0, y: 0, size: 10, font, color: rgb(0, 0, 0) }),
    );
    expect(calls.map(({ text }) => text)).toEqual(['kommun']);
    expect(lineWidth('\u200Fkommun', font, 10)).toBeCloseTo(font.widthOfTextAtSize('kommun', 10));
  });

  it('knows which text fontkit turns round, for every character of the font', () => {
    const fontkitFont = fontkit.create(loadFonts().regular);
    const disagreements = fontkitFont.characterSet.filter((codePoint) => {
      // Scripts fontkit cannot shape are replaced before drawing (safeText).
      if (codePoint >= 0x0900 && codePoint <= 0x0dff) return false;
      if (codePoint >= 0x2d30 && codePoint <= 0x2d7f) return false;
      const text = `${String.fromCodePoint(codePoint)}x`;
      return (fontkitFont.layout(text).direction === 'rtl') !== fontkitReverses(text);
    });
    expect(disagreements).toEqual([]);
    expect(fontkitReverses('kommun بلدية')).toBe(false);
    expect(fontkitReverses('(بلدية)')).toBe(true);
  });

  it('gets joined Arabic letter forms from fontkit: a word is not its letters drawn apart', () => {
    const glyphs = (text: string) =>
      (font.encodeText(text).toString().slice(1, -1).match(/.{4}/g) ?? []).sort();
    const word = glyphs('بلدية');
    const apart = Array.from('بلدية').flatMap(glyphs).sort();
    expect(word).toHaveLength(apart.length);
    // Initial, medial and final forms are glyphs of their own.
    expect(word.filter((glyph) => !apart.includes(glyph)).length).toBeGreaterThanOrEqual(3);
  });
});
