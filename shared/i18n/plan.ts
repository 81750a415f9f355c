import type { Locale } from '../catalogue/types';
import type { Quadrant } from '../domain/quadrant';
import { MESSAGES, type Messages } from './index';
import { PLAN_VOTING_LABELS, type PlanVotingLabels } from './planVoting';

/**
 * Every word the action-plan PDF prints, dates aside (see ./dates). Placeholders in braces
 * (`{page}`) are filled by `fillLabel`; counts come in a singular and a plural form.
 */
export type PlanLabels = {
  /** BCP 47 tag written to the PDF catalogue so screen readers pick the right voice. */
  language: string;
  heading: string;
  /** PDF metadata: what the document is about, independent of user input. */
  subject: string;
  summaryHeading: string;
  placedSummary: { one: string; other: string };
  modelCount: { one: string; other: string };
  howToRead: string;
  quadrants: Record<Quadrant, { name: string; explanation: string }>;
  matrixHeading: string;
  matrixIntro: string;
  axisX: string;
  axisY: string;
  legendHeading: string;
  noModels: string;
  noModelsHint: string;
  modelsHeading: string;
  continued: string;
  why: string;
  how: string;
  risks: string;
  pageOf: string;
  createdWith: string;
  /** The participants' votes: spread on the matrix and the method note. */
  voting: PlanVotingLabels;
};

/** Quadrant names are the board's own words (UI messages), so the plan and the board agree. */
function quadrantLabels(
  names: Messages['quadrant'],
  explanations: Record<Quadrant, string>,
): PlanLabels['quadrants'] {
  const label = (quadrant: Quadrant) => ({
    name: names[quadrant],
    explanation: explanations[quadrant],
  });
  return {
    'quick-wins': label('quick-wins'),
    strategic: label('strategic'),
    'fill-ins': label('fill-ins'),
    reconsider: label('reconsider'),
  };
}

const sv: PlanLabels = {
  language: 'sv-SE',
  heading: 'Handlingsplan',
  subject: 'Prioriterade verksamhetsmodeller för att främja företagens klimatarbete',
  summaryHeading: 'Sammanfattning',
  placedSummary: {
    one: 'Gruppen placerade {count} verksamhetsmodell på matrisen.',
    other: 'Gruppen placerade {count} verksamhetsmodeller på matrisen.',
  },
  modelCount: { one: '{count} modell', other: '{count} modeller' },
  howToRead:
    'Matrisen på nästa sida visar var gruppen placerade modellerna. Därefter beskrivs ' +
    'modellerna kvadrant för kvadrant, i prioritetsordning.',
  quadrants: quadrantLabels(MESSAGES.sv.quadrant, {
    'quick-wins': 'Stor klimatpåverkan med små resurser – börja här.',
    strategic: 'Stor klimatpåverkan men kräver mycket resurser – planera och finansiera.',
    'fill-ins': 'Liten påverkan med små resurser – gör när det finns utrymme.',
    reconsider: 'Liten påverkan trots mycket resurser – pröva om de behövs.',
  }),
  matrixHeading: 'Matrisen',
  matrixIntro: 'Varje nummer är en modell. Numren följer planens prioritetsordning.',
  axisX: 'Resurser som behövs: få → många',
  axisY: 'Förväntad klimatpåverkan: låg → hög',
  legendHeading: 'Teckenförklaring',
  noModels: 'Inga modeller har placerats ännu.',
  noModelsHint: 'Placera modeller på matrisen i verkstaden och exportera planen igen.',
  modelsHeading: 'Modellerna i prioritetsordning',
  continued: '(forts.)',
  why: 'Varför',
  how: 'Hur',
  risks: 'Risker att beakta',
  pageOf: 'Sida {page} av {pages}',
  createdWith: 'Skapad med Klimatverkstad den {date}',
  voting: PLAN_VOTING_LABELS.sv,
};

const fi: PlanLabels = {
  language: 'fi-FI',
  heading: 'Toimintasuunnitelma',
  subject: 'Priorisoidut toimintamallit yritysten ilmastotyön edistämiseen',
  summaryHeading: 'Yhteenveto',
  placedSummary: {
    one: 'Ryhmä sijoitti matriisiin {count} toimintamallin.',
    other: 'Ryhmä sijoitti matriisiin {count} toimintamallia.',
  },
  modelCount: { one: '{count} malli', other: '{count} mallia' },
  howToRead:
    'Seuraavan sivun matriisi näyttää, mihin ryhmä sijoitti mallit. Sen jälkeen mallit ' +
    'kuvataan lohko kerrallaan tärkeysjärjestyksessä.',
  quadrants: quadrantLabels(MESSAGES.fi.quadrant, {
    'quick-wins': 'Suuri ilmastovaikutus pienin resurssein – aloita näistä.',
    strategic: 'Suuri ilmastovaikutus, mutta vaatii paljon resursseja – suunnittele ja rahoita.',
    'fill-ins': 'Pieni vaikutus pienin resurssein – toteuta, kun on tilaa.',
    reconsider: 'Pieni vaikutus suurin resurssein – harkitse, ovatko nämä tarpeen.',
  }),
  matrixHeading: 'Matriisi',
  matrixIntro:
    'Jokainen numero on yksi malli. Numerot noudattavat suunnitelman tärkeysjärjestystä.',
  axisX: 'Tarvittavat resurssit: vähän → paljon',
  axisY: 'Odotettu ilmastovaikutus: pieni → suuri',
  legendHeading: 'Selite',
  noModels: 'Malleja ei ole vielä sijoitettu.',
  noModelsHint: 'Sijoita mallit matriisiin työpajassa ja vie suunnitelma sitten uudelleen.',
  modelsHeading: 'Mallit tärkeysjärjestyksessä',
  continued: '(jatkuu)',
  why: 'Miksi',
  how: 'Miten',
  risks: 'Huomioitavat riskit',
  pageOf: 'Sivu {page}/{pages}',
  createdWith: 'Luotu Klimatverkstad-sovelluksella {date}',
  voting: PLAN_VOTING_LABELS.fi,
};

const en: PlanLabels = {
  language: 'en-GB',
  heading: 'Action plan',
  subject: "Prioritised operating models for promoting companies' climate work",
  summaryHeading: 'Summary',
  placedSummary: {
    one: 'The group placed {count} operating model on the matrix.',
    other: 'The group placed {count} operating models on the matrix.',
  },
  modelCount: { one: '{count} model', other: '{count} models' },
  howToRead:
    'The matrix on the next page shows where the group placed each model. After it, the ' +
    'models are described quadrant by quadrant, in order of priority.',
  quadrants: quadrantLabels(MESSAGES.en.quadrant, {
    'quick-wins': 'High climate impact for few resources – start here.',
    strategic: 'High climate impact but many resources – plan and fund them.',
    'fill-ins': 'Low impact for few resources – do them when there is room.',
    reconsider: 'Low impact for many resources – question whether they are needed.',
  }),
  matrixHeading: 'The matrix',
  matrixIntro: 'Each number is a model. The numbers follow the order of priority in this plan.',
  axisX: 'Resources needed: few → many',
  axisY: 'Expected climate impact: low → high',
  legendHeading: 'Legend',
  noModels: 'No models placed yet.',
  noModelsHint: 'Place models on the matrix in the workshop, then export the plan again.',
  modelsHeading: 'The models in order of priority',
  continued: '(continued)',
  why: 'Why',
  how: 'How',
  risks: 'Risks to consider',
  pageOf: 'Page {page} of {pages}',
  createdWith: 'Created with Klimatverkstad on {date}',
  voting: PLAN_VOTING_LABELS.en,
};

export const PLAN_LABELS: Record<Locale, PlanLabels> = { sv, fi, en };

/** Replaces `{name}` placeholders; unknown placeholders stay visible rather than vanish. */
export function fillLabel(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

/** Picks the singular or plural form of a count label and fills in the count. */
export function countLabel(forms: { one: string; other: string }, count: number): string {
  return fillLabel(count === 1 ? forms.one : forms.other, { count });
}
