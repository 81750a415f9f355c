import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, type PDFFont } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPLACEMENT, safeLine, safeMetadata, safeText } from '../../../../shared/plan/safeText';
import { loadFonts } from './fixtures';

let font: PDFFont;

beforeAll(async () => {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  font = await doc.embedFont(loadFonts().regular, { subset: true });
});

describe('safeText', () => {
  it('keeps Swedish, Finnish, typographic quotes, dashes and Cyrillic', () => {
    const text = 'Åtgärder för öppna data – ”citat” ‘så’ … Äänekoski Привет мир';
    expect(safeText(text, font)).toBe(text);
  });

  it('composes decomposed letters so å is one glyph', () => {
    expect(safeText('a\u030Angström', font)).toBe('ångström');
  });

  it('replaces glyphs the font lacks with one visible box per character', () => {
    expect(safeText('Jorden 🌍 漢字', font)).toBe(
      `Jorden ${REPLACEMENT} ${REPLACEMENT}${REPLACEMENT}`,
    );
    // A family emoji is one grapheme: one box, not one per person.
    expect(safeText('x👨‍👩‍👧y', font)).toBe(`x${REPLACEMENT}y`);
  });

  it('strips control and invisible formatting characters but keeps newlines', () => {
    expect(safeText('a\u0000b\u0007c\u001B[31m\r\nd\u200Be\u202Ef\uFEFF', font)).toBe(
      'abc[31m\ndef',
    );
    expect(safeText('tab\there', font)).toBe('tab  here');
  });

  it('replaces lone surrogates instead of passing broken UTF-16 on', () => {
    expect(safeText('a\uD800b', font)).toBe(`a${REPLACEMENT}b`);
  });

  it('replaces Tifinagh, which DejaVu has but fontkit cannot shape', () => {
    const text = 'ⵜⴰⵎⴰⵣⵉⵖⵜ';
    expect(() => font.widthOfTextAtSize(text, 10)).toThrow();
    const safe = safeText(text, font);
    expect(safe).toBe(REPLACEMENT.repeat(Array.from(text).length));
    expect(() => font.encodeText(safe)).not.toThrow();
  });

  it('turns every character of the font into text pdf-lib can measure and encode', () => {
    const all = String.fromCodePoint(...font.getCharacterSet());
    for (const char of Array.from(all)) {
      const safe = safeText(char, font);
      expect(() => font.widthOfTextAtSize(safe, 10)).not.toThrow();
      expect(() => font.encodeText(safe)).not.toThrow();
    }
  });

  it('makes one line of multi-line text', () => {
    expect(safeLine('  Rad ett\n\nrad två  ', font)).toBe('Rad ett rad två');
  });
});

describe('safeMetadata', () => {
  it('removes control characters and limits the length', () => {
    expect(safeMetadata('Växjö\u0000 kommun\n')).toBe('Växjö kommun');
    const long = safeMetadata('å'.repeat(1000), 50);
    expect(Array.from(long)).toHaveLength(50);
    expect(long.endsWith('…')).toBe(true);
  });
});
