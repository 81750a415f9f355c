import fontkit from '@pdf-lib/fontkit';
import { inflateSync } from 'node:zlib';
import { PDFDict, PDFDocument, PDFName, PDFRawStream, type PDFFont } from 'pdf-lib';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildPlanPdf } from '../../../../shared/plan/buildPlanPdf';
import { safeText } from '../../../../shared/plan/safeText';
import { bidiRuns } from '../../../../shared/text/bidi';
import { lineWidth } from '../../../../shared/text/drawLine';
import {
  cachedFontkit,
  isSimpleText,
  parseFont,
  textWidth,
  withoutInstructions,
  type FontkitFont,
} from '../../../../shared/text/fontCache';
import { loadFonts, NOW, swedishPlan } from '../plan/fixtures';

// The reference is fontkit itself, a font parsed apart from the cache, so its layout is
// fontkit's full shaping: the width pdf-lib drew with before text was measured from caches.

const fonts = loadFonts();
let reference: { regular: FontkitFont; bold: FontkitFont };
let embedded: { regular: PDFFont; bold: PDFFont };

/** `font.widthOfTextAtSize` as pdf-lib computes it, on fontkit's own layout. */
function fontkitWidth(font: FontkitFont, text: string, size: number): number {
  const scale = 1000 / font.unitsPerEm;
  let total = 0;
  for (const glyph of font.layout(text).glyphs) total += glyph.advanceWidth * scale;
  return (total * size) / 1000;
}

/** Width of a line as drawn before: each bidi run shaped by fontkit, direction marks left out. */
function referenceLineWidth(font: FontkitFont, text: string, size: number): number {
  return bidiRuns(text).reduce(
    (sum, run) => sum + fontkitWidth(font, run.text.replace(/[\u200E\u200F\u061C]/g, ''), size),
    0,
  );
}

beforeAll(async () => {
  reference = {
    regular: fontkit.create(fonts.regular.slice()) as unknown as FontkitFont,
    bold: fontkit.create(fonts.bold.slice()) as unknown as FontkitFont,
  };
  const doc = await PDFDocument.create();
  doc.registerFontkit(cachedFontkit);
  embedded = {
    regular: await doc.embedFont(fonts.regular, { subset: true }),
    bold: await doc.embedFont(fonts.bold, { subset: true }),
  };
});

const SAMPLES = {
  latin: 'The quick brown fox jumps over the lazy dog. 0123456789 (a+b) = "c"; x/y – z…',
  swedish: 'Växjö kommun: Åtgärder för näringslivets klimatomställning, ÅÄÖ åäö é ü',
  finnish: 'Yritysten ilmastotyö: Öljylämmityksestä luopuminen, pöytäkirja; Šakki žurnaali',
  ligatures: 'effektiviteten finansiering affärsverksamhet flera offline ffi ffl Traficom/Smart',
  greekCyrillic: 'Ελληνικά κείμενα και Привет мир, Ёлка щит',
  symbols: '€ 12 % → ≤ ≥ ± × • □ “citat” ‘x’ — №',
  mixed: 'Malmö بلدية مالمو kommun och שלום עולם (2026)',
  combining: 'e\u0301 a\u0308 n\u0303 Ọ̀',
};

describe('cached measurement', () => {
  it('equals fontkit’s widthOfTextAtSize for Latin, Nordic letters, ligatures, emoji fallback and mixed text', () => {
    const emoji = safeText('Hej 😀 👨‍👩‍👧 🇸🇪 🌍🔥 klart', embedded.regular);
    expect(emoji).toContain('□');
    const samples = { ...SAMPLES, emojiFallback: emoji };
    for (const weight of ['regular', 'bold'] as const) {
      for (const [name, text] of Object.entries(samples)) {
        for (const size of [8.5, 10, 12.5, 28]) {
          const expected = fontkitWidth(reference[weight], text, size);
          expect(textWidth(text, embedded[weight], size), `${weight} ${name} ${size}`).toBeCloseTo(
            expected,
            9,
          );
          // pdf-lib's own measure goes through the same fast layout.
          expect(embedded[weight].widthOfTextAtSize(text, size), name).toBeCloseTo(expected, 9);
          expect(lineWidth(text, embedded[weight], size), name).toBeCloseTo(
            referenceLineWidth(reference[weight], text, size),
            9,
          );
        }
      }
    }
  });

  it('takes the fast path only for simple text', () => {
    expect(isSimpleText(SAMPLES.swedish)).toBe(true);
    expect(isSimpleText(SAMPLES.greekCyrillic)).toBe(true);
    expect(isSimpleText(SAMPLES.mixed)).toBe(false);
    expect(isSimpleText(SAMPLES.combining)).toBe(false);
    expect(isSimpleText('a\u200Fb')).toBe(false);
    expect(isSimpleText('😀')).toBe(false);
  });

  it('lays simple text out with the glyphs fontkit’s shaping picks, alone and in pairs', () => {
    for (const weight of ['regular', 'bold'] as const) {
      const fast = parseFont(fonts[weight]);
      const full = reference[weight];
      const simple = (full as unknown as { characterSet: number[] }).characterSet.filter(
        (codePoint) => codePoint <= 0xffff && isSimpleText(String.fromCharCode(codePoint)),
      );
      expect(simple.length).toBeGreaterThan(2000);
      const ids = (font: FontkitFont, text: string) =>
        font.layout(text).glyphs.map((glyph) => glyph.id);
      for (const codePoint of simple) {
        const char = String.fromCharCode(codePoint);
        expect(ids(fast, char), char).toEqual(ids(full, char));
      }
      // Every pair of a sample of Latin, Greek, Cyrillic and punctuation (ligatures included).
      const sample = simple.filter((_, index) => index % 37 === 0);
      const letters = [
        ...'fFiIlLtsaAcjqy0.,-—’ åäöÅÄÖ',
        ...sample.map((c) => String.fromCharCode(c)),
      ];
      for (const a of letters) {
        for (const b of letters) {
          for (const text of [a + b, `f${a}${b}`]) {
            expect(ids(fast, text), text).toEqual(ids(full, text));
          }
        }
      }
      for (const text of Object.values(SAMPLES))
        expect(ids(fast, text), text).toEqual(ids(full, text));
    }
  });
});

describe('parsed-font cache', () => {
  afterEach(() => vi.restoreAllMocks());

  it('parses each font once: the second export reuses the first one’s fonts', async () => {
    const fresh = { regular: fonts.regular.slice(), bold: fonts.bold.slice() };
    const create = vi.spyOn(fontkit, 'create');
    await buildPlanPdf(swedishPlan(), fresh, { now: NOW });
    expect(create).toHaveBeenCalledTimes(2);
    const first = parseFont(fresh.regular);
    await buildPlanPdf(swedishPlan(), fresh, { now: NOW });
    expect(create).toHaveBeenCalledTimes(2);
    expect(parseFont(fresh.regular)).toBe(first);
    expect(parseFont(fresh.bold)).not.toBe(first);
  });
});

describe('the embedded fonts', () => {
  it('name each font once per page, not once per line', async () => {
    const doc = await PDFDocument.load(await buildPlanPdf(swedishPlan(), fonts, { now: NOW }));
    for (const [index, page] of doc.getPages().entries()) {
      const names = page.node.Resources()?.lookup(PDFName.of('Font'), PDFDict)?.keys() ?? [];
      // Body text, headings and labels: the regular and the bold font. The matrix page adds
      // one more name for its rotated axis label, drawn by pdf-lib.
      expect(names.length, `page ${index + 1}`).toBeLessThanOrEqual(3);
    }
  });

  it('leave out the hinting instructions of simple glyphs, and keep their outlines', () => {
    // A simple glyph record: 1 contour, bbox, end point 2, 3 instruction bytes, 3 flags, x, y.
    const glyph = Uint8Array.from([
      0, 1, 0, 0, 0, 0, 0, 10, 0, 10, 0, 2, 0, 3, 0xb0, 0x01, 0x2f, 1, 1, 1, 5, 5, 0, 5, 5, 0,
    ]);
    const stripped = withoutInstructions(glyph);
    expect(Array.from(stripped.subarray(0, 12))).toEqual(Array.from(glyph.subarray(0, 12)));
    expect(Array.from(stripped.subarray(12, 14))).toEqual([0, 0]);
    expect(Array.from(stripped.subarray(14, 23))).toEqual(Array.from(glyph.subarray(17)));
    expect(stripped.length % 2).toBe(0);
    // Composite glyphs (negative contour count) are left alone.
    const composite = Uint8Array.from([0xff, 0xff, ...Array(14).fill(0)]);
    expect(withoutInstructions(composite)).toBe(composite);
  });

  it('embeds subsets without instructions that fontkit reads back with every outline', async () => {
    const bytes = await buildPlanPdf(swedishPlan(), fonts, { now: NOW });
    const doc = await PDFDocument.load(bytes);
    const files: Uint8Array[] = [];
    for (const [, object] of doc.context.enumerateIndirectObjects()) {
      const file = object instanceof PDFDict ? object.lookup(PDFName.of('FontFile2')) : undefined;
      if (file instanceof PDFRawStream) files.push(new Uint8Array(inflateSync(file.contents)));
    }
    expect(files).toHaveLength(2);
    for (const file of files) {
      const subset = fontkit.create(file) as unknown as {
        numGlyphs: number;
        getGlyph(id: number): {
          path: { commands: unknown[] };
          _decode(): { instructions?: unknown[]; numberOfContours: number } | null;
        };
      };
      expect(subset.numGlyphs).toBeGreaterThan(50);
      let outlines = 0;
      for (let id = 1; id < subset.numGlyphs; id++) {
        const decoded = subset.getGlyph(id)._decode();
        if (!decoded || decoded.numberOfContours < 0) continue;
        expect(decoded.instructions ?? []).toHaveLength(0);
        if (subset.getGlyph(id).path.commands.length > 0) outlines += 1;
      }
      expect(outlines).toBeGreaterThan(40);
    }
  });
});
