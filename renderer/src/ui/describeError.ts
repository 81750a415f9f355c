import type { TFunction } from 'i18next';

/** Whether IndexedDB refused a write because the disk or quota is full (Dexie may wrap it). */
export function isQuotaError(error: unknown): boolean {
  const named = (e: unknown) =>
    typeof e === 'object' && e !== null && 'name' in e ? String(e.name) : '';
  const inner =
    typeof error === 'object' && error !== null && 'inner' in error ? error.inner : null;
  return [named(error), named(inner)].includes('QuotaExceededError');
}

/** A message the user can act on, in their language. */
export function describeError(error: unknown, t: TFunction): string {
  if (isQuotaError(error)) return t('save.quota');
  const message = error instanceof Error ? error.message : String(error);
  return t('save.failed', { message });
}
