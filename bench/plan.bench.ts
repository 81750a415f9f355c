import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { BrowserContext, CDPSession, Page } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CATEGORIES, MODELS } from '../shared/catalogue';
import { rankPlacements } from '../shared/domain/ranking';
import { buildPlanPdf } from '../shared/plan/buildPlanPdf';
import { planInput } from '../shared/plan/planInput';
import type { PlanInput } from '../shared/plan/types';
import { buildPlanPage } from './browser/build';
import { openBrowser, removeProfile, tempProfile } from './browser/chromium';
import { throttle } from './browser/cpu';
import { planHtml } from './browser/planHtml';
import { serve } from './browser/server';
import { medianMs, report } from './measure';
import type { PlanBenchApi } from './planPage/main';
import { recordFigures, type Figure } from './results';
import { median, p95, round } from './stats';

const fonts = {
  regular: new Uint8Array(readFileSync('resources/fonts/DejaVuSans.ttf')),
  bold: new Uint8Array(readFileSync('resources/fonts/DejaVuSans-Bold.ttf')),
};
const workshop = { title: 'Bench', organisation: 'Kommun', date: '2026-11-30' };
const spread = (i: number, n: number) => ({ x: ((i * 7) % n) / n, y: ((i * 13) % n) / n });
const figures: Figure[] = [];

afterAll(() => recordFigures({ group: 'plan', figures, expected: 11 }));

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

// Our export against Chromium printing the same plan from HTML (`page.pdf()`), side by side in
// one run: per plan, warm-up runs of both, then interleaved runs (Chromium prints, our export
// builds in the browser, our export builds in Node), medians and p95. Our export runs in the
// same Chromium as the app runs it (bench/planPage: the build alone, fonts already fetched),
// and then with the CPU slowed 4× for both.

const RUNS = 15;
const SLOW_RUNS = 5;

const all25 = MODELS.map((m, i) => ({ modelId: m.id, position: spread(i, MODELS.length) }));
const plan25 = planInput(workshop, all25, MODELS, CATEGORIES, 'sv');
/** 100 models: the catalogue's 25 four times over, as distinct models at distinct spots. */
const plan100: PlanInput = {
  ...plan25,
  items: Array.from({ length: 100 }, (_, i) => {
    const item = plan25.items[i % plan25.items.length]!;
    return { ...item, modelId: `${item.modelId}-${i}`, position: spread(i, 100) };
  }),
};
/** Long texts: every why six times as long, every point of how four times. */
const planLong: PlanInput = {
  ...plan25,
  items: plan25.items.map((item) => ({
    ...item,
    why: Array(6)
      .fill(item.why ?? '')
      .join(' '),
    how: item.how.map((point) => ({ ...point, text: Array(4).fill(point.text).join(' ') })),
  })),
};
const CASES = [
  { id: '25', label: '25 models', input: plan25 },
  { id: '100', label: '100 models', input: plan100 },
  { id: 'long', label: '25 models, long texts', input: planLong },
] as const;

const characters = (input: PlanInput) => JSON.stringify(input.items).length;

describe('PDF export against Chromium printing the same plan from HTML', () => {
  let server: Awaited<ReturnType<typeof serve>>;
  let profile: string;
  let context: BrowserContext;
  let ours: Page;
  let printer: Page;
  let oursCdp: CDPSession;
  let printerCdp: CDPSession;

  beforeAll(async () => {
    const pageDir = await buildPlanPage();
    server = await serve({ '/': pageDir, '/fonts/': resolve('resources/fonts') });
    profile = await tempProfile();
    context = await openBrowser(profile);
    ours = await context.newPage();
    await ours.goto(`${server.url}/`);
    await ours.waitForFunction(() => document.title === 'ready');
    printer = await context.newPage();
    oursCdp = await context.newCDPSession(ours);
    printerCdp = await context.newCDPSession(printer);
  });

  afterAll(async () => {
    await context?.close();
    await server?.close();
    if (profile) await removeProfile(profile);
  });

  const ourBuild = (input: PlanInput) =>
    ours.evaluate(
      (plan) => (window as unknown as { planBench: PlanBenchApi }).planBench.build(plan),
      input,
    );

  async function chromiumPrint(footerTemplate: string) {
    const start = performance.now();
    const pdf = await printer.pdf({
      format: 'A4',
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate,
      // The plan's margins: 64 pt, and 48 pt at the bottom where the footer sits.
      margin: { top: '0.889in', right: '0.889in', bottom: '0.667in', left: '0.889in' },
    });
    return { ms: performance.now() - start, bytes: pdf.length };
  }

  for (const { id, label, input } of CASES) {
    test(`${label}: our export against page.pdf()`, async () => {
      const { html, footerTemplate } = planHtml(input);
      await printer.setContent(html, { waitUntil: 'load' });
      await printer.evaluate(() => document.fonts.ready.then(() => undefined));
      // Warm: both code paths compiled, our fonts parsed, Chromium's fonts and layout cached.
      for (let i = 0; i < 3; i++) {
        await chromiumPrint(footerTemplate);
        await ourBuild(input);
        await buildPlanPdf(input, fonts);
      }
      const printMs: number[] = [];
      const browserMs: number[] = [];
      const nodeMs: number[] = [];
      let printBytes = 0;
      let ourBytes = 0;
      let progressCalls = 0;
      for (let i = 0; i < RUNS; i++) {
        const printed = await chromiumPrint(footerTemplate);
        printMs.push(printed.ms);
        printBytes = printed.bytes;
        const built = await ourBuild(input);
        browserMs.push(built.ms);
        ourBytes = built.bytes;
        progressCalls = built.progressCalls;
        const start = performance.now();
        await buildPlanPdf(input, fonts);
        nodeMs.push(performance.now() - start);
      }
      const timeRatio = median(browserMs) / median(printMs);
      const byteRatio = ourBytes / printBytes;
      report(`PDF export, ${label} (Chromium)`, median(browserMs), 'page.pdf()', median(printMs));
      console.log(
        `  Node ${median(nodeMs).toFixed(1)} ms; p95 ours ${p95(browserMs).toFixed(1)} ms, ` +
          `page.pdf() ${p95(printMs).toFixed(1)} ms; bytes ${ourBytes} = ` +
          `${byteRatio.toFixed(2)} × ${printBytes}`,
      );
      figures.push({
        id: `pdf-vs-print-${id}`,
        label: `PDF export, ${label} (Chromium), median`,
        value: round(median(browserMs)),
        unit: 'ms',
        against: { kind: 'baseline', label: 'Chromium page.pdf()', value: round(median(printMs)) },
        note: `${round(1 / timeRatio, 1)}× faster; Node ${round(median(nodeMs), 1)} ms`,
        details: {
          p95: round(p95(browserMs)),
          printP95: round(p95(printMs)),
          nodeMedian: round(median(nodeMs)),
          nodeP95: round(p95(nodeMs)),
          timeRatio: round(timeRatio, 3),
          characters: characters(input),
          msPerThousandCharacters: round((median(browserMs) / characters(input)) * 1000, 3),
          printMsPerThousandCharacters: round((median(printMs) / characters(input)) * 1000, 3),
          progressCalls,
          samples: {
            ours: browserMs.map((ms) => round(ms)),
            print: printMs.map((ms) => round(ms)),
          },
        },
      });
      figures.push({
        id: `pdf-bytes-${id}`,
        label: `PDF size, ${label}`,
        value: round(ourBytes / 1024, 1),
        unit: 'kB',
        against: {
          kind: 'baseline',
          label: 'Chromium page.pdf()',
          value: round(printBytes / 1024, 1),
        },
        note: `${round(byteRatio, 2)}× the bytes`,
        details: { ourBytes, printBytes, byteRatio: round(byteRatio, 3) },
      });

      // The CPU slowed 4× (a municipal laptop on battery, roughly), for both.
      const slowdown = await throttle(ours, oursCdp, 4);
      await throttle(printer, printerCdp, 4);
      const slowOurs: number[] = [];
      const slowPrint: number[] = [];
      try {
        for (let i = 0; i < SLOW_RUNS; i++) {
          slowPrint.push((await chromiumPrint(footerTemplate)).ms);
          slowOurs.push((await ourBuild(input)).ms);
        }
      } finally {
        await oursCdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
        await printerCdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
      }
      figures.push({
        id: `pdf-vs-print-${id}-cpu4`,
        label: `PDF export, ${label} (Chromium, CPU 4× slower), median`,
        value: round(median(slowOurs)),
        unit: 'ms',
        against: {
          kind: 'baseline',
          label: 'Chromium page.pdf(), CPU 4× slower',
          value: round(median(slowPrint)),
        },
        note: `${round(median(slowPrint) / median(slowOurs), 1)}× faster`,
        details: {
          cpuSlowdownMeasured: round(slowdown),
          p95: round(p95(slowOurs)),
          printP95: round(p95(slowPrint)),
        },
      });
      expect(timeRatio).toBeGreaterThan(0);
      expect(byteRatio).toBeGreaterThan(0);
    });
  }
});
