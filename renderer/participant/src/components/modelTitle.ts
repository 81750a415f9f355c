import { getModel } from '@shared/catalogue';
import type { Locale } from '@shared/i18n/locales';
import type { Translate } from '../i18n/text';

/**
 * A model's short title from the catalogue. A workshop's own models reach the page only as
 * ids, so they show as "Model n" by their place in the round.
 */
export function modelTitle(modelId: string, number: number, locale: Locale, t: Translate) {
  return getModel(modelId)?.title[locale] ?? t('modelFallback', { number });
}
