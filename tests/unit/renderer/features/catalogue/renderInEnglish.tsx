import { render } from '@testing-library/react';
import i18next from 'i18next';
import type { ReactNode } from 'react';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { MESSAGES } from '../../../../../shared/i18n';

/** A fresh i18next set up as renderer/src/i18n.ts does, in English. */
async function englishI18n() {
  const i18n = i18next.createInstance();
  await i18n.use(initReactI18next).init({
    lng: 'en',
    fallbackLng: 'sv',
    resources: { sv: { translation: MESSAGES.sv }, en: { translation: MESSAGES.en } },
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return i18n;
}

/** Renders `ui` with the English UI messages, as a user who chose English sees it. */
export async function renderInEnglish(ui: ReactNode) {
  const i18n = await englishI18n();
  return render(<I18nextProvider i18n={i18n}>{ui}</I18nextProvider>);
}
