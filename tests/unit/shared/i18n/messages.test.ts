import { describe, expect, it } from 'vitest';
import {
  defaultLocale,
  i18nextResources,
  isLocale,
  LANGUAGE_NAMES,
  LOCALES,
  MESSAGES,
} from '../../../../shared/i18n';

describe('the languages', () => {
  it('are Swedish, Finnish and English, Swedish first as the source language', () => {
    expect(LOCALES).toEqual(['sv', 'fi', 'en']);
  });

  it('are each named in themselves, whatever the screen shows now', () => {
    expect(LANGUAGE_NAMES).toEqual({ sv: 'Svenska', fi: 'Suomi', en: 'English' });
  });

  it('give i18next one catalogue per language, and nothing else', () => {
    const resources = i18nextResources();
    expect(Object.keys(resources)).toEqual([...LOCALES]);
    for (const locale of LOCALES) expect(resources[locale].translation).toBe(MESSAGES[locale]);
  });

  it('are told apart from anything else stored or asked for', () => {
    expect(isLocale('sv')).toBe(true);
    expect(isLocale('fi')).toBe(true);
    expect(isLocale('de')).toBe(false);
    expect(isLocale('fi-FI')).toBe(false);
    expect(isLocale({ toString: () => 'sv' })).toBe(false);
  });
});

describe('the language a new user starts in', () => {
  it('is Finnish on a Finnish system and Swedish on a Swedish one, in Finland too', () => {
    expect(defaultLocale(['fi-FI', 'en'])).toBe('fi');
    expect(defaultLocale(['fi'])).toBe('fi');
    expect(defaultLocale(['sv-FI', 'fi-FI'])).toBe('sv');
    expect(defaultLocale(['sv-SE'])).toBe('sv');
    expect(defaultLocale(['SV_fi'])).toBe('sv');
  });

  it('is English otherwise', () => {
    expect(defaultLocale(['en-US'])).toBe('en');
    expect(defaultLocale(['de-DE', 'nb-NO'])).toBe('en');
    expect(defaultLocale([])).toBe('en');
    // Filipino is not Finnish, though its tag starts with the same letters.
    expect(defaultLocale(['fil-PH'])).toBe('en');
  });

  it('follows the order of the system’s languages', () => {
    expect(defaultLocale(['de-DE', 'fi-FI', 'sv-SE'])).toBe('fi');
    expect(defaultLocale(['en-GB', 'fi-FI'])).toBe('en');
  });
});
