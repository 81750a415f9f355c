// Every text the app shows or prints exists, non-empty, in every language of LOCALES: the UI
// messages, the plan's labels, the month names and the whole catalogue. Nothing here names a
// language but Swedish, the reference, so a language added to LOCALES is checked as it is.
import { describe, expect, it } from 'vitest';
import { CATEGORIES, MODELS, type LocalizedText } from '../../../../shared/catalogue';
import {
  missingMessages,
  missingPluralForms,
  placeholderMismatches,
  type TextTree,
} from '../../../../shared/i18n/completeness';
import { MONTH_NAMES } from '../../../../shared/i18n/dates';
import { LANGUAGE_NAMES, LOCALES, MESSAGES, type Locale } from '../../../../shared/i18n';
import { PLAN_LABELS } from '../../../../shared/i18n/plan';

/** Every catalogue of texts the app has, by name, in one language. */
function catalogues(locale: Locale): Record<string, TextTree> {
  return {
    'UI messages': MESSAGES[locale],
    'plan labels': PLAN_LABELS[locale],
    'month names': { months: MONTH_NAMES[locale] },
    'language name': { name: LANGUAGE_NAMES[locale] },
  };
}

/** Every localized text of the catalogue, with where it stands. */
function catalogueTexts(): { where: string; text: LocalizedText }[] {
  return [
    ...CATEGORIES.map((category) => ({ where: `category ${category.id}`, text: category.title })),
    ...MODELS.flatMap((model) => [
      { where: `${model.id} title`, text: model.title },
      { where: `${model.id} name`, text: model.name },
      ...(model.why ? [{ where: `${model.id} why`, text: model.why }] : []),
      ...model.how.flatMap((point, index) => [
        { where: `${model.id} how ${index + 1}`, text: point.text },
        ...(point.subPoints ?? []).map((sub, subIndex) => ({
          where: `${model.id} how ${index + 1}.${subIndex + 1}`,
          text: sub,
        })),
      ]),
      ...model.examples.map((example, index) => ({
        where: `${model.id} example ${index + 1}`,
        text: example.name,
      })),
      ...model.risks.map((risk, index) => ({ where: `${model.id} risk ${index + 1}`, text: risk })),
    ]),
  ];
}

describe.each(LOCALES)('in %s', (locale) => {
  it('has every text of every catalogue, none empty', () => {
    const reference = catalogues('sv');
    const missing = Object.entries(catalogues(locale)).flatMap(([name, texts]) =>
      missingMessages(reference[name] ?? {}, texts).map((path) => `${name}: ${path}`),
    );
    expect(missing).toEqual([]);
  });

  it('fills in the same values as the Swedish texts', () => {
    const reference = catalogues('sv');
    const mismatched = Object.entries(catalogues(locale)).flatMap(([name, texts]) =>
      placeholderMismatches(reference[name] ?? {}, texts).map((path) => `${name}: ${path}`),
    );
    expect(mismatched).toEqual([]);
  });

  it('has every plural form the language needs', () => {
    expect(missingPluralForms(MESSAGES.sv, MESSAGES[locale], locale)).toEqual([]);
  });

  it('has every field of the catalogue, none empty', () => {
    const missing = catalogueTexts()
      .filter(({ text }) => !text[locale]?.trim())
      .map(({ where }) => where);
    expect(missing).toEqual([]);
  });
});

describe.each(LOCALES.filter((locale) => locale !== 'sv'))('translated into %s', (locale) => {
  it('names every model in its own words rather than copying the Swedish', () => {
    // Place names may read the same in Swedish and another language; a model's name may not.
    const copied = MODELS.filter((model) => model.name[locale] === model.name.sv).map(
      (model) => model.id,
    );
    expect(copied).toEqual([]);
  });
});

describe('the checks themselves', () => {
  const reference = { a: { one: 'Ett', two: 'Två {{n}}' }, months: ['jan', 'feb'] };

  it('find a missing, an empty and a blank text, and a list item too few', () => {
    expect(missingMessages(reference, { a: { one: '' }, months: ['tammi'] })).toEqual([
      'a.one',
      'a.two',
      'months.1',
    ]);
    expect(missingMessages(reference, { a: { one: ' ', two: 'Kaksi {{n}}' }, months: [] })).toEqual(
      ['a.one', 'months.0', 'months.1'],
    );
    expect(missingMessages(reference, reference)).toEqual([]);
  });

  it('find a placeholder left out or renamed, in either syntax', () => {
    expect(placeholderMismatches(reference, { a: { one: 'Yksi', two: 'Kaksi' } })).toEqual([
      'a.two',
    ]);
    expect(placeholderMismatches({ x: 'Sida {page}' }, { x: 'Sivu {sivu}' })).toEqual(['x']);
    expect(placeholderMismatches({ x: 'Sida {page}' }, { x: 'Sivu {page}' })).toEqual([]);
  });

  it('ask each language for its own plural forms, and only of counted messages', () => {
    const counted = {
      left_one: '{{count}} kvar',
      left_other: '{{count}} kvar',
      group_other: 'Övriga',
    };
    expect(missingPluralForms(counted, { left_other: '{{count}}' }, 'fi')).toEqual(['left_one']);
    expect(missingPluralForms(counted, { left_one: '', left_other: '' }, 'fi')).toEqual([]);
    // Polish counts "few" and "many" apart: a Polish catalogue would need them.
    expect(missingPluralForms(counted, { left_one: '', left_other: '' }, 'pl')).toEqual([
      'left_few',
      'left_many',
    ]);
  });
});
