import { describe, expect, it } from 'vitest';
import { getModel, MODELS, searchModels } from '../../../../shared/catalogue';
import { catalogueTexts, sentences, translationConflicts } from './translationVoice';

describe('sentences in Finnish', () => {
  it('cuts at sentence ends, not after "esim." or "jne." followed by a name', () => {
    expect(
      sentences(
        'Voidaan toteuttaa esim. Traficom/Fiksusti töihin. Myös teemapäiviä voi hyödyntää.',
      ),
    ).toEqual([
      'Voidaan toteuttaa esim. Traficom/Fiksusti töihin',
      'Myös teemapäiviä voi hyödyntää',
    ]);
    expect(sentences('Aikajänne (esim. liikkuminen, energia jne.). Sitten aloitetaan.')).toEqual([
      'Aikajänne (esim. liikkuminen, energia jne.)',
      'Sitten aloitetaan',
    ]);
  });
});

describe('the Finnish catalogue speaks with one voice', () => {
  const texts = catalogueTexts();

  it('has one Finnish sentence for each Swedish sentence', () => {
    expect(translationConflicts(texts, 'fi').unpaired).toEqual([]);
  });

  it('translates a Swedish sentence the same way in every field of every model', () => {
    expect(translationConflicts(texts, 'fi').conflicts).toEqual([]);
  });

  /** A Swedish term and the Finnish term the catalogue uses for it. */
  const TERMS: readonly (readonly [RegExp, RegExp])[] = [
    [/grönmålning/, /viherpesu/i],
    [/utdelare|utfärdare/, /myöntäjä/],
    // "Öka kompetensen" is "osaamisen lisääminen" or "lisätään osaamista".
    [/öka (?:klimat)?kompetens/i, /^(?=.*osaami)(?=.*lisä)/is],
    [/(?<!energi)effektivitet/, /vaikuttavuu/i],
    [/sparr/, /sparra/],
    [/ansvarsmärk/, /vastuullisuusmerk/],
    [/ansvarsutbildning/i, /vastuullisuuskoulutus/i],
    [/ansvarstjänst/, /vastuullisuuspalvelu/],
    [/företagsrådgivning/, /yritysneuvon/],
    [/giltighet/, /voimassaoloai/],
    [/pris(?:et)?\b|utmärkelse/, /palkin/],
    [/(?<!varu|ut)märke/i, /merk/i],
    [/Smart till jobbet/, /Fiksusti töihin/],
  ];

  it('uses one Finnish term for each Swedish term', () => {
    for (const [sv, fi] of TERMS) {
      const uses = texts.filter(({ text }) => sv.test(text.sv));
      expect(uses.length, String(sv)).toBeGreaterThan(0);
      for (const { where, text } of uses) expect(text.fi, `${where}: ${String(sv)}`).toMatch(fi);
    }
  });

  it('avoids the other words for those concepts, and Swedish names of Finnish things', () => {
    const others =
      /vihreä ?pesu|ekopesu|viherkiilto|tehokkuutta\b|myöntävä taho|palkinnonjakaja|Smart till jobbet|Smart to Work|Villmanstrand|Björneborg|Helsingfors|Tammerfors|Tavastehus|\bÅbo\b/i;
    for (const { where, text } of texts) expect(text.fi, where).not.toMatch(others);
  });

  it('writes the source\'s ">" as an arrow', () => {
    for (const { where, text } of texts) {
      expect(text.fi, where).not.toContain('>');
      expect((text.fi.match(/→/g) ?? []).length, where).toBe((text.sv.match(/>/g) ?? []).length);
    }
  });

  it('uses Finnish quotation marks', () => {
    for (const { where, text } of texts) expect(text.fi, where).not.toMatch(/["“„»«]/);
  });
});

describe('Finnish names in the catalogue', () => {
  it("uses the Finnish original of a programme the Swedish page translated (Traficom's Fiksusti töihin)", () => {
    const campaigns = getModel('communication-campaigns');
    expect(campaigns?.how.at(-1)?.text.fi).toContain('Traficom/Fiksusti töihin');
  });

  it('names places in Finnish', () => {
    expect(getModel('funding-for-strategic-ideas')?.examples[0]?.name.fi).toBe('Lappeenranta');
    expect(getModel('responsibility-training-for-companies')?.examples[0]?.name.fi).toBe(
      'Hämeenlinnan IlmastoPARKKI-hanke',
    );
  });

  it('finds models by their Finnish words, ignoring case and diacritics', () => {
    const ids = (found: readonly { id: string }[]) => found.map((model) => model.id);
    expect(ids(searchModels('viherpesu', 'fi'))).toEqual([
      'climate-label',
      'diploma',
      'signed-climate-commitment',
    ]);
    expect(ids(searchModels('HAMEENLINNA', 'fi'))).toEqual([
      'responsibility-training-for-companies',
    ]);
    expect(ids(searchModels('yrittäjäyhdistysten', 'fi'))).toEqual([
      'sharing-company-climate-actions',
    ]);
    // Only the chosen language is searched.
    expect(searchModels('viherpesu', 'sv')).toEqual([]);
  });

  it('keeps every card title short enough for a card', () => {
    for (const model of MODELS) expect(model.title.fi.length, model.id).toBeLessThanOrEqual(60);
  });
});
