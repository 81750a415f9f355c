import { describe, expect, it } from 'vitest';
import {
  isIsoDate,
  validateWorkshopDraft,
  WorkshopDraftError,
} from '../../../../shared/domain/workshopDraft';

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
});
