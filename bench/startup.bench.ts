import { cp } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import type { Rolldown } from 'vite';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildApp, buildHarness } from './browser/build';
import { openBrowser, removeProfile, tempProfile } from './browser/chromium';
import { serve } from './browser/server';
import type { BenchWindow } from './harness/benchApi';
import { recordFigures, type Figure } from './results';
import { median, p95, round } from './stats';

/** Cold starts measured; each in a new browser on a fresh copy of the seeded profile. */
const COLD_STARTS = 7;
/** Budgets: see bench/README.md for where these numbers come from. */
const COLD_START_BUDGET_MS = 1000;
const INITIAL_JS_BUDGET_KB = 170;
const PDF_MODULE = /node_modules\/(pdf-lib|@pdf-lib\/fontkit)\//;

type Chunk = Rolldown.OutputChunk;

let app: Awaited<ReturnType<typeof buildApp>>;
let server: Awaited<ReturnType<typeof serve>>;
const figures: Figure[] = [];

beforeAll(async () => {
  app = await buildApp();
  const harness = await buildHarness('production');
  server = await serve({ '/': app.outDir, '/harness/': harness });
});

afterAll(async () => {
  await server.close();
  await recordFigures({ group: 'startup', figures, expected: 2 });
});

function chunksOf(output: typeof app.output): Chunk[] {
  const outputs = Array.isArray(output) ? output : [output];
  return outputs
    .flatMap((result) => ('output' in result ? result.output : []))
    .filter((item) => item.type === 'chunk');
}

/** Chunks the page loads before it can run: entries and everything they import statically. */
function initialGraph(chunks: readonly Chunk[]): Chunk[] {
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const seen = new Set<Chunk>();
  const visit = (chunk: Chunk | undefined) => {
    if (!chunk || seen.has(chunk)) return;
    seen.add(chunk);
    chunk.imports.forEach((name) => visit(byName.get(name)));
  };
  chunks.filter((chunk) => chunk.isEntry).forEach(visit);
  return [...seen];
}

describe('startup', () => {
  test('initial JavaScript (gzip); the PDF chunk stays lazy', () => {
    const chunks = chunksOf(app.output);
    const initial = initialGraph(chunks);
    const pdf = chunks.filter((chunk) => chunk.moduleIds.some((id) => PDF_MODULE.test(id)));
    // pdf-lib is in the build, reached only through import(), and in no initial chunk.
    expect(pdf.length).toBeGreaterThan(0);
    expect(initial.filter((chunk) => pdf.includes(chunk)).map((c) => c.fileName)).toEqual([]);
    expect(chunks.some((chunk) => pdf.some((p) => chunk.dynamicImports.includes(p.fileName)))).toBe(
      true,
    );

    const gzip = (code: string) => gzipSync(code).length / 1024;
    const kb = initial.reduce((sum, chunk) => sum + gzip(chunk.code), 0);
    figures.push({
      id: 'initial-js-gzip',
      label: 'Initial JavaScript (gzip)',
      value: round(kb, 1),
      unit: 'kB',
      against: { kind: 'budget', label: 'initial JS budget', value: INITIAL_JS_BUDGET_KB },
      details: {
        initialChunks: initial.map((chunk) => chunk.fileName),
        lazyPdfKbGzip: round(
          pdf.reduce((sum, chunk) => sum + gzip(chunk.code), 0),
          1,
        ),
      },
    });
  });

  test('cold start to a usable board', async () => {
    const template = await tempProfile();
    const seeding = await openBrowser(template);
    const seedPage = seeding.pages()[0] ?? (await seeding.newPage());
    await seedPage.goto(`${server.url}/harness/`);
    const workshopId = await seedPage.evaluate(() =>
      (window as unknown as BenchWindow).bench.seedApp(),
    );
    await seeding.close();

    const samples: number[] = [];
    for (let run = 0; run < COLD_STARTS; run++) {
      const profile = await tempProfile();
      await cp(template, profile, { recursive: true });
      const context = await openBrowser(profile);
      const page = context.pages()[0] ?? (await context.newPage());
      // Usable: every card of the workshop (13 on the matrix, 12 in the tray) is on screen.
      await page.addInitScript(() => {
        const ready = () => document.querySelectorAll('[aria-roledescription]').length === 25;
        new MutationObserver((_, observer) => {
          if (!ready()) return;
          observer.disconnect();
          requestAnimationFrame(() => {
            (window as unknown as { usableAt: number }).usableAt = performance.now();
          });
        }).observe(document, { childList: true, subtree: true });
      });
      await page.goto(`${server.url}/#/workshop/${workshopId}`);
      await page.waitForFunction(() => 'usableAt' in window);
      samples.push(await page.evaluate(() => (window as unknown as { usableAt: number }).usableAt));
      await context.close();
      await removeProfile(profile);
    }
    await removeProfile(template);
    figures.push({
      id: 'cold-start-median',
      label: 'Cold start to a usable board, median',
      value: round(median(samples), 1),
      unit: 'ms',
      against: { kind: 'budget', label: 'cold start budget', value: COLD_START_BUDGET_MS },
      details: { samples: samples.map((ms) => round(ms, 1)), p95: round(p95(samples), 1) },
    });
    expect(samples).toHaveLength(COLD_STARTS);
  });
});
