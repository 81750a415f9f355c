// @vitest-environment jsdom
import i18next from 'i18next';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { db } from '../../../renderer/src/db/db';
import { settingsRepo } from '../../../renderer/src/db/settingsRepo';
import { changeLocale, initI18n } from '../../../renderer/src/i18n';
import { MESSAGES } from '../../../shared/i18n';

// One start of the app's i18next, as on a Finnish laptop, with one Finnish message left empty.
// The catalogue is read-only to the app; the test blanks one message the way a gap would look.
const finnishBoard: { search: string } = MESSAGES.fi.board;
const searchInFinnish = finnishBoard.search;
const warnings: string[] = [];

beforeAll(async () => {
  await db.settings.clear();
  Object.defineProperty(navigator, 'languages', { value: ['fi-FI', 'en-US'], configurable: true });
  vi.spyOn(console, 'warn').mockImplementation((message: unknown) => {
    warnings.push(String(message));
  });
  finnishBoard.search = '';
  await initI18n();
});

afterAll(async () => {
  finnishBoard.search = searchInFinnish;
  vi.restoreAllMocks();
  await db.settings.clear();
});

describe('the UI language', () => {
  it('starts in Finnish on a Finnish system when the user has not chosen', () => {
    expect(i18next.language).toBe('fi');
    expect(document.documentElement.lang).toBe('fi');
    expect(i18next.t('board.back')).toBe('Kaikki työpajat');
    expect(i18next.t('home.charsLeft', { count: 1 })).toBe('1 merkki jäljellä');
    expect(i18next.t('home.charsLeft', { count: 5 })).toBe('5 merkkiä jäljellä');
  });

  it('shows a missing Finnish message in Swedish, and names it during development', () => {
    expect(i18next.t('board.search')).toBe('Sök modeller');
    expect(warnings.join('\n')).toMatch(/"fi".*board\.search/);
  });

  it('names a message no language has during development', () => {
    i18next.t('board.noSuchMessage');
    expect(warnings.join('\n')).toContain('board.noSuchMessage');
  });

  it('switches language and remembers the choice on this machine', async () => {
    await changeLocale('en');
    expect(i18next.t('board.search')).toBe('Search models');
    expect(document.documentElement.lang).toBe('en');
    expect(await settingsRepo.getLocale()).toBe('en');
    await changeLocale('fi');
    expect(i18next.t('board.back')).toBe('Kaikki työpajat');
    expect(await settingsRepo.getLocale()).toBe('fi');
  });
});
