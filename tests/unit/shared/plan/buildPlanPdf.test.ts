import { beforeAll, describe, expect, it } from 'vitest';
import { buildPlanPdf } from '../../../../shared/plan/buildPlanPdf';
import { PAGE } from '../../../../shared/plan/theme';
import { FONT_FILE_BYTES, loadFonts, NOW, readPdf, swedishPlan, type ReadPdf } from './fixtures';

/** The order the plan must list the fixture's models in, worked out by hand. */
const EXPECTED_ORDER = [
  ['Snabba vinster', '1. Öppna data'],
  [null, '2. Klimatrådgivning för små företag'], // same spot as 3: ordered by id
  [null, '3. Lokalt klimatnätverk för näringslivet'],
  [null, '4. Klimatlöfte för företag'], // (0.5, 0.5) counts as a quick win
  ['Strategiska satsningar', '5. Ansvarsfull kommunal upphandling'],
  ['Utfyllnad', '6. Klimatpris till årets företag'],
  ['Ompröva', '7. Samutveckling av fossilfria transporter'],
  [null, '8. Kampanj om hållbara affärsresor'],
] as const;

let bytes: Uint8Array;
let pdf: ReadPdf;

beforeAll(async () => {
  bytes = await buildPlanPdf(swedishPlan(), loadFonts(), { now: NOW });
  pdf = await readPdf(bytes);
});

describe('buildPlanPdf', () => {
  it('makes A4 portrait pages: cover, matrix, models', () => {
    expect(pdf.pageCount).toBeGreaterThanOrEqual(3);
    for (const page of pdf.pages) {
      expect(page.width).toBeCloseTo(PAGE.width, 1);
      expect(page.height).toBeCloseTo(PAGE.height, 1);
    }
    expect(PAGE).toEqual({ width: 595.28, height: 841.89 });
  });

  it('puts heading, workshop, organisation, date and a per-quadrant summary on the cover', () => {
    const cover = pdf.pages[0]?.text ?? '';
    expect(cover).toContain('Handlingsplan');
    expect(cover).toContain('Klimatverkstad Växjö 2026');
    expect(cover).toContain('Växjö kommun, näringslivsavdelningen');
    expect(cover).toContain('30 november 2026');
    expect(cover).toContain('Gruppen placerade 8 verksamhetsmodeller');
    expect(cover).toMatch(/Snabba vinster.*4 modeller/);
    expect(cover).toMatch(/Strategiska satsningar.*1 modell\b/);
    expect(cover).toContain('Skapad med Klimatverkstad den 30 november 2026');
    expect(cover).not.toMatch(/Sida \d+ av/);
  });

  it('shows the matrix page with axis labels, quadrant names and a legend', () => {
    const matrix = pdf.pages[1]?.text ?? '';
    expect(matrix).toContain('Resurser som behövs: få → många');
    expect(matrix).toContain('Förväntad klimatpåverkan: låg → hög');
    for (const name of ['Snabba vinster', 'Strategiska satsningar', 'Utfyllnad', 'Ompröva']) {
      expect(matrix).toContain(name);
    }
    expect(matrix).toContain('Teckenförklaring');
    expect(matrix).toContain('Ansvarsfull kommunal upphandling');
    expect(matrix).toContain('Öppna data');
  });

  it('lists the models by quadrant in rank order, with why, how and risks', () => {
    const models = pdf.pages
      .slice(2)
      .map((page) => page.text)
      .join(' ');
    let cursor = -1;
    for (const [quadrant, model] of EXPECTED_ORDER) {
      if (quadrant) {
        const at = models.indexOf(quadrant, cursor + 1);
        expect(at, quadrant).toBeGreaterThan(cursor);
        cursor = at;
      }
      const at = models.indexOf(model, cursor + 1);
      expect(at, model).toBeGreaterThan(cursor);
      cursor = at;
    }
    expect(models).toContain('Varför');
    expect(models).toContain('Hur');
    expect(models).toContain('Risker att beakta');
    expect(models).toContain('Risk för grönmålning');
  });

  it('numbers every page but the cover as "Sida n av N" with the workshop title', () => {
    const total = pdf.pageCount;
    pdf.pages.forEach((page, index) => {
      if (index === 0) return;
      expect(page.text).toContain(`Sida ${index + 1} av ${total}`);
      expect(page.text).toContain('Klimatverkstad Växjö 2026');
    });
  });

  it('embeds subset fonts: the file is a fraction of one font file', () => {
    expect(FONT_FILE_BYTES).toBeGreaterThan(700_000);
    expect(bytes.length).toBeLessThan(200_000);
  });

  it('writes metadata from allow-listed fields and declares the language', async () => {
    expect(pdf.info.Title).toBe('Handlingsplan: Klimatverkstad Växjö 2026');
    expect(pdf.info.Author).toBe('Växjö kommun, näringslivsavdelningen');
    expect(pdf.info.Creator).toBe('Klimatverkstad');
    expect(String(pdf.info.Producer)).toContain('Klimatverkstad');
    expect(String(pdf.info.CreationDate)).toContain('20261130');
    expect(pdf.info.Language).toBe('sv-SE');
  });

  it('writes an English plan with English labels', async () => {
    const english = await readPdf(
      await buildPlanPdf({ ...swedishPlan(), locale: 'en' }, loadFonts(), { now: NOW }),
    );
    expect(english.pages[0]?.text).toContain('Action plan');
    expect(english.pages[0]?.text).toContain('30 November 2026');
    expect(english.pages[1]?.text).toContain('Resources needed: few → many');
    expect(english.pages[1]?.text).toContain(`Page 2 of ${english.pageCount}`);
    expect(english.info.Language).toBe('en-GB');
  });

  it('makes a valid two-page plan when no models are placed', async () => {
    const empty = await readPdf(
      await buildPlanPdf(swedishPlan({ items: [] }), loadFonts(), { now: NOW }),
    );
    expect(empty.pageCount).toBe(2);
    expect(empty.pages[0]?.text).toContain('Gruppen placerade 0 verksamhetsmodeller');
    expect(empty.pages[1]?.text).toContain('Inga modeller har placerats ännu.');
    expect(empty.pages[1]?.text).toContain('Sida 2 av 2');
  });
});
