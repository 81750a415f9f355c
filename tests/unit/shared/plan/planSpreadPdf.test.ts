import { beforeAll, describe, expect, it } from 'vitest';
import { CATEGORIES, MODELS } from '../../../../shared/catalogue';
import type { Locale } from '../../../../shared/catalogue/types';
import { buildPlanPdf } from '../../../../shared/plan/buildPlanPdf';
import { planInput } from '../../../../shared/plan/planInput';
import type { PlanVoices } from '../../../../shared/plan/planVoices';
import { MARGIN, PAGE } from '../../../../shared/plan/theme';
import type { PlanInput } from '../../../../shared/plan/types';
import { corners, loadFonts, NOW, readPdf, type ReadPdf, type TextItem } from './fixtures';
import { fullWorkshop, NAMES, round } from './votingFixtures';

const workshop = { title: 'Klimatverkstad Växjö 2026', organisation: 'Växjö', date: '2026-11-30' };
const { placements, voices } = fullWorkshop();

function input(locale: Locale, v?: PlanVoices): PlanInput {
  return planInput(workshop, placements, MODELS, CATEGORIES, locale, v);
}

async function render(plan: PlanInput): Promise<ReadPdf> {
  return readPdf(await buildPlanPdf(plan, loadFonts(), { now: NOW }));
}

const all = (pdf: ReadPdf) =>
  pdf.pages
    .map((page) => page.text)
    .join(' ')
    .replace(/\s+/g, ' ');
const isNote = (item: TextItem) => /^n = \d+/.test(item.str);

/** The note each model should carry in the legend, worked out from the input. */
function expectedNotes(plan: PlanInput, skippedWord: string): string[] {
  return plan.items
    .flatMap((item) => (item.spread ? [item.spread] : []))
    .map((s) => (s.skipped > 0 ? `n = ${s.n}, ${s.skipped} ${skippedWord}` : `n = ${s.n}`))
    .sort();
}

let swedish: PlanInput;
let voted: ReadPdf;
let english: ReadPdf;

beforeAll(async () => {
  swedish = input('sv', voices);
  voted = await render(swedish);
  english = await render(input('en', voices));
});

describe('the plan with votes', () => {
  it('gives every model with a spread its n in the legend', () => {
    expect(swedish.items.filter((item) => item.spread)).toHaveLength(25);
    const notes = voted.pages.flatMap((page) => page.items.filter(isNote).map((i) => i.str));
    expect(notes.sort()).toEqual(expectedNotes(swedish, 'vet ej'));
    expect(notes).toContain('n = 9');
    expect(notes.some((note) => /^n = \d+, \d+ vet ej$/.test(note))).toBe(true);
  });

  it('explains the box on the matrix page, once', () => {
    const matrix = (voted.pages[1]?.text ?? '').replace(/\s+/g, ' ');
    expect(matrix).toContain(
      'Ruta: mittersta hälften av deltagarnas placeringar (kvartilavståndet).',
    );
    expect(matrix).toContain('n = antal deltagare som placerade modellen.');
    expect(all(voted).split('Ruta: mittersta').length - 1).toBe(1);
  });

  it('keeps the n notes clear of the matrix and of every other text', () => {
    const page = voted.pages[1]?.items ?? [];
    const bottomLeft = page.find((item) => item.str === 'Utfyllnad');
    const squareBottom = (bottomLeft?.transform[5] ?? 0) - 8;
    const box = (item: TextItem) => {
      const points = corners(item);
      const xs = points.map((p) => p.x);
      const ys = points.map((p) => p.y);
      return { l: Math.min(...xs), r: Math.max(...xs), b: Math.min(...ys), t: Math.max(...ys) };
    };
    voted.pages.forEach((current, index) => {
      const notes = current.items.filter(isNote);
      for (const note of notes) {
        const a = box(note);
        if (index === 1) expect(a.t, note.str).toBeLessThan(squareBottom);
        for (const other of current.items) {
          if (other === note || other.str.trim() === '') continue;
          const b = box(other);
          const overlap = a.l < b.r - 0.5 && b.l < a.r - 0.5 && a.b < b.t - 0.5 && b.b < a.t - 0.5;
          expect(overlap, `page ${index + 1}: "${note.str}" over "${other.str}"`).toBe(false);
        }
      }
    });
  });

  it('ends with a method note: rounds, groups by number, pooling and the consensus rule', () => {
    const text = all(voted);
    const met = swedish.items.filter((item) => item.spread?.consensus).length;
    const at = text.lastIndexOf('Metod');
    expect(at).toBeGreaterThan(text.lastIndexOf('Undertecknat klimatåtagande'));
    const method = text.slice(at);
    expect(method).toContain('i 2 omgångar');
    expect(method).toContain('runda 2');
    expect(method).toContain(
      '9 deltagare svarade i runda 2 (Företag: 5, Förtroendevalda: 2, Tjänstepersoner: 2).',
    );
    expect(method).toContain('KVARTIL.INK');
    expect(method).toContain('minst 75 % av placeringarna i en och samma kvadrant');
    expect(method).toContain(`${met} av 25 modeller i planen nådde konsensus.`);
    expect(met).toBeGreaterThan(0);
    expect(met).toBeLessThan(25);
  });

  it('never prints a participant’s name', () => {
    for (const pdf of [voted, english]) {
      for (const name of NAMES) expect(all(pdf)).not.toContain(name);
    }
  });

  it('speaks English in an English plan', () => {
    const text = all(english);
    expect(text).toContain(
      'Box: middle half of the participants’ placements (interquartile range).',
    );
    expect(text).toMatch(/n = \d+, \d+ don’t know/);
    expect(text).toContain('Method');
    expect(text).toContain('9 participants answered in round 2 (Companies: 5');
    expect(text).toContain('at least 75 % of the placements in one quadrant');
    expect(text).toContain('QUARTILE.INC');
    expect(text).not.toContain('vet ej');
  });

  it('keeps every text item inside the page margins', () => {
    for (const pdf of [voted, english]) {
      pdf.pages.forEach((page, index) => {
        for (const item of page.items) {
          if (item.str.trim() === '') continue;
          for (const corner of corners(item)) {
            const where = `page ${index + 1}: "${item.str.slice(0, 30)}"`;
            expect(corner.x, where).toBeGreaterThanOrEqual(MARGIN.left - 1);
            expect(corner.x, where).toBeLessThanOrEqual(PAGE.width - MARGIN.right + 1);
            expect(corner.y, where).toBeGreaterThanOrEqual(MARGIN.bottom - 1);
            expect(corner.y, where).toBeLessThanOrEqual(PAGE.height - MARGIN.top + 1);
          }
        }
      });
    }
  });
});

describe('the plan without revealed votes', () => {
  it('reads exactly as a plan made without voices: no spread, no method', async () => {
    const plain = await render(input('sv'));
    const unrevealed = await render(
      input('sv', { ...voices, rounds: [round(1, 'locked'), round(2, 'open')] }),
    );
    expect(unrevealed.pages.map((page) => page.text)).toEqual(plain.pages.map((p) => p.text));
    const text = all(plain);
    expect(text).not.toContain('Metod');
    expect(text).not.toContain('n = ');
    expect(text).not.toContain('Ruta:');
  });
});
