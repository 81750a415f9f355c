// The app's PDF export, bundled as the app bundles it, timed inside Chromium: the bench hands
// over a plan and gets back how long the build took and how many bytes it made.
import { buildPlanPdf } from '@shared/plan/buildPlanPdf';
import type { PlanFonts, PlanInput } from '@shared/plan/types';

export type PlanBenchApi = {
  /** Fetches the fonts once (as the app does), then builds the plan and times only the build. */
  build(input: PlanInput): Promise<{ ms: number; bytes: number; progressCalls: number }>;
};

let fonts: Promise<PlanFonts> | undefined;

async function fetchBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

const api: PlanBenchApi = {
  async build(input) {
    fonts ??= Promise.all([
      fetchBytes('./fonts/DejaVuSans.ttf'),
      fetchBytes('./fonts/DejaVuSans-Bold.ttf'),
    ]).then(([regular, bold]) => ({ regular, bold }));
    const loaded = await fonts;
    let progressCalls = 0;
    const start = performance.now();
    const bytes = await buildPlanPdf(input, loaded, { onProgress: () => (progressCalls += 1) });
    return { ms: performance.now() - start, bytes: bytes.length, progressCalls };
  },
};

(window as unknown as { planBench: PlanBenchApi }).planBench = api;
document.title = 'ready';
