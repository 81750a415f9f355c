import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultSetup, type Workshop } from '../../../../../shared/domain/workshop';
import {
  MAX_FILE_NAME_BYTES,
  sanitizeFileName,
  utf8Length,
} from '../../../../../shared/io/fileName';
import { planFileName, renderPlanPdf } from '../../../../../renderer/src/features/plan/exportPlan';
import { loadFonts, readPdf } from '../../../shared/plan/fixtures';
import { fullWorkshop, NAMES } from '../../../shared/plan/votingFixtures';

const workshop = (title: string, date = '2026-11-30'): Workshop => ({
  id: 'w1',
  title,
  organisation: 'Åbo stad',
  date,
  setup: defaultSetup(),
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

describe('renderPlanPdf', () => {
  afterEach(() => vi.unstubAllGlobals());

  /** The renderer fetches the bundled fonts by URL; here they come from disk. */
  function stubFonts() {
    const fonts = loadFonts();
    vi.stubGlobal('fetch', async (url: string) => {
      const bytes = /bold/i.test(String(url)) ? fonts.bold : fonts.regular;
      return new Response(bytes.slice());
    });
  }

  it('fetches the fonts once per session, not once per export', async () => {
    const fonts = loadFonts();
    const fetched: string[] = [];
    vi.stubGlobal('fetch', async (url: string) => {
      fetched.push(String(url));
      return new Response((/bold/i.test(String(url)) ? fonts.bold : fonts.regular).slice());
    });
    for (let i = 0; i < 3; i++) {
      const pdf = await readPdf(await renderPlanPdf(workshop('Klimatråd'), [], 'sv'));
      expect(pdf.pageCount).toBeGreaterThan(0);
    }
    // Two fonts, fetched by the first export (or by an earlier one in this session).
    expect(fetched.length).toBeLessThanOrEqual(2);
  });

  it('passes the voices on: spread and method note in the plan', async () => {
    stubFonts();
    const { placements, voices } = fullWorkshop();
    const stored = placements.map((p) => ({ ...p, workshopId: 'w1', updatedAt: 0 }));
    const pdf = await readPdf(await renderPlanPdf(workshop('Klimatråd'), stored, 'en', voices));
    const text = pdf.pages.map((page) => page.text).join(' ');
    expect(text).toContain('Method');
    expect(text).toMatch(/n = \d+/);
    for (const name of NAMES) expect(text).not.toContain(name);

    const plain = await readPdf(await renderPlanPdf(workshop('Klimatråd'), stored, 'en'));
    const plainText = plain.pages.map((page) => page.text).join(' ');
    expect(plainText).not.toContain('Method');
    expect(plainText).not.toMatch(/n = \d+/);
  });
});
