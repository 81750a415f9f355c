import { describe, expect, it } from 'vitest';
import {
  catalogueTexts,
  repeatedSentences,
  sentences,
  translationConflicts,
} from './translationVoice';

describe('sentences', () => {
  it('cuts at sentence ends, not after abbreviations followed by a name', () => {
    expect(
      sentences(
        'Kan genomföras med olika aktörer, t.ex. Traficom/Smart till jobbet. Nationella temaveckor kan också användas.',
      ),
    ).toEqual([
      'Kan genomföras med olika aktörer, t.ex. Traficom/Smart till jobbet',
      'Nationella temaveckor kan också användas',
    ]);
    expect(sentences('Choose a time span (e.g. mobility, energy, etc.). Then start.')).toEqual([
      'Choose a time span (e.g. mobility, energy, etc.)',
      'Then start',
    ]);
  });
});

describe('translationConflicts', () => {
  /** A text whose Finnish is beside the point here. */
  const text = (sv: string, en: string) => ({ sv, fi: sv, en });

  it('finds a Swedish sentence translated two ways, and a text whose sentences do not pair up', () => {
    const found = translationConflicts(
      [
        { where: 'a', text: text('Öka kompetensen. Var modig.', 'Build competence. Be bold.') },
        { where: 'b', text: text('Öka kompetensen.', 'Increase competence.') },
        { where: 'c', text: text('En mening. Två meningar.', 'One sentence, two sentences.') },
      ],
      'en',
    );
    expect(found.conflicts).toEqual([
      {
        sv: 'Öka kompetensen',
        translations: ['Build competence', 'Increase competence'],
        where: ['a', 'b'],
      },
    ]);
    expect(found.unpaired).toEqual(['c: 2 Swedish, 1 en sentences']);
  });

  it('accepts the same Swedish sentence translated the same way wherever it stands', () => {
    const found = translationConflicts(
      [
        { where: 'a', text: text('Öka kompetensen.', 'Build competence.') },
        { where: 'b', text: text('Planera. Öka kompetensen', 'Plan. Build competence') },
      ],
      'en',
    );
    expect(found).toEqual({ unpaired: [], conflicts: [] });
  });
});

describe('the English catalogue speaks with one voice', () => {
  const texts = catalogueTexts();

  it('has one English sentence for each Swedish sentence', () => {
    expect(translationConflicts(texts, 'en').unpaired).toEqual([]);
  });

  it('translates a Swedish sentence the same way in every field of every model', () => {
    expect(translationConflicts(texts, 'en').conflicts).toEqual([]);
  });

  it('still sees the sentences the source repeats, so the check has something to compare', () => {
    const repeated = repeatedSentences(texts);
    expect(
      repeated.get('Man kommunicerar systematiskt och långsiktigt för att öka effektiviteten'),
    ).toBe(2);
    expect(
      repeated.get('Kommunikations- och varumärkesvärde samt konkurrensfördelar för företag'),
    ).toBe(3);
  });

  /** A Swedish term and the one English term the catalogue uses for it. */
  const TERMS: readonly (readonly [RegExp, RegExp])[] = [
    [/grönmålning/, /greenwashing/],
    [/utdelare|utfärdare/, /\bissuer\b/],
    [/öka (?:klimat)?kompetens/i, /\bbuild(?:ing)? (?:climate )?competence\b/i],
    [/(?<!energi)effektivitet/, /\bimpact\b/],
    [/sparr/, /sounding board/],
    [/ansvarsmärk/, /responsibility label/],
    [/ansvarsutbildning/i, /responsibility training/i],
    [/ansvarstjänst/, /responsibility service/],
    [/företagsrådgivning/, /business advice/],
    [/riktlinje/, /guidelines/],
    [/giltighet/, /period of validity/],
    [/pris(?:et)?\b|utmärkelse/, /\baward\b/],
    [/Smart till jobbet/, /Fiksusti töihin/],
  ];

  it('uses one English term for each Swedish term', () => {
    for (const [sv, en] of TERMS) {
      const uses = texts.filter(({ text }) => sv.test(text.sv));
      expect(uses.length, String(sv)).toBeGreaterThan(0);
      for (const { where, text } of uses) expect(text.en, `${where}: ${String(sv)}`).toMatch(en);
    }
  });

  it('avoids the other words for those concepts', () => {
    const others =
      /awarding body|\bgiver\b|\bprize\b|sustainability (?:label|training|service)|effectiveness|business advisory|\bpolic(?:y|ies)\b|Smart to Work/i;
    for (const { where, text } of texts) expect(text.en, where).not.toMatch(others);
  });

  it('writes the source\'s ">" as an arrow in English', () => {
    for (const { where, text } of texts) {
      expect(text.en, where).not.toContain('>');
      expect((text.en.match(/→/g) ?? []).length, where).toBe((text.sv.match(/>/g) ?? []).length);
    }
  });
});
