import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Locale } from '@shared/catalogue/types';
import { MESSAGES, defaultLocale } from '@shared/i18n';
import { settingsRepo } from './db/settingsRepo';

/** Starts i18next in the remembered language (or the system's) before the first render. */
export async function initI18n(): Promise<void> {
  // Another window on an older schema can block the database indefinitely; the app must still
  // appear (and say so), so the stored choice gets a moment, not forever.
  const stored = await Promise.race([
    settingsRepo.getLocale().catch(() => undefined),
    new Promise<undefined>((resolve) => setTimeout(resolve, 1500)),
  ]);
  const locale = stored ?? defaultLocale(navigator.languages ?? [navigator.language]);
  await i18next.use(initReactI18next).init({
    lng: locale,
    fallbackLng: 'sv',
    resources: { sv: { translation: MESSAGES.sv }, en: { translation: MESSAGES.en } },
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
