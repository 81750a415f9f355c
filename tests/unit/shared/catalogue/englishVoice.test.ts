import { describe, expect, it } from 'vitest';
import {
  CATEGORIES,
  MODELS,
  type CatalogueModel,
  type LocalizedText,
} from '../../../../shared/catalogue';

/** A text of the catalogue with where it stands, for messages that say where to look. */
type Placed = { where: string; text: LocalizedText };

/** Every localized text of every model and category, field by field. */
function catalogueTexts(): Placed[] {
  const ofModel = (m: CatalogueModel): Placed[] => [
    { where: `${m.id} title`, text: m.title },
    { where: `${m.id} name`, text: m.name },
    ...(m.why ? [{ where: `${m.id} why`, text: m.why }] : []),
    ...m.how.flatMap((point, index) => [
      { where: `${m.id} how ${index + 1}`, text: point.text },
      ...(point.subPoints ?? []).map((sub, subIndex) => ({
        where: `${m.id} how ${index + 1}.${subIndex + 1}`,
        text: sub,
      })),
    ]),
    ...m.examples.map((example, index) => ({
      where: `${m.id} example ${index + 1}`,
      text: example.name,
    })),
    ...m.risks.map((risk, index) => ({ where: `${m.id} risk ${index + 1}`, text: risk })),
  ];
  return [
    ...CATEGORIES.map((category) => ({ where: `category ${category.id}`, text: category.title })),
    ...MODELS.flatMap(ofModel),
  ];
}

/** A full stop after one of these ends an abbreviation, not a sentence ("t.ex. Traficom"). */
const ABBREVIATION = /(?:^|[\s(])(?:t\.ex|e\.g|i\.e|etc|bl\.a)\.$/i;

/** The sentences of a text: cut after . ! ? where the next word starts with a capital. */
function sentences(text: string): string[] {
  const found: string[] = [];
  let start = 0;
  for (const match of text.matchAll(/[.!?]\s+(?=[\p{Lu}"“])/gu)) {
    const end = match.index + 1;
    if (ABBREVIATION.test(text.slice(start, end))) continue;
    found.push(text.slice(start, end));
    start = match.index + match[0].length;
  }
  found.push(text.slice(start));
  // A closing full stop does not make a different sentence: "X." and "X" are one.
  return found.map((sentence) => sentence.trim().replace(/\.$/, '')).filter(Boolean);
}

type Conflict = { sv: string; en: string[]; where: string[] };

/**
 * Where the translation breaks "one source sentence, one English sentence": a text whose
 * English has another number of sentences than its Swedish, and a Swedish sentence that is
 * translated in more than one way across the texts.
 */
function translationConflicts(texts: readonly Placed[]): {
  unpaired: string[];
  conflicts: Conflict[];
} {
  const unpaired: string[] = [];
  const seen = new Map<string, { en: Set<string>; where: string[] }>();
  for (const { where, text } of texts) {
    const sv = sentences(text.sv);
    const en = sentences(text.en);
    if (sv.length !== en.length) {
      unpaired.push(`${where}: ${sv.length} Swedish, ${en.length} English sentences`);
      continue;
    }
    sv.forEach((sentence, index) => {
      const entry = seen.get(sentence) ?? { en: new Set<string>(), where: [] };
      entry.en.add(en[index] ?? '');
      entry.where.push(where);
      seen.set(sentence, entry);
    });
  }
  const conflicts = [...seen.entries()]
    .filter(([, entry]) => entry.en.size > 1)
    .map(([sv, entry]) => ({ sv, en: [...entry.en], where: entry.where }));
  return { unpaired, conflicts };
}

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
  it('finds a Swedish sentence translated two ways, and a text whose sentences do not pair up', () => {
    const found = translationConflicts([
      { where: 'a', text: { sv: 'Öka kompetensen. Var modig.', en: 'Build competence. Be bold.' } },
      { where: 'b', text: { sv: 'Öka kompetensen.', en: 'Increase competence.' } },
      { where: 'c', text: { sv: 'En mening. Två meningar.', en: 'One sentence, two sentences.' } },
    ]);
    expect(found.conflicts).toEqual([
      {
        sv: 'Öka kompetensen',
        en: ['Build competence', 'Increase competence'],
        where: ['a', 'b'],
      },
    ]);
    expect(found.unpaired).toEqual(['c: 2 Swedish, 1 English sentences']);
  });

  it('accepts the same Swedish sentence translated the same way wherever it stands', () => {
    const found = translationConflicts([
      { where: 'a', text: { sv: 'Öka kompetensen.', en: 'Build competence.' } },
      { where: 'b', text: { sv: 'Planera. Öka kompetensen', en: 'Plan. Build competence' } },
    ]);
    expect(found).toEqual({ unpaired: [], conflicts: [] });
  });
});

describe('the English catalogue speaks with one voice', () => {
  const texts = catalogueTexts();

  it('has one English sentence for each Swedish sentence', () => {
    expect(translationConflicts(texts).unpaired).toEqual([]);
  });

  it('translates a Swedish sentence the same way in every field of every model', () => {
    expect(translationConflicts(texts).conflicts).toEqual([]);
  });

  it('still sees the sentences the source repeats, so the check has something to compare', () => {
    const repeated = new Map<string, number>();
    for (const { text } of texts) {
      for (const sentence of sentences(text.sv)) {
        repeated.set(sentence, (repeated.get(sentence) ?? 0) + 1);
      }
    }
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
