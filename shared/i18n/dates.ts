// Dates as people write them in prose. Month names come from our own table, not Intl, so the
// PDF reads the same on every machine whatever ICU data the runtime ships.
import type { Locale } from '../catalogue/types';

/**
 * Month names, January first, as they appear mid-sentence. Finnish writes a date's month in the
 * partitive ("30. marraskuuta"), so that is the form kept here.
 */
export const MONTH_NAMES: Record<Locale, readonly string[]> = {
  sv: [
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
  fi: [
    'tammikuuta',
    'helmikuuta',
    'maaliskuuta',
    'huhtikuuta',
    'toukokuuta',
    'kesäkuuta',
    'heinäkuuta',
    'elokuuta',
    'syyskuuta',
    'lokakuuta',
    'marraskuuta',
    'joulukuuta',
  ],
  en: [
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

type DayParts = { day: number; month: string; year: number };

/** How each language orders a date in prose; Finnish marks the day as an ordinal ("30."). */
const DAY_IN_PROSE: Record<Locale, (parts: DayParts) => string> = {
  sv: ({ day, month, year }) => `${day} ${month} ${year}`,
  fi: ({ day, month, year }) => `${day}. ${month} ${year}`,
  en: ({ day, month, year }) => `${day} ${month} ${year}`,
};

/** A calendar day in prose: "30 november 2026" / "30. marraskuuta 2026" / "30 November 2026". */
export function formatCalendarDay(
  day: { year: number; month: number; day: number },
  locale: Locale,
): string {
  const month = MONTH_NAMES[locale][day.month - 1] ?? String(day.month);
  return DAY_IN_PROSE[locale]({ day: day.day, month, year: day.year });
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
  return formatCalendarDay({ year, month, day }, locale);
}

/** The local calendar day of a moment, formatted like `formatIsoDate`. */
export function formatLocalDate(moment: Date, locale: Locale): string {
  return formatCalendarDay(
    { year: moment.getFullYear(), month: moment.getMonth() + 1, day: moment.getDate() },
    locale,
  );
}
