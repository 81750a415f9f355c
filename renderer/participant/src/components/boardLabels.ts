import { MESSAGES } from '@shared/i18n';
import type { Locale } from '@shared/i18n/locales';

/** The board's own axis and quadrant names, so phone and big screen say the same thing. */
export function boardLabels(locale: Locale) {
  const messages = MESSAGES[locale];
  return { board: messages.board, quadrant: messages.quadrant };
}
