import { describe, expect, it } from 'vitest';
import {
  cleanText,
  codePointLength,
  cutText,
  graphemes,
  tidyText,
} from '../../../../shared/domain/text';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const FAMILY = '👨‍👩‍👧‍👦'; // seven code points, one character on screen
const FLAG = '🇸🇪'; // two regional indicators

describe('codePointLength', () => {
  it('counts an emoji as one and a lone surrogate as one, not UTF-16 units', () => {
    expect(codePointLength('')).toBe(0);
    expect(codePointLength('åäö')).toBe(3);
    expect(codePointLength('😀😀')).toBe(2);
    expect(codePointLength('a\uD83D')).toBe(2);
    expect(codePointLength('\uDE00\uD83D')).toBe(2);
    expect(codePointLength(FAMILY)).toBe(7);
  });
});

describe('cutText', () => {
  it('keeps text within the limit unchanged, lone surrogates and all', () => {
    expect(cutText('abc', 3)).toBe('abc');
    expect(cutText('a\uD83D', 5)).toBe('a\uD83D');
  });

  it('keeps an emoji at the limit whole and leaves one that does not fit out whole', () => {
    expect(cutText(`${'a'.repeat(199)}😀😀`, 200)).toBe(`${'a'.repeat(199)}😀`);
    expect(cutText(`${'a'.repeat(199)}😀`, 199)).toBe('a'.repeat(199));
    // A unit-based cut would leave half an emoji here.
    expect(LONE_SURROGATE.test(`${'a'.repeat(199)}😀`.slice(0, 200))).toBe(true);
    expect(cutText(`${'a'.repeat(199)}😀`, 200)).not.toMatch(LONE_SURROGATE);
  });

  it('never splits a flag or a family emoji', () => {
    expect(cutText(`ab${FLAG}`, 3)).toBe('ab');
    expect(cutText(`a${FAMILY}b`, 7)).toBe('a');
    expect(cutText(`a${FAMILY}b`, 8)).toBe(`a${FAMILY}`);
  });

  it('cuts a first character longer than the limit at a code point rather than to nothing', () => {
    const zalgo = `e${'\u0301'.repeat(50)}`;
    expect(Array.from(graphemes(zalgo))).toHaveLength(1);
    expect(cutText(zalgo, 10)).toBe(`e${'\u0301'.repeat(9)}`);
  });
});

describe('tidyText and cleanText', () => {
  it('collapses white space of every kind and trims', () => {
    expect(tidyText('  Klimat \t\r\n  råd\u00a0\u0085x  ')).toBe('Klimat råd x');
  });

  it('removes control characters, lone surrogates and bidi overrides, embeddings and isolates', () => {
    expect(tidyText('a\u0000b\u0007c\u001b[31md\u007f\u009b')).toBe('abc[31md');
    expect(tidyText('x\uD83Dy\uDE00z')).toBe('xyz');
    expect(tidyText('invoice\u202Efdp.exe')).toBe('invoicefdp.exe');
    expect(tidyText('\u202A\u202B\u202C\u202D\u2066\u2067\u2068\u2069Ola')).toBe('Ola');
  });

  it('keeps right-to-left words, direction marks, markup and emoji as typed', () => {
    const title = '<b>Klimat</b> & <script>alert(1)</script> שלום \u200Fمرحبا\u200E 🌍';
    expect(tidyText(title)).toBe(title);
  });

  it('does not normalise: a decomposed å stays as typed', () => {
    expect(tidyText('a\u030A')).toBe('a\u030A');
  });

  it('is empty for text of only spaces and invisible characters', () => {
    expect(cleanText(' \u202E \u0000\n\uD800 ', 200)).toBe('');
  });

  it('cuts a 200-character word and a long hostile title to the limit, never ending in a space', () => {
    expect(cleanText('W'.repeat(250), 200)).toBe('W'.repeat(200));
    expect(cleanText(`${'a'.repeat(199)} bcd`, 200)).toBe('a'.repeat(199));
    const hostile = `\u202E<i>${'Ω'.repeat(150)}</i>\u0000 עברית ${'😀'.repeat(100)}`;
    const clean = cleanText(hostile, 200);
    expect(codePointLength(clean)).toBe(200);
    expect(clean).not.toMatch(LONE_SURROGATE);
    expect(clean.startsWith('<i>ΩΩ')).toBe(true);
    expect(clean.endsWith('😀')).toBe(true);
  });
});
