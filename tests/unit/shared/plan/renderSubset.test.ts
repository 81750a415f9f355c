import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildPlanPdf } from '../../../../shared/plan/buildPlanPdf';
import { loadFonts, NOW, swedishPlan } from './fixtures';

const dir = mkdtempSync(join(tmpdir(), 'plan-render-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Gray = { width: number; height: number; pixels: Uint8Array };

/** Parses the binary PGM (P5) pdftoppm writes with -gray: the raw grey pixel data. */
function readPgm(path: string): Gray {
  const data = readFileSync(path);
  const header = data.toString('latin1', 0, 64).match(/^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/);
  if (!header) throw new Error(`${path} is not a binary PGM`);
  const [whole, width, height] = header;
  return {
    width: Number(width),
    height: Number(height),
    pixels: new Uint8Array(data.subarray(whole.length)),
  };
}

/** Renders every page of a PDF in grey at 50 dpi with poppler (CI installs poppler-utils). */
function render(bytes: Uint8Array, name: string): Gray[] {
  const pdf = join(dir, `${name}.pdf`);
  writeFileSync(pdf, bytes);
  try {
    execFileSync('pdftoppm', ['-r', '50', '-gray', pdf, join(dir, name)]);
  } catch (error) {
    throw new Error('pdftoppm failed: is poppler-utils installed?', { cause: error });
  }
  return readdirSync(dir)
    .filter((file) => file.startsWith(`${name}-`) && file.endsWith('.pgm'))
    .sort()
    .map((file) => readPgm(join(dir, file)));
}

function darkShare(image: Gray): number {
  return image.pixels.filter((value) => value < 128).length / image.pixels.length;
}

describe('font subsetting', () => {
  it('renders the subset-font PDF exactly like the full-font PDF', async () => {
    const input = swedishPlan();
    const subset = render(await buildPlanPdf(input, loadFonts(), { now: NOW }), 'subset');
    const full = render(
      await buildPlanPdf(input, loadFonts(), { now: NOW, subsetFonts: false }),
      'full',
    );
    expect(subset.length).toBeGreaterThanOrEqual(3);
    expect(subset).toHaveLength(full.length);

    subset.forEach((page, index) => {
      const other = full[index];
      if (!other) throw new Error(`page ${index + 1} missing in the full-font rendering`);
      expect([page.width, page.height]).toEqual([other.width, other.height]);
      // A4 at 50 dpi.
      expect(page.width).toBe(Math.ceil((595.28 / 72) * 50));
      expect(page.height).toBe(Math.ceil((841.89 / 72) * 50));
      let differing = 0;
      let totalDifference = 0;
      page.pixels.forEach((value, pixel) => {
        const difference = Math.abs(value - (other.pixels[pixel] ?? 0));
        totalDifference += difference;
        if (difference > 32) differing += 1;
      });
      expect(differing / page.pixels.length, `page ${index + 1}`).toBeLessThan(0.0002);
      expect(totalDifference / page.pixels.length, `page ${index + 1}`).toBeLessThan(0.25);
    });

    // Guard the guard: the pages really carry text and graphics, not two blank renderings.
    const matrix = subset[1];
    if (!matrix) throw new Error('no matrix page');
    expect(darkShare(matrix)).toBeGreaterThan(0.005);
    const models = subset[2];
    if (!models) throw new Error('no models page');
    expect(darkShare(models)).toBeGreaterThan(0.01);
  });
});
