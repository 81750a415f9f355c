// Looks up the page's messages in the chosen language and fills in `{{name}}` placeholders.
// The values are shown by React as text, never as markup.
import { createContext, useContext } from 'react';
import type { Locale } from '@shared/i18n/locales';
import {
  participantPageMessages,
  type ParticipantPageKey,
} from '@shared/i18n/features/participantPage';

export type Translate = (
  key: ParticipantPageKey,
  values?: Record<string, string | number>,
) => string;

export function fill(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

export function translator(locale: Locale): Translate {
  const messages = participantPageMessages[locale];
  return (key, values) => fill(messages[key], values);
}

export const LocaleContext = createContext<Locale>('sv');

export function useLocale(): Locale {
  return useContext(LocaleContext);
}

export function useText(): Translate {
  return translator(useLocale());
}
