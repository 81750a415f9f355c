/**
 * The languages the app speaks, in the order the language switch lists them: Swedish first (the
 * catalogue's source language), then Finland's other national language, then English. Adding a
 * language here makes the compiler ask for every message, label and catalogue text in it.
 */
export const LOCALES = ['sv', 'fi', 'en'] as const;

export type Locale = (typeof LOCALES)[number];

/** Each language named in itself, so a user finds their own whatever the screen shows now. */
export const LANGUAGE_NAMES: Record<Locale, string> = {
  sv: 'Svenska',
  fi: 'Suomi',
  en: 'English',
};
