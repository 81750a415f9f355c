import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, type PDFFont } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { CATEGORIES, MODELS } from '../../../../shared/catalogue';
import { buildPlanPdf } from '../../../../shared/plan/buildPlanPdf';
import { planInput } from '../../../../shared/plan/planInput';
import { safeText } from '../../../../shared/plan/safeText';
import { MARGIN, PAGE } from '../../../../shared/plan/theme';
import type { PlanInput } from '../../../../shared/plan/types';
import { wrapText } from '../../../../shared/plan/wrapText';
import { bidiRuns } from '../../../../shared/text/bidi';
import { lineWidth } from '../../../../shared/text/drawLine';
import { cachedFontkit, type FontkitFont } from '../../../../shared/text/fontCache';
import { loadHyphenator } from '../../../../shared/text/hyphenation';
import { corners, loadFonts, NOW, readPdf } from './fixtures';

// Wrapping with cached advances and word widths added up must break where measuring every
// candidate line with fontkit's shaping broke: the same lines, none wider than the column.

const fonts = loadFonts();
let fast: { regular: PDFFont; bold: PDFFont };
let shaped: { regular: FontkitFont; bold: FontkitFont };

/** A line's width as drawn before: every bidi run shaped by fontkit (a font outside the cache). */
function shapedWidth(font: FontkitFont, text: string, size: number): number {
  const scale = 1000 / font.unitsPerEm;
  let total = 0;
  for (const run of bidiRuns(text)) {
    for (const glyph of font.layout(run.text.replace(/[\u200E\u200F\u061C]/g, '')).glyphs) {
      total += glyph.advanceWidth * scale;
    }
  }
  return (total * size) / 1000;
}

const workshop = { title: 'Korpus', organisation: 'Kommun', date: '2026-11-30' };
const placements = MODELS.map((model, i) => ({
  modelId: model.id,
  position: { x: (i % 5) / 4, y: Math.floor(i / 5) / 4 },
}));

/** Every text of the catalogue's 25 models in the three languages, and some hostile text. */
function corpus(): string[] {
  const texts: string[] = [];
  for (const locale of ['sv', 'fi', 'en'] as const) {
    for (const item of planInput(workshop, placements, MODELS, CATEGORIES, locale).items) {
      texts.push(item.title, item.category, item.why ?? '', ...item.risks);
      for (const point of item.how) texts.push(point.text, ...(point.subPoints ?? []));
    }
  }
  texts.push(
    'Arabiska مرحبا بكم في بلدية مالمو och hebreiska שלום עולם i samma mening, (2026) – klart.',
    'بلدية مالمو تعمل مع الشركات المحلية على خطة المناخ kommun 2026',
    'Emoji 🌍🔥👨‍👩‍👧 Привет мир, Ελληνικά, e\u0301 a\u0308 – “citat” och fler ord efter',
    `Ett mycket långt ord: ${'klimatomställningsarbete'.repeat(6)} och sedan vanlig text.`,
    'https://example.org/en/mycket/lang/adress/som/inte/ar/ett/ord/alls?med=parametrar&och=mer',
  );
  return texts.filter((text) => text.trim());
}

beforeAll(async () => {
  const doc = await PDFDocument.create();
  doc.registerFontkit(cachedFontkit);
  fast = {
    regular: await doc.embedFont(fonts.regular, { subset: true }),
    bold: await doc.embedFont(fonts.bold, { subset: true }),
  };
  shaped = {
    regular: fontkit.create(fonts.regular.slice()) as unknown as FontkitFont,
    bold: fontkit.create(fonts.bold.slice()) as unknown as FontkitFont,
  };
});

describe('wrapping with cached measurement', () => {
  it('breaks the corpus into the same lines as shaping every candidate line did', async () => {
    const breakPoints = (await loadHyphenator('sv'))?.breakPoints;
    let lines = 0;
    for (const weight of ['regular', 'bold'] as const) {
      for (const size of [9, 12.5]) {
        for (const width of [90, 467.28]) {
          for (const raw of corpus()) {
            const text = safeText(raw, fast[weight]);
            const slow = (line: string) => shapedWidth(shaped[weight], line, size);
            const expected = wrapText(text, slow, width, { breakPoints });
            const actual = wrapText(text, (line) => lineWidth(line, fast[weight], size), width, {
              breakPoints,
            });
            expect(actual, `${weight} ${size} ${width}: ${raw.slice(0, 40)}`).toEqual(expected);
            for (const [index, line] of actual.entries()) {
              // Whole lines measured by shaping: none wider than the column (a lone grapheme
              // wider than the column is the one exception wrapping allows).
              if (Array.from(line).length > 1) {
                expect(slow(line), line).toBeLessThanOrEqual(width + 1e-9);
              }
              // Greedy, as before: the next line's first word would not have fitted.
              const next = actual[index + 1]?.split(' ')[0];
              if (next && line && !line.endsWith('-') && text.includes(`${line} ${next}`)) {
                expect(slow(`${line} ${next}`), line).toBeGreaterThan(width);
              }
            }
            lines += actual.length;
          }
        }
      }
    }
    expect(lines).toBeGreaterThan(2000);
  }, 60_000);
});

describe('a long plan drawn with cached measurement', () => {
  it('keeps every text item of 100 models with long texts inside the margins', async () => {
    const base = planInput(workshop, placements, MODELS, CATEGORIES, 'fi');
    const input: PlanInput = {
      ...base,
      items: Array.from({ length: 100 }, (_, i) => {
        const item = base.items[i % base.items.length]!;
        return {
          ...item,
          modelId: `${item.modelId}-${i}`,
          why: Array(4)
            .fill(item.why ?? '')
            .join(' '),
          position: { x: (i % 10) / 9, y: Math.floor(i / 10) / 9 },
        };
      }),
    };
    const pdf = await readPdf(await buildPlanPdf(input, fonts, { now: NOW }));
    expect(pdf.pageCount).toBeGreaterThan(30);
    let items = 0;
    for (const page of pdf.pages) {
      for (const item of page.items) {
        if (!item.str.trim()) continue;
        items += 1;
        for (const { x, y } of corners(item)) {
          expect(x, item.str).toBeGreaterThanOrEqual(MARGIN.left - 1);
          expect(x, item.str).toBeLessThanOrEqual(PAGE.width - MARGIN.right + 1);
          expect(y, item.str).toBeGreaterThanOrEqual(MARGIN.bottom - 1);
          expect(y, item.str).toBeLessThanOrEqual(PAGE.height - MARGIN.top + 1);
        }
      }
    }
    expect(items).toBeGreaterThan(1000);
  }, 60_000);
});
