import { describe, expect, it } from 'vitest';
import type { Workshop } from '../../../../../shared/domain/workshop';
import {
  MAX_FILE_NAME_BYTES,
  sanitizeFileName,
  utf8Length,
} from '../../../../../shared/io/fileName';
import { planFileName } from '../../../../../renderer/src/features/plan/exportPlan';

const workshop = (title: string, date = '2026-11-30'): Workshop => ({
  id: 'w1',
  title,
  organisation: 'Åbo stad',
  date,
  createdAt: 0,
  updatedAt: 0,
});

describe('planFileName', () => {
  it('is the title and the date, letters kept as typed', () => {
    expect(planFileName(workshop('Klimatråd Åbo – höst'), 'en')).toBe(
      'Klimatråd Åbo – höst 2026-11-30.pdf',
    );
    expect(planFileName(workshop('  Växjö:  vår/höst  '), 'sv')).toBe(
      'Växjö- vår-höst 2026-11-30.pdf',
    );
  });

  it('falls back to the plan heading in the chosen language', () => {
    for (const title of ['', '   ', '...', '\u202E', '//']) {
      expect(planFileName(workshop(title), 'sv'), title).toBe('Handlingsplan 2026-11-30.pdf');
      expect(planFileName(workshop(title), 'en'), title).toBe('Action plan 2026-11-30.pdf');
    }
  });

  it('cuts a long title so the date and extension still fit', () => {
    for (const title of ['å'.repeat(400), '😀'.repeat(200), 'x '.repeat(300)]) {
      const name = planFileName(workshop(title), 'sv');
      expect(utf8Length(name)).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES);
      expect(name.endsWith(' 2026-11-30.pdf'), name).toBe(true);
    }
  });

  it('is a name the main process accepts unchanged', () => {
    for (const title of ['Klimatråd Åbo – höst', '../../etc/passwd', 'CON', 'a\u202Efdp.exe', '']) {
      const name = planFileName(workshop(title), 'en');
      expect(sanitizeFileName(name), title).toBe(name);
      expect(name, title).not.toMatch(/[/\\]/);
    }
  });
});
