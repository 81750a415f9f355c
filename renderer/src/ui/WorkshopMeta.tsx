import type { Workshop } from '@shared/domain/workshop';
import { formatIsoDate } from '@shared/i18n/dates';
import { useLocale } from '../features/settings/useLocale';

/** "Organisation · 30 november 2026": a workshop's who and when, in the UI language. */
export function WorkshopMeta({ workshop }: { workshop: Workshop }) {
  const locale = useLocale();
  return (
    <>{[workshop.organisation, formatIsoDate(workshop.date, locale)].filter(Boolean).join(' · ')}</>
  );
}
