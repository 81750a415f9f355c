import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Locale } from '@shared/catalogue/types';
import { defaultLocale, i18nextResources, LOCALES, MESSAGES } from '@shared/i18n';
import { missingMessages } from '@shared/i18n/completeness';
import { settingsRepo } from './db/settingsRepo';

/**
 * Swedish is the reference every language is written against, so a message a language lacks
 * shows in Swedish. Tests keep that from reaching a release; during development it is named in
 * the console, so the gap is seen on the screen it is on.
 */
function warnOfMissingMessages(): void {
  for (const locale of LOCALES) {
    const missing = missingMessages(MESSAGES.sv, MESSAGES[locale]);
    if (missing.length > 0) {
      console.warn(`Messages missing in "${locale}", shown in Swedish: ${missing.join(', ')}`);
    }
  }
}

/** Starts i18next in the remembered language (or the system's) before the first render. */
export async function initI18n(): Promise<void> {
  // Another window on an older schema can block the database indefinitely; the app must still
  // appear (and say so), so the stored choice gets a moment, not forever.
  const stored = await Promise.race([
    settingsRepo.getLocale().catch(() => undefined),
    new Promise<undefined>((resolve) => setTimeout(resolve, 1500)),
  ]);
  const locale = stored ?? defaultLocale(navigator.languages ?? [navigator.language]);
  const development = import.meta.env.DEV;
  if (development) warnOfMissingMessages();
  await i18next.use(initReactI18next).init({
    lng: locale,
    supportedLngs: LOCALES,
    fallbackLng: 'sv',
    resources: i18nextResources(),
    // An empty translation is a missing one: show the Swedish text, not a blank.
    returnEmptyString: false,
    // A key no language has (a typo in code) is named in development; production stays quiet.
    saveMissing: development,
    missingKeyHandler: (languages, _namespace, key) =>
      console.warn(`No message "${key}" (${languages.join(', ')})`),
    // React escapes text itself; double escaping would show &amp; to users.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = locale;
}

/** Switches the UI language and remembers the choice. */
export async function changeLocale(locale: Locale): Promise<void> {
  await i18next.changeLanguage(locale);
  document.documentElement.lang = locale;
  await settingsRepo.setLocale(locale);
}
