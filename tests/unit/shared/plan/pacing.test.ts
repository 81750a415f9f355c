import { beforeAll, describe, expect, it } from 'vitest';
import { CATEGORIES, MODELS } from '../../../../shared/catalogue';
import { buildPlanPdf } from '../../../../shared/plan/buildPlanPdf';
import { planInput } from '../../../../shared/plan/planInput';
import { loadFonts, NOW, readPdf } from './fixtures';

const fonts = loadFonts();
const plan = planInput(
  { title: 'Tempo', organisation: 'Kommun', date: '2026-11-30' },
  MODELS.map((model, i) => ({ modelId: model.id, position: { x: (i % 5) / 4, y: (i % 7) / 6 } })),
  MODELS,
  CATEGORIES,
  'sv',
);

beforeAll(async () => {
  // Fonts parsed and patterns loaded: what is left to wait for is the build itself.
  await buildPlanPdf(plan, fonts, { now: NOW });
});

describe('building a long plan in slices', () => {
  it('reports increasing progress from 0 to 1', async () => {
    const reports: number[] = [];
    const bytes = await buildPlanPdf(plan, fonts, { now: NOW, onProgress: (p) => reports.push(p) });
    expect((await readPdf(bytes)).pageCount).toBeGreaterThan(5);
    expect(reports[0]).toBe(0);
    expect(reports.at(-1)).toBe(1);
    // One report per model at least, each larger than the one before.
    expect(reports.length).toBeGreaterThan(MODELS.length);
    for (let i = 1; i < reports.length; i++) {
      expect(reports[i]!).toBeGreaterThan(reports[i - 1]!);
    }
  });

  it('lets a timer set before the build run while the models are drawn', async () => {
    let progress = 0;
    let firedAt: number | undefined;
    setTimeout(() => (firedAt = progress), 0);
    await buildPlanPdf(plan, fonts, { now: NOW, onProgress: (p) => (progress = p) });
    // It ran after the build had started reporting, and before the file was written.
    expect(firedAt).toBeGreaterThan(0);
    expect(firedAt).toBeLessThan(1);
  });

  it('yields more than once in a long build, and never holds the thread long', async () => {
    const long = {
      ...plan,
      items: plan.items.map((item) => ({
        ...item,
        why: Array(8)
          .fill(item.why ?? '')
          .join(' '),
      })),
    };
    const gaps: number[] = [];
    let last = performance.now();
    let running = true;
    const tick = () => {
      const now = performance.now();
      gaps.push(now - last);
      last = now;
      if (running) setTimeout(tick, 0);
    };
    setTimeout(tick, 0);
    const start = performance.now();
    await buildPlanPdf(long, fonts, { now: NOW });
    const total = performance.now() - start;
    running = false;
    expect(gaps.length).toBeGreaterThan(2);
    // Saving (subsetting fonts, writing the file) is one step; the drawing is sliced.
    expect(Math.max(...gaps)).toBeLessThan(total);
  });
});
