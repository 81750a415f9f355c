// The participant page loads on phones over a workshop's Wi-Fi: what the browser must fetch
// before the join form works (the entry script and the chunks it imports statically) stays
// within 100 KB gzip. The round screen and the message parser load in their own chunks.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { build } from 'vite';

const BUDGET_BYTES = 100 * 1024;
const ROOT = resolve(import.meta.dirname, '../../..');
let outDir = '';

afterAll(async () => {
  if (outDir) await rm(outDir, { recursive: true, force: true });
});

/** The scripts index.html loads at once: the entry and every module it preloads. */
function initialScripts(html: string): string[] {
  const entries = [...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)];
  const preloads = [...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)];
  return [...entries, ...preloads].map((match) => match[1] ?? '');
}

describe('participant page bundle', () => {
  it('keeps the initial JavaScript within 100 KB gzip', async () => {
    outDir = await mkdtemp(join(tmpdir(), 'participant-bundle-'));
    // The test runner sets NODE_ENV=test, which would build React's development version.
    const runnerEnv = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      await build({
        configFile: resolve(ROOT, 'vite.participant.config.mts'),
        mode: 'production',
        logLevel: 'silent',
        build: { outDir, emptyOutDir: true },
      });
    } finally {
      process.env.NODE_ENV = runnerEnv;
    }
    const html = await readFile(join(outDir, 'index.html'), 'utf8');
    const scripts = initialScripts(html);
    expect(scripts.length).toBeGreaterThan(0);
    let gzipped = 0;
    for (const script of scripts) {
      gzipped += gzipSync(await readFile(join(outDir, script))).length;
    }
    expect(gzipped).toBeLessThanOrEqual(BUDGET_BYTES);
    // No inline script: the server's CSP (script-src 'self') would block it.
    expect(html).not.toMatch(/<script(?![^>]*src=)[^>]*>/);
  }, 60_000);
});
