import { describe, expect, it } from 'vitest';
import { formatIsoDate, formatLocalDate, MONTH_NAMES } from '../../../../shared/i18n/dates';

describe('dates', () => {
  it('formats workshop dates as prose in both languages', () => {
    expect(formatIsoDate('2026-11-30', 'sv')).toBe('30 november 2026');
    expect(formatIsoDate('2026-11-30', 'en')).toBe('30 November 2026');
    expect(formatIsoDate('2026-01-05', 'sv')).toBe('5 januari 2026');
    expect(formatIsoDate(' 2026-05-01 ', 'en')).toBe('1 May 2026');
  });

  it('returns a malformed date unchanged rather than inventing one', () => {
    expect(formatIsoDate('i höstas', 'sv')).toBe('i höstas');
    expect(formatIsoDate('2026-13-01', 'en')).toBe('2026-13-01');
    expect(formatIsoDate('2026-00-10', 'en')).toBe('2026-00-10');
    expect(formatIsoDate('2026-02-32', 'sv')).toBe('2026-02-32');
  });

  it('formats the local day of a moment', () => {
    expect(formatLocalDate(new Date(2026, 10, 30, 23, 59), 'sv')).toBe('30 november 2026');
    expect(formatLocalDate(new Date(2027, 0, 1, 0, 0), 'en')).toBe('1 January 2027');
  });

  it('names twelve months in every language', () => {
    for (const names of Object.values(MONTH_NAMES)) expect(names).toHaveLength(12);
  });
});
