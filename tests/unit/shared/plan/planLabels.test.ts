import { describe, expect, it } from 'vitest';
import {
  countLabel,
  fillLabel,
  formatIsoDate,
  formatLocalDate,
  PLAN_LABELS,
} from '../../../../shared/i18n/plan';
import { QUADRANTS } from '../../../../shared/domain/quadrant';

describe('plan labels', () => {
  it('formats workshop dates as prose in both languages', () => {
    expect(formatIsoDate('2026-11-30', 'sv')).toBe('30 november 2026');
    expect(formatIsoDate('2026-11-30', 'en')).toBe('30 November 2026');
    expect(formatIsoDate('2026-01-05', 'sv')).toBe('5 januari 2026');
  });

  it('returns a malformed date unchanged rather than inventing one', () => {
    expect(formatIsoDate('i höstas', 'sv')).toBe('i höstas');
    expect(formatIsoDate('2026-13-01', 'en')).toBe('2026-13-01');
  });

  it('formats the local day of a moment', () => {
    expect(formatLocalDate(new Date(2026, 10, 30, 23, 59), 'sv')).toBe('30 november 2026');
  });

  it('fills placeholders and picks singular or plural', () => {
    expect(fillLabel(PLAN_LABELS.sv.pageOf, { page: 2, pages: 7 })).toBe('Sida 2 av 7');
    expect(fillLabel(PLAN_LABELS.en.pageOf, { page: 2, pages: 7 })).toBe('Page 2 of 7');
    expect(fillLabel('{missing} kvar', {})).toBe('{missing} kvar');
    expect(countLabel(PLAN_LABELS.sv.modelCount, 1)).toBe('1 modell');
    expect(countLabel(PLAN_LABELS.sv.modelCount, 3)).toBe('3 modeller');
  });

  it('names all four quadrants in both languages', () => {
    expect(QUADRANTS.map((quadrant) => PLAN_LABELS.sv.quadrants[quadrant].name)).toEqual([
      'Snabba vinster',
      'Strategiska satsningar',
      'Utfyllnad',
      'Ompröva',
    ]);
    expect(QUADRANTS.map((quadrant) => PLAN_LABELS.en.quadrants[quadrant].name)).toEqual([
      'Quick wins',
      'Strategic bets',
      'Fill-ins',
      'Reconsider',
    ]);
  });
});
