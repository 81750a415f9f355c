import { describe, expect, it } from 'vitest';
import {
  cleanWorkshopTitle,
  isIsoDate,
  MAX_TITLE_LENGTH,
  validateWorkshopDraft,
  WorkshopDraftError,
} from '../../../../shared/domain/workshopDraft';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const draft = (title: string, organisation = '') => ({ title, organisation, date: '2026-01-01' });

describe('workshop drafts', () => {
  it('trims the fields and keeps an empty organisation', () => {
    expect(
      validateWorkshopDraft({ title: '  Klimatråd  ', organisation: ' ', date: '2026-11-30' }),
    ).toEqual({
      title: 'Klimatråd',
      organisation: '',
      date: '2026-11-30',
    });
  });

  it('refuses a blank title and says so', () => {
    expect(() =>
      validateWorkshopDraft({ title: ' \n ', organisation: '', date: '2026-11-30' }),
    ).toThrow(expect.objectContaining({ problem: 'title-required' }));
  });

  it('refuses dates that are not real days', () => {
    for (const date of [
      '',
      '2026-02-30',
      '2026-13-01',
      '30.11.2026',
      '2026-1-1',
      '2026-11-30T00:00',
    ]) {
      expect(isIsoDate(date), date).toBe(false);
      expect(() => validateWorkshopDraft({ title: 'T', organisation: '', date })).toThrow(
        WorkshopDraftError,
      );
    }
    expect(isIsoDate('2028-02-29')).toBe(true);
  });

  it('cuts over-long text instead of losing the workshop', () => {
    const clean = validateWorkshopDraft({
      title: 'å'.repeat(500),
      organisation: 'x'.repeat(500),
      date: '2026-01-01',
    });
    expect(clean.title).toHaveLength(200);
    expect(clean.organisation).toHaveLength(200);
  });

  it('refuses a title of only spaces, control, bidi and lone surrogate characters', () => {
    for (const title of ['\u202E', ' \u0000\u0007 ', '\uD83D', '\u2066\u2069 \u00a0']) {
      expect(() => validateWorkshopDraft(draft(title)), JSON.stringify(title)).toThrow(
        expect.objectContaining({ problem: 'title-required' }),
      );
    }
  });

  it('cleans a hostile title and organisation but keeps markup and right-to-left words', () => {
    const clean = validateWorkshopDraft(
      draft('  <b>Klimat</b>\u202E\u0000  \n שלום  🌍\uD83D ', ' Vanda\u2067 stad\t'),
    );
    expect(clean.title).toBe('<b>Klimat</b> שלום 🌍');
    expect(clean.organisation).toBe('Vanda stad');
  });

  it('keeps an emoji at the limit whole and never stores half of one', () => {
    const atLimit = `${'a'.repeat(MAX_TITLE_LENGTH - 1)}😀😀`;
    expect(validateWorkshopDraft(draft(atLimit)).title).toBe(`${'a'.repeat(199)}😀`);
    const emoji = validateWorkshopDraft(draft('🌍'.repeat(300))).title;
    expect(emoji).toBe('🌍'.repeat(MAX_TITLE_LENGTH));
    expect(emoji).not.toMatch(LONE_SURROGATE);
  });

  it('keeps a 200-character word whole and is the same rule as cleanWorkshopTitle', () => {
    const word = 'Klimatanpassningsåtgärdsplan'.repeat(8).slice(0, MAX_TITLE_LENGTH);
    expect(validateWorkshopDraft(draft(word)).title).toBe(word);
    expect(cleanWorkshopTitle(` ${word}x`)).toBe(word);
  });
});
