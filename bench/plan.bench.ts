import { readFileSync } from 'node:fs';
import { afterAll, expect, test } from 'vitest';
import { CATEGORIES, MODELS } from '../shared/catalogue';
import { rankPlacements } from '../shared/domain/ranking';
import { buildPlanPdf } from '../shared/plan/buildPlanPdf';
import { planInput } from '../shared/plan/planInput';
import { medianMs, report } from './measure';
import { recordFigures, type Figure } from './results';
import { round } from './stats';

const fonts = {
  regular: new Uint8Array(readFileSync('resources/fonts/DejaVuSans.ttf')),
  bold: new Uint8Array(readFileSync('resources/fonts/DejaVuSans-Bold.ttf')),
};
const workshop = { title: 'Bench', organisation: 'Kommun', date: '2026-11-30' };
const spread = (i: number, n: number) => ({ x: ((i * 7) % n) / n, y: ((i * 13) % n) / n });
const figures: Figure[] = [];

afterAll(() => recordFigures({ group: 'plan', figures, expected: 2 }));

/** A Node figure: a median beside a baseline timed in the same run. */
function figure(id: string, label: string, ms: number, baselineLabel: string, baselineMs: number) {
  figures.push({
    id,
    label,
    value: round(ms),
    unit: 'ms',
    against: { kind: 'baseline', label: baselineLabel, value: round(baselineMs) },
  });
}

test('PDF export: all 25 models against an empty plan', async () => {
  const all = MODELS.map((m, i) => ({ modelId: m.id, position: spread(i, MODELS.length) }));
  const empty = planInput(workshop, [], MODELS, CATEGORIES, 'sv');
  const full = planInput(workshop, all, MODELS, CATEGORIES, 'sv');
  const baseline = await medianMs(() => buildPlanPdf(empty, fonts));
  const ms = await medianMs(() => buildPlanPdf(full, fonts));
  const ratio = report('plan with 25 models', ms, 'empty plan', baseline);
  figure('pdf-export-25', 'PDF export, 25 models (Node), median', ms, 'empty plan', baseline);
  expect(ratio).toBeGreaterThan(0);
});

test('ranking 10,000 placements against sorting 10,000 numbers', async () => {
  const placements = Array.from({ length: 10_000 }, (_, i) => ({
    modelId: `m${i}`,
    position: spread(i, 997),
  }));
  const numbers = placements.map((p) => p.position.y);
  const baseline = await medianMs(() => [...numbers].sort((a, b) => a - b), 21);
  const ms = await medianMs(() => rankPlacements(placements), 21);
  const ratio = report('rankPlacements(10k)', ms, 'numeric sort(10k)', baseline);
  figure('ranking-10k', 'Ranking 10,000 placements (Node), median', ms, 'numeric sort', baseline);
  expect(ratio).toBeGreaterThan(0);
});
