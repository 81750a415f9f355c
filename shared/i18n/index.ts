import type { Locale } from '../catalogue/types';
import { en } from './en';
import { sv, type Messages } from './sv';

export type { Messages };

/** UI message catalogues by language. */
export const MESSAGES: Record<Locale, Messages> = { sv, en };

export const LOCALES: readonly Locale[] = ['sv', 'en'];

/** Whether a stored or requested value is a language the app speaks. */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The language to start in when the user has not chosen one: Swedish for Nordic systems. */
export function defaultLocale(systemLanguages: readonly string[]): Locale {
  const nordic = systemLanguages.some((tag) => /^(sv|fi)\b/i.test(tag));
  return nordic ? 'sv' : 'en';
}
