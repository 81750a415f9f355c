import { resolve } from 'node:path';
import { build } from 'vite';

/** Where the bench builds to: under out/, which git, ESLint and Prettier all leave alone. */
export const BENCH_OUT = resolve(import.meta.dirname, '../../out/bench');

type Output = Awaited<ReturnType<typeof build>>;

/**
 * Vite bundles whatever NODE_ENV says, and vitest sets it to 'test': without this the bench
 * would measure React's development build.
 */
async function asProduction<T>(run: () => Promise<T>): Promise<T> {
  const before = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    return await run();
  } finally {
    process.env.NODE_ENV = before;
  }
}

/** The harness page, in production or profiling mode (see bench/harness/vite.config.mts). */
export async function buildHarness(mode: 'production' | 'profiling'): Promise<string> {
  const outDir = resolve(BENCH_OUT, `harness-${mode}`);
  await asProduction(() =>
    build({
      configFile: resolve(import.meta.dirname, '../harness/vite.config.mts'),
      mode,
      build: { outDir },
    }),
  );
  return outDir;
}

/** The app as `npm run build:web` builds it, but into its own folder (e2e runs use out/web). */
export async function buildApp(): Promise<{ outDir: string; output: Output }> {
  const outDir = resolve(BENCH_OUT, 'web');
  const output = await asProduction(() =>
    build({
      configFile: resolve(import.meta.dirname, '../../vite.web.config.mts'),
      build: { outDir, emptyOutDir: true, reportCompressedSize: false },
      logLevel: 'warn',
    }),
  );
  return { outDir, output };
}

/** The PDF export alone (bench/planPage), bundled for the browser as the app bundles it. */
export async function buildPlanPage(): Promise<string> {
  const outDir = resolve(BENCH_OUT, 'plan-page');
  await asProduction(() =>
    build({
      configFile: false,
      root: resolve(import.meta.dirname, '../planPage'),
      base: './',
      resolve: {
        alias: [{ find: '@shared', replacement: resolve(import.meta.dirname, '../../shared') }],
      },
      build: { outDir, emptyOutDir: true, reportCompressedSize: false },
      logLevel: 'warn',
    }),
  );
  return outDir;
}
