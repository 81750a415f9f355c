import { performance } from 'node:perf_hooks';

/** Median wall time in ms of `runs` calls of `fn`, after one warm-up call. */
export async function medianMs(fn: () => unknown, runs = 7): Promise<number> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? Number.NaN;
}

/** Prints one figure: the ratio of a case to its baseline, both measured now. */
export function report(name: string, caseMs: number, baselineName: string, baselineMs: number) {
  const ratio = caseMs / baselineMs;
  console.log(
    `${name}: ${caseMs.toFixed(1)} ms = ${ratio.toFixed(2)} × ${baselineName} (${baselineMs.toFixed(1)} ms)`,
  );
  return ratio;
}
