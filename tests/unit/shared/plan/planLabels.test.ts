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

describe('plan labels for votes', () => {
  const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();

  it('has the same texts and placeholders in every language', () => {
    const flat = (labels: object, prefix = ''): Record<string, string> =>
      Object.fromEntries(
        Object.entries(labels).flatMap(([key, value]) =>
          typeof value === 'string'
            ? [[`${prefix}${key}`, value]]
            : Object.entries(flat(value as object, `${prefix}${key}.`)),
        ),
      );
    const sv = flat(PLAN_LABELS.sv.voting);
    for (const locale of LOCALES) {
      const other = flat(PLAN_LABELS[locale].voting);
      expect(Object.keys(other).sort(), locale).toEqual(Object.keys(sv).sort());
      for (const [key, text] of Object.entries(other)) {
        expect(text.trim(), `${locale} ${key}`).not.toBe('');
        expect(placeholders(text), `${locale} ${key}`).toEqual(placeholders(sv[key] ?? ''));
        // One placeholder syntax: i18next's {{name}} would print verbatim here.
        expect(text, `${locale} ${key}`).not.toContain('{{');
      }
    }
  });

  it('names the built-in groups with the participant list’s words', () => {
    expect(PLAN_LABELS.sv.voting.groups).toEqual({
      companies: 'Företag',
      council: 'Förtroendevalda',
      officials: 'Tjänstepersoner',
      other: 'Övriga',
    });
    expect(PLAN_LABELS.en.voting.groups.council).toBe('Council members');
    for (const locale of LOCALES) {
      for (const id of ['companies', 'council', 'officials', 'other'] as const) {
        expect(PLAN_LABELS[locale].voting.groups[id]).toBe(
          MESSAGES[locale].participants[`group_${id}`],
        );
      }
    }
  });

  it('fills the n and the consensus rule', () => {
    expect(fillLabel(PLAN_LABELS.sv.voting.spreadCountSkipped, { n: 7, skipped: 2 })).toBe(
      'n = 7, 2 vet ej',
    );
    expect(fillLabel(PLAN_LABELS.en.voting.spreadCount, { n: 7 })).toBe('n = 7');
    expect(fillLabel(PLAN_LABELS.en.voting.methodRule, { percent: 75 })).toContain(
      'at least 75 % of the placements in one quadrant',
    );
  });
});
