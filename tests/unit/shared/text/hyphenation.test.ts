import { beforeAll, describe, expect, it } from 'vitest';
import {
  loadedHyphenator,
  loadHyphenator,
  SOFT_HYPHEN,
  type Hyphenator,
} from '../../../../shared/text/hyphenation';

let sv: Hyphenator;
let en: Hyphenator;

beforeAll(async () => {
  const [swedish, english] = await Promise.all([loadHyphenator('sv'), loadHyphenator('en')]);
  if (!swedish || !english) throw new Error('hyphenation patterns did not load');
  sv = swedish;
  en = english;
});

/** Soft hyphens shown as "·" so expectations read like a dictionary. */
const shown = (text: string) => text.replaceAll(SOFT_HYPHEN, '·');

describe('Swedish hyphenation', () => {
  it('puts soft hyphens at the pattern points of long compounds', () => {
    expect(shown(sv.soften('Kommunikationskampanjer'))).toBe('Kom·mu·ni·ka·tions·kam·pan·jer');
    expect(shown(sv.soften('Energieffektiviseringsstöd'))).toBe(
      'Ener·gi·ef·fek·ti·vi·se·rings·stöd',
    );
  });

  it('leaves the shorter words of a title whole on screen, but can break them in the PDF', () => {
    expect(shown(sv.soften('Samutveckling av fossilfria transporter'))).toBe(
      'Sam·ut·veck·ling av fossilfria transporter',
    );
    expect(sv.breakPoints('transporter')).toEqual([
      { index: 5, hyphen: true },
      { index: 8, hyphen: true },
    ]);
  });

  it('leaves at least two letters before a break and three after it', () => {
    // The patterns allow "nä·rings·livs·av·del·ning·en" and "Öpp·na"; two letters alone would
    // start a line.
    expect(shown(sv.soften('näringslivsavdelningen'))).toBe('nä·rings·livs·av·del·ningen');
    expect(shown(sv.soften('Öppna data'))).toBe('Öppna data');
  });

  it('gives break points with a hyphen, and after a hyphen a word already has', () => {
    expect(sv.breakPoints('klimat-samverkan')).toEqual([
      { index: 3, hyphen: true },
      { index: 7, hyphen: false },
      { index: 10, hyphen: true },
      { index: 13, hyphen: true },
    ]);
    expect(sv.breakPoints('(Kommunikationskampanjer),')[0]).toEqual({ index: 4, hyphen: true });
  });

  it('hyphenates the words around a slash and may break after it', () => {
    expect(shown(sv.soften('Ansvarsutbildning/-coachning'))).toBe(
      'An·svars·ut·bild·ning/-coachning',
    );
    expect(sv.breakPoints('Ansvarsutbildning/-coachning')).toEqual(
      expect.arrayContaining([
        { index: 18, hyphen: false },
        { index: 24, hyphen: true },
      ]),
    );
    expect(sv.breakPoints('Innovations-/idétävling')).toContainEqual({ index: 13, hyphen: false });
  });

  it('leaves web addresses, e-mail, paths and codes alone', () => {
    for (const text of [
      'https://kommunikationskampanjer.se/energieffektivisering',
      'www.energieffektivisering.se',
      'kommunikation@kampanjer.se',
      'Energieffektivisering2026',
      'C:\\Kommunikationskampanjer',
      '/usr/share/kommunikationskampanjer',
    ]) {
      expect(sv.breakPoints(text)).toEqual([]);
      expect(sv.soften(text)).toBe(text);
    }
  });
});

describe('English hyphenation', () => {
  it('follows British patterns', () => {
    expect(en.breakPoints('knowledge')).toEqual([{ index: 4, hyphen: true }]);
    expect(shown(en.soften('organisation knowledge collaboration'))).toBe(
      'or·gan·isa·tion knowledge col·lab·or·a·tion',
    );
  });
});

describe('Finnish hyphenation', () => {
  it('loads its own patterns', async () => {
    const fi = await loadHyphenator('fi');
    expect(fi?.language).toBe('fi');
    expect(shown(fi?.soften('energiatehokkuustuki ilmastotyö') ?? '')).toBe(
      'ener·gia·te·hok·kuus·tuki ilmastotyö',
    );
  });
});

describe('hostile input', () => {
  it('never splits an emoji, a surrogate pair or a letter from its accents', () => {
    const text = '👨‍👩‍👧Kommunikationskampanjer🌍 e\u0301nergieffektivisering 𝒦𝓁𝒾𝓂𝒶𝓉𝓇𝒶𝒹𝑔𝒾𝓋𝓃𝒾𝓃𝑔';
    const softened = sv.soften(text);
    expect(softened.replaceAll(SOFT_HYPHEN, '')).toBe(text);
    const pieces = softened.split(SOFT_HYPHEN);
    expect(pieces.length).toBeGreaterThan(3);
    for (const piece of pieces) {
      expect(piece).not.toMatch(/^[\u0300-\u036F\uDC00-\uDFFF\u200D]/);
      expect(piece).not.toMatch(/[\uD800-\uDBFF\u200D]$/);
    }
  });

  it('does not hyphenate a 200-character word, which is no word of any language', () => {
    const word = 'kommunikation'.repeat(16).slice(0, 200);
    expect(sv.soften(word)).toBe(word);
    expect(sv.breakPoints(word)).toEqual([]);
  });

  it('treats markup as text and leaves it unbroken', () => {
    const markup = '<b>Kommunikationskampanjer</b><script>alert(1)</script>';
    expect(sv.soften(markup)).toBe(markup);
  });

  it('leaves right-to-left text as it is', () => {
    const arabic = 'بلديةمالموالكبيرة مالمو';
    expect(sv.soften(arabic)).toBe(arabic);
  });
});

describe('loading', () => {
  it('builds one hyphenator per language and keeps it', async () => {
    expect(loadedHyphenator('sv')).toBe(sv);
    expect(await loadHyphenator('sv')).toBe(sv);
    expect(sv.language).toBe('sv');
    expect(en.language).toBe('en');
  });
});
