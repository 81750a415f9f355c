import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  CATEGORIES,
  MODELS,
  getModel,
  localize,
  modelsByCategory,
  searchModels,
  type CatalogueModel,
  type LocalizedText,
} from '../../../../shared/catalogue';
import { LOCALES } from '../../../../shared/i18n';

// The catalogue is transcribed from this page; reading it here catches drift between data and source.
// A copy of the source page, kept in the repo so the test runs on any clone.
const SEED_URL = new URL('../../../../resources/seed/verksamhetsmodeller.sv.txt', import.meta.url);

/** The artefacts of the scraped page that the catalogue corrects, and nothing else. */
const SEED_FIXES: readonly (readonly [string, string])[] = [
  ['klimatutsläpp>', 'klimatutsläpp >'],
  ['datarelaterad', 'data relaterad'],
];

const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();

function loadSeed(): string {
  let text = readFileSync(fileURLToPath(SEED_URL), 'utf8');
  for (const [from, to] of SEED_FIXES) text = text.replaceAll(from, to);
  return collapse(text);
}

const seed = loadSeed();

function model(id: string): CatalogueModel {
  const found = getModel(id);
  if (!found) throw new Error(`no model ${id}`);
  return found;
}

/** Every localized text of a model, field by field; sub-points follow their point. */
function allTexts(m: CatalogueModel): LocalizedText[] {
  return [
    m.title,
    m.name,
    ...(m.why ? [m.why] : []),
    ...m.how.flatMap((point) => [point.text, ...(point.subPoints ?? [])]),
    ...m.examples.map((example) => example.name),
    ...m.risks,
  ];
}

const ids = (models: readonly CatalogueModel[]): string[] => models.map((m) => m.id);

describe('catalogue shape', () => {
  it('has 25 models in 8 categories, in source order', () => {
    expect(MODELS).toHaveLength(25);
    expect(CATEGORIES.map((c) => c.id)).toEqual([
      'foundations',
      'co-development',
      'market-guidance',
      'rewards-and-labels',
      'communication',
      'bringing-together',
      'training-and-advice',
      'commitment',
    ]);
    expect(ids(MODELS).slice(0, 2)).toEqual([
      'land-use-and-planning',
      'regulatory-and-permit-work',
    ]);
    expect(ids(MODELS).at(-1)).toBe('signed-climate-commitment');
  });

  it('gives every model a category that exists', () => {
    const known = new Set(CATEGORIES.map((c) => c.id));
    for (const m of MODELS) expect(known.has(m.category), m.id).toBe(true);
  });

  it('uses unique kebab-case ids', () => {
    expect(new Set(ids(MODELS)).size).toBe(MODELS.length);
    for (const id of ids(MODELS)) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  it('groups the models per category with the source counts', () => {
    const groups = modelsByCategory();
    expect(groups.map((g) => g.category.id)).toEqual(CATEGORIES.map((c) => c.id));
    expect(groups.map((g) => g.models.length)).toEqual([3, 4, 2, 3, 5, 5, 2, 1]);
    // Grouping must not reorder: concatenated, the groups are MODELS again.
    expect(groups.flatMap((g) => ids(g.models))).toEqual(ids(MODELS));
  });

  it('has text in every language in every field', () => {
    for (const c of CATEGORIES) {
      for (const locale of LOCALES)
        expect(c.title[locale].trim(), `${c.id} ${locale}`).not.toBe('');
    }
    for (const m of MODELS) {
      expect(m.how.length, m.id).toBeGreaterThan(0);
      for (const text of allTexts(m)) {
        for (const locale of LOCALES) expect(text[locale].trim(), `${m.id} ${locale}`).not.toBe('');
      }
      // A forgotten translation usually shows as a copy of the Swedish.
      for (const locale of LOCALES.filter((l) => l !== 'sv')) {
        expect(m.name[locale], `${m.id} ${locale}`).not.toBe(m.name.sv);
      }
    }
  });

  it('keeps strings free of scraping debris', () => {
    for (const m of MODELS) {
      for (const text of allTexts(m)) {
        for (const locale of LOCALES) {
          const s = text[locale];
          expect(s, `${m.id} ${locale}`).toBe(collapse(s));
          expect(s, `${m.id} ${locale}`).not.toContain('*');
          // "In Finnish" is the example's flag, shown by the app; it is never part of the name.
          expect(s, `${m.id} ${locale}`).not.toMatch(/finska|in Finnish|suomeksi/);
        }
      }
    }
  });
});

describe('titles', () => {
  const words = (s: string): string[] =>
    s
      .toLowerCase()
      .split(/[\s,.;]+/)
      .filter(Boolean);

  it('fit a card: at most 60 characters', () => {
    for (const m of MODELS) {
      for (const locale of LOCALES) {
        expect(m.title[locale].length, `${m.id} ${locale}`).toBeLessThanOrEqual(60);
      }
    }
  });

  it("repeat the full name unless it is long, and then shorten it in the source's own words", () => {
    const shortened: string[] = [];
    for (const m of MODELS) {
      if (m.name.sv.length <= 60) {
        expect(m.title, m.id).toEqual(m.name);
        continue;
      }
      shortened.push(m.id);
      // A title word is a word of the name or the first part of one of its compounds
      // ("transport" of "transportförbindelser").
      const source = words(m.name.sv);
      for (const word of words(m.title.sv)) {
        expect(
          source.some((candidate) => candidate.startsWith(word)),
          `${m.id}: ${word}`,
        ).toBe(true);
      }
    }
    expect(shortened).toEqual([
      'land-use-and-planning',
      'companies-in-climate-programme-actions',
      'funding-for-strategic-ideas',
      'communication-to-companies',
      'informing-about-opportunities',
    ]);
  });

  it('keep the whole scope of a shortened name, in every language', () => {
    expect(model('land-use-and-planning').title).toEqual({
      sv: 'Markanvändning, planläggning, transport och energi',
      fi: 'Maankäyttö, kaavoitus, liikenne ja energia',
      en: 'Land use, planning, transport and energy',
    });
    expect(model('funding-for-strategic-ideas').title).toEqual({
      sv: 'Finansiering för idéer som stödjer den kommunala strategin',
      fi: 'Rahoitusta kunnan strategiaa tukeville ideoille',
      en: 'Funding for ideas that support the municipal strategy',
    });
    expect(model('communication-to-companies').title).toEqual({
      sv: 'Kommunikation om kommunens klimatfrågor och material',
      fi: 'Viestintä kunnan ilmastoasioista ja materiaaleista',
      en: 'Communication on municipal climate issues and material',
    });
  });

  it('are unique, and no title is the start of another', () => {
    for (const locale of LOCALES) {
      const titles = MODELS.map((m) => m.title[locale].toLowerCase());
      expect(new Set(titles).size, locale).toBe(titles.length);
      for (const title of titles) {
        const longer = titles.filter((other) => other !== title && other.startsWith(title));
        expect(longer, `${locale}: ${title}`).toEqual([]);
      }
    }
  });
});

describe('columns the source leaves empty', () => {
  it('lacks "why" only for the signed commitment (no Varför column there)', () => {
    expect(ids(MODELS.filter((m) => m.why === undefined))).toEqual(['signed-climate-commitment']);
  });

  it('has no examples for the foundations and the two models without a Var entry', () => {
    expect(ids(MODELS.filter((m) => m.examples.length === 0))).toEqual([
      'land-use-and-planning',
      'regulatory-and-permit-work',
      'climate-competence-in-own-organisation',
      'companies-in-climate-programme-actions',
      'communication-campaigns',
    ]);
  });
});

describe('risk notes', () => {
  it('has one note per "Notera" point, only on the label, diploma and commitment models', () => {
    const counts = Object.fromEntries(
      MODELS.filter((m) => m.risks.length > 0).map((m) => [m.id, m.risks.length]),
    );
    expect(counts).toEqual({ 'climate-label': 3, diploma: 1, 'signed-climate-commitment': 3 });
  });

  it('warns of greenwashing on each of those three models', () => {
    for (const id of ['climate-label', 'diploma', 'signed-climate-commitment']) {
      const m = model(id);
      expect(
        m.risks.some((r) => r.sv.includes('grönmålning')),
        id,
      ).toBe(true);
      expect(
        m.risks.some((r) => r.en.includes('greenwashing')),
        id,
      ).toBe(true);
      expect(
        m.risks.some((r) => r.fi.toLowerCase().includes('viherpesu')),
        id,
      ).toBe(true);
    }
  });
});

describe('fidelity to the seed page', () => {
  it("finds every model's full name verbatim in the source", () => {
    for (const m of MODELS) expect(seed, m.id).toContain(collapse(m.name.sv));
  });

  it('finds every Swedish why, how, sub-point, example and risk text verbatim in the source', () => {
    for (const m of MODELS) {
      for (const text of allTexts(m).slice(2)) expect(seed, m.id).toContain(collapse(text.sv));
    }
  });

  it('matches spot checks copied from the source', () => {
    expect(model('climate-label').risks[2]?.sv).toBe(
      'Företagens intresse för ett nytt märke i bör beaktas i märkesdjungeln',
    );
    expect(model('open-data').name.sv).toBe('Öppna data relaterad till koldioxidsnålhet');
    expect(model('companies-in-climate-programme-actions').how[0]?.text.sv).toContain(
      'klimatutsläpp > vad man ska fokusera på > välj sätt',
    );
    expect(model('communication-to-companies').name.sv).toBe(
      'Kommunikation riktad till företag om kommunens klimatfrågor och möjligheter samt material som kommunen producerar',
    );
    expect(model('communication-campaigns').how.at(-1)?.text.sv).toBe(
      'Kan genomföras i samarbete med olika aktörer, t.ex. Traficom/Smart till jobbet. Nationella temaveckor/-dagar kan också användas.',
    );
  });

  it('flags the examples the source marks as Finnish-only', () => {
    const examples = MODELS.flatMap((m) => m.examples);
    expect(examples).toHaveLength(34);
    // Counted by hand from the seed: 23 entries end in "(på finska)" or ", på finska".
    expect(examples.filter((e) => e.inFinnish)).toHaveLength(23);
    expect(seed.match(/på finska/g)).toHaveLength(23);
    expect(model('funding-for-strategic-ideas').examples).toEqual([
      { name: { sv: 'Villmanstrand', fi: 'Lappeenranta', en: 'Lappeenranta' }, inFinnish: true },
    ]);
    expect(model('climate-label').examples.map((e) => e.inFinnish)).toEqual([false, true, true]);
  });
});

describe('sub-points', () => {
  /** The source's lines that start with a dash: the only sub-points it has. */
  const dashLines = readFileSync(fileURLToPath(SEED_URL), 'utf8')
    .split('\n')
    .filter((line) => /^\s*[–-]\s/.test(line))
    .map((line) => collapse(line.replace(/^\s*[–-]\s*/, '')));

  it("are the source's dash lines, under the paragraph they follow", () => {
    const sharing = model('sharing-company-climate-actions');
    expect(sharing.how).toHaveLength(1);
    expect(sharing.how[0]?.text.sv).toMatch(/^Kriterierna för att överskrida/);
    expect(sharing.how[0]?.subPoints?.map((sub) => sub.sv)).toEqual(dashLines);
    // In the source each dash line comes right after the paragraph, in this order.
    const [first, second, third] = dashLines;
    expect(seed).toContain(
      `${collapse(sharing.how[0]?.text.sv ?? '')} – ${first} – ${second} – ${third}`,
    );
  });

  it('exist on no other model', () => {
    const withSubPoints = MODELS.filter((m) => m.how.some((point) => point.subPoints));
    expect(ids(withSubPoints)).toEqual(['sharing-company-climate-actions']);
    expect(dashLines).toHaveLength(3);
  });

  it('are never written as points of their own: no point or sub-point starts with a dash', () => {
    for (const m of MODELS) {
      for (const point of m.how) {
        for (const text of [point.text, ...(point.subPoints ?? [])]) {
          for (const locale of LOCALES) expect(text[locale], m.id).not.toMatch(/^[-–—•*]/);
        }
      }
    }
  });

  it('are found by search, in each language', () => {
    expect(ids(searchModels('företagarföreningar', 'sv'))).toEqual([
      'sharing-company-climate-actions',
    ]);
    expect(ids(searchModels("entrepreneurs' associations", 'en'))).toEqual([
      'sharing-company-climate-actions',
    ]);
    expect(ids(searchModels('yrittäjäyhdistysten', 'fi'))).toEqual([
      'sharing-company-climate-actions',
    ]);
  });
});

describe('lookups', () => {
  it('gets a model by id and nothing for an unknown id', () => {
    expect(getModel('open-data')?.category).toBe('communication');
    expect(getModel('no-such-model')).toBeUndefined();
  });

  it('localizes, falling back to Swedish when a translation is empty', () => {
    const greeting = { sv: 'Hej', fi: 'Hei', en: 'Hello' };
    expect(localize(greeting, 'en')).toBe('Hello');
    expect(localize(greeting, 'fi')).toBe('Hei');
    expect(localize(greeting, 'sv')).toBe('Hej');
    expect(localize({ sv: 'Hej', fi: '', en: '' }, 'en')).toBe('Hej');
    expect(localize({ sv: 'Hej', fi: '', en: '' }, 'fi')).toBe('Hej');
  });
});

describe('searchModels', () => {
  it('returns every model, in order, for an empty or blank query', () => {
    expect(ids(searchModels('', 'sv'))).toEqual(ids(MODELS));
    expect(ids(searchModels('   ', 'en'))).toEqual(ids(MODELS));
  });

  it('ignores case and diacritics', () => {
    expect(ids(searchModels('oppna data', 'sv'))).toEqual(['open-data']);
    expect(ids(searchModels('ÖPPNA  DATA', 'sv'))).toEqual(['open-data']);
    expect(ids(searchModels('hameenlinna', 'en'))).toEqual([
      'responsibility-training-for-companies',
    ]);
  });

  it('searches the risk notes, so greenwashing finds the three models that warn of it', () => {
    const risky = ['climate-label', 'diploma', 'signed-climate-commitment'];
    expect(ids(searchModels('grönmålning', 'sv'))).toEqual(risky);
    expect(ids(searchModels('GRONMALNING', 'sv'))).toEqual(risky);
    expect(ids(searchModels('greenwashing', 'en'))).toEqual(risky);
  });

  it('searches only the requested language', () => {
    expect(searchModels('greenwashing', 'sv')).toEqual([]);
    expect(searchModels('grönmålning', 'en')).toEqual([]);
    expect(ids(searchModels('Tavastehus', 'sv'))).toEqual([
      'responsibility-training-for-companies',
    ]);
    expect(searchModels('Tavastehus', 'en')).toEqual([]);
  });

  it('requires every word of the query, in any field', () => {
    // "Seinäjoen" is an example, "märkesdjungeln" a risk note: both on the label model only.
    expect(ids(searchModels('seinajoen märkesdjungeln', 'sv'))).toEqual(['climate-label']);
    expect(searchModels('seinajoen hackathon', 'sv')).toEqual([]);
  });

  it('searches a given list of models instead of the catalogue', () => {
    const own = [model('diploma'), model('open-data')];
    expect(ids(searchModels('data', 'sv', own))).toEqual(['open-data']);
  });
});
