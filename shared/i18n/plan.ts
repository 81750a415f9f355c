import type { Locale } from '../catalogue/types';
import type { Quadrant } from '../domain/quadrant';

/**
 * Every word the action-plan PDF prints. Placeholders in braces (`{page}`) are filled by
 * `fillLabel`; counts come in a singular and a plural form.
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
  months: readonly string[];
};

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
  quadrants: {
    'quick-wins': {
      name: 'Snabba vinster',
      explanation: 'Stor klimatpåverkan med små resurser – börja här.',
    },
    strategic: {
      name: 'Strategiska satsningar',
      explanation: 'Stor klimatpåverkan men kräver mycket resurser – planera och finansiera.',
    },
    'fill-ins': {
      name: 'Utfyllnad',
      explanation: 'Liten påverkan med små resurser – gör när det finns utrymme.',
    },
    reconsider: {
      name: 'Ompröva',
      explanation: 'Liten påverkan trots mycket resurser – pröva om de behövs.',
    },
  },
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
  risks: 'Risker',
  pageOf: 'Sida {page} av {pages}',
  createdWith: 'Skapad med Klimatverkstad den {date}',
  months: [
    'januari',
    'februari',
    'mars',
    'april',
    'maj',
    'juni',
    'juli',
    'augusti',
    'september',
    'oktober',
    'november',
    'december',
  ],
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
  quadrants: {
    'quick-wins': {
      name: 'Quick wins',
      explanation: 'High climate impact for few resources – start here.',
    },
    strategic: {
      name: 'Strategic bets',
      explanation: 'High climate impact but many resources – plan and fund them.',
    },
    'fill-ins': {
      name: 'Fill-ins',
      explanation: 'Low impact for few resources – do them when there is room.',
    },
    reconsider: {
      name: 'Reconsider',
      explanation: 'Low impact for many resources – question whether they are needed.',
    },
  },
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
  risks: 'Risks',
  pageOf: 'Page {page} of {pages}',
  createdWith: 'Created with Klimatverkstad on {date}',
  months: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};

export const PLAN_LABELS: Record<Locale, PlanLabels> = { sv, en };

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

/**
 * A calendar day as people write it in prose: "30 november 2026" / "30 November 2026".
 * Month names come from our own table, not Intl, so the PDF reads the same on every machine
 * whatever ICU data the runtime ships.
 */
export function formatPlanDate(
  day: { year: number; month: number; day: number },
  locale: Locale,
): string {
  const month = PLAN_LABELS[locale].months[day.month - 1] ?? String(day.month);
  return `${day.day} ${month} ${day.year}`;
}

/**
 * Formats a workshop date (`YYYY-MM-DD`). Anything else is returned unchanged: a plan with an
 * oddly typed date is still better than no plan.
 */
export function formatIsoDate(iso: string, locale: Locale): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso.trim());
  if (!match) return iso;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > 31) return iso;
  return formatPlanDate({ year, month, day }, locale);
}

/** The local calendar day of a moment, formatted like `formatIsoDate`. */
export function formatLocalDate(moment: Date, locale: Locale): string {
  return formatPlanDate(
    { year: moment.getFullYear(), month: moment.getMonth() + 1, day: moment.getDate() },
    locale,
  );
}
