import { en } from './en';
import { fi } from './fi';
import { LOCALES, type Locale } from './locales';
import { sv, type Messages } from './sv';

export type { Locale, Messages };
export { LANGUAGE_NAMES, LOCALES } from './locales';

/** UI message catalogues by language. */
export const MESSAGES: Record<Locale, Messages> = { sv, fi, en };

/** Every catalogue in the shape i18next loads: one `translation` namespace per language. */
export function i18nextResources(): Record<Locale, { translation: Messages }> {
  return Object.fromEntries(
    LOCALES.map((locale) => [locale, { translation: MESSAGES[locale] }]),
  ) as Record<Locale, { translation: Messages }>;
}

/** Whether a stored or requested value is a language the app speaks. */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/**
 * The language to start in when the user has not chosen one: the first of the system's
 * languages the app speaks, by language alone ("sv-FI" is Swedish, "fi-FI" Finnish), else English.
 */
export function defaultLocale(systemLanguages: readonly string[]): Locale {
  for (const tag of systemLanguages) {
    const language = tag.split(/[-_]/)[0]?.toLowerCase();
    if (isLocale(language)) return language;
  }
  return 'en';
}
