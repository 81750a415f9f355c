import { describe, expect, it } from 'vitest';
import { buildPlanPdf } from '../../../../shared/plan/buildPlanPdf';
import { renderPdfGray, type GrayPage } from '../../../support/renderPdf';
import { loadFonts, NOW, swedishPlan } from './fixtures';

/** Every page of a PDF in grey at 50 dpi, drawn by pdf.js: the test needs no system package. */
const render = (bytes: Uint8Array) => renderPdfGray(bytes, 50);

function darkShare(image: GrayPage): number {
  return image.pixels.filter((value) => value < 128).length / image.pixels.length;
}

describe('font subsetting', () => {
  it('renders the subset-font PDF exactly like the full-font PDF', async () => {
    const input = swedishPlan();
    const subset = await render(await buildPlanPdf(input, loadFonts(), { now: NOW }));
    const full = await render(
      await buildPlanPdf(input, loadFonts(), { now: NOW, subsetFonts: false }),
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
