import type { TFunction } from 'i18next';

const nameOf = (error: unknown) =>
  typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : '';
const innerOf = (error: unknown) =>
  typeof error === 'object' && error !== null && 'inner' in error ? error.inner : undefined;

/**
 * Whether IndexedDB refused a write because the disk or quota is full. Dexie may wrap the
 * QuotaExceededError, e.g. in an AbortError of the transaction, so the chain of `inner` errors
 * is searched too.
 */
export function isQuotaError(error: unknown): boolean {
  for (let e = error, depth = 0; e !== undefined && depth < 5; e = innerOf(e), depth++) {
    if (nameOf(e) === 'QuotaExceededError') return true;
  }
  return false;
}

/** A message the user can act on, in their language. */
export function describeError(error: unknown, t: TFunction): string {
  if (isQuotaError(error)) return t('save.quota');
  const message = error instanceof Error ? error.message : String(error);
  return t('save.failed', { message });
}
