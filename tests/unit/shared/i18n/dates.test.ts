import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../../../shared/i18n';
import {
  formatCalendarDay,
  formatIsoDate,
  formatLocalDate,
  MONTH_NAMES,
} from '../../../../shared/i18n/dates';

describe('dates', () => {
  it('formats workshop dates as prose in every language', () => {
    expect(formatIsoDate('2026-11-30', 'sv')).toBe('30 november 2026');
    expect(formatIsoDate('2026-11-30', 'en')).toBe('30 November 2026');
    expect(formatIsoDate('2026-11-30', 'fi')).toBe('30. marraskuuta 2026');
    expect(formatIsoDate('2026-01-05', 'sv')).toBe('5 januari 2026');
    expect(formatIsoDate('2026-07-05', 'fi')).toBe('5. heinäkuuta 2026');
    expect(formatIsoDate(' 2026-05-01 ', 'en')).toBe('1 May 2026');
  });

  it('returns a malformed date unchanged rather than inventing one', () => {
    expect(formatIsoDate('i höstas', 'sv')).toBe('i höstas');
    expect(formatIsoDate('syksyllä', 'fi')).toBe('syksyllä');
    expect(formatIsoDate('2026-13-01', 'en')).toBe('2026-13-01');
    expect(formatIsoDate('2026-00-10', 'en')).toBe('2026-00-10');
    expect(formatIsoDate('2026-02-32', 'sv')).toBe('2026-02-32');
  });

  it('formats the local day of a moment', () => {
    expect(formatLocalDate(new Date(2026, 10, 30, 23, 59), 'sv')).toBe('30 november 2026');
    expect(formatLocalDate(new Date(2027, 0, 1, 0, 0), 'en')).toBe('1 January 2027');
    expect(formatLocalDate(new Date(2027, 0, 1, 0, 0), 'fi')).toBe('1. tammikuuta 2027');
  });

  it('names twelve different months in every language', () => {
    for (const locale of LOCALES) {
      expect(MONTH_NAMES[locale], locale).toHaveLength(12);
      expect(new Set(MONTH_NAMES[locale]).size, locale).toBe(12);
    }
  });

  it('writes every day of the year with its month name and year, in every language', () => {
    for (const locale of LOCALES) {
      for (let month = 1; month <= 12; month++) {
        const text = formatCalendarDay({ year: 2026, month, day: 9 }, locale);
        expect(text, locale).toContain(MONTH_NAMES[locale][month - 1]);
        expect(text, locale).toMatch(/^9\.? \S+ 2026$/);
      }
    }
  });
});
