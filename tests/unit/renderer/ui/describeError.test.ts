import Dexie from 'dexie';
import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { describeError, isQuotaError } from '../../../../renderer/src/ui/describeError';

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
const t = ((key: string, values?: { message?: string }) =>
  values?.message ? `${key}: ${values.message}` : key) as unknown as TFunction;

describe('storage errors the user sees', () => {
  it('recognises a full disk however Dexie wraps it', () => {
    expect(isQuotaError(quota())).toBe(true);
    expect(isQuotaError(new Dexie.QuotaExceededError('full'))).toBe(true);
    expect(isQuotaError(new Dexie.AbortError('Transaction aborted', quota()))).toBe(true);
    const twice = new Dexie.AbortError('outer', new Dexie.AbortError('inner', quota()));
    expect(isQuotaError(twice)).toBe(true);
  });

  it('does not mistake other failures for a full disk', () => {
    expect(isQuotaError(new Dexie.AbortError('aborted'))).toBe(false);
    expect(isQuotaError(new Error('QuotaExceededError'))).toBe(false);
    expect(isQuotaError(null)).toBe(false);
    expect(isQuotaError('QuotaExceededError')).toBe(false);
  });

  it('tells the user what to do about a full disk, and what went wrong otherwise', () => {
    expect(describeError(new Dexie.AbortError('x', quota()), t)).toBe('save.quota');
    expect(describeError(new Error('Workshop gone'), t)).toBe('save.failed: Workshop gone');
  });
});
