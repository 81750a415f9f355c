import { useTranslation } from 'react-i18next';
import type { Locale } from '@shared/catalogue/types';
import { isLocale } from '@shared/i18n';

/** The current UI language; the catalogue and the plan follow it. */
export function useLocale(): Locale {
  const { i18n } = useTranslation();
  return isLocale(i18n.language) ? i18n.language : 'sv';
}
