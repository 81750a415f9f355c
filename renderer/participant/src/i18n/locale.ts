// The page's language: the person's own choice if they made one on this device, else the first
// of the browser's languages the app speaks, else Swedish (the workshop's source language).
import { LOCALES, type Locale } from '@shared/i18n/locales';

const LANGUAGE_KEY = 'klimatverkstad-participant-language';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

export function pickLocale(stored: string | null, browserLanguages: readonly string[]): Locale {
  if (isLocale(stored)) return stored;
  for (const tag of browserLanguages) {
    const language = tag.split(/[-_]/)[0]?.toLowerCase();
    if (isLocale(language)) return language;
  }
  return 'sv';
}

export function storedLocale(storage: Storage | null): string | null {
  try {
    return storage?.getItem(LANGUAGE_KEY) ?? null;
  } catch {
    return null;
  }
}

export function storeLocale(storage: Storage | null, locale: Locale): void {
  try {
    storage?.setItem(LANGUAGE_KEY, locale);
  } catch {
    // Not kept: the page still speaks the language until it closes.
  }
}
