import { describe, expect, it } from 'vitest';
import { countLabel, fillLabel, PLAN_LABELS } from '../../../../shared/i18n/plan';
import { LOCALES, MESSAGES } from '../../../../shared/i18n';
import { QUADRANTS } from '../../../../shared/domain/quadrant';

describe('plan labels', () => {
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

  it('uses the board’s quadrant names in every language', () => {
    for (const locale of LOCALES) {
      for (const quadrant of QUADRANTS) {
        expect(PLAN_LABELS[locale].quadrants[quadrant].name, `${locale} ${quadrant}`).toBe(
          MESSAGES[locale].quadrant[quadrant],
        );
      }
    }
  });

  it('heads the risks with the same words as the model card', () => {
    expect(PLAN_LABELS.sv.risks).toBe('Risker att beakta');
    expect(PLAN_LABELS.en.risks).toBe('Risks to consider');
    for (const locale of LOCALES) {
      expect(PLAN_LABELS[locale].risks, locale).toBe(MESSAGES[locale].card.risks);
    }
  });
});
