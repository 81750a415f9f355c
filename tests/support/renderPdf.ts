// Renders PDF pages to grey pixels in Node with pdf.js and @napi-rs/canvas (its binary comes
// through npm), so PDF rendering tests need no system package.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { createCanvas } from '@napi-rs/canvas';

export type GrayPage = { width: number; height: number; pixels: Uint8Array };

/** Every page of `bytes` at `dpi`, as one byte of luminance per pixel (0 black … 255 white). */
export async function renderPdfGray(bytes: Uint8Array, dpi: number): Promise<GrayPage[]> {
  const doc = await getDocument({ data: bytes.slice(), isEvalSupported: false }).promise;
  try {
    const pages: GrayPage[] = [];
    for (let number = 1; number <= doc.numPages; number += 1) {
      const page = await doc.getPage(number);
      const viewport = page.getViewport({ scale: dpi / 72 });
      const width = Math.ceil(viewport.width);
      const height = Math.ceil(viewport.height);
      const canvas = createCanvas(width, height);
      const context = canvas.getContext('2d');
      context.fillStyle = '#ffffff';
      context.fillRect(0, 0, width, height);
      await page.render({
        canvas: canvas as unknown as HTMLCanvasElement,
        canvasContext: context as unknown as CanvasRenderingContext2D,
        viewport,
      }).promise;
      pages.push({ width, height, pixels: toGray(context.getImageData(0, 0, width, height).data) });
      page.cleanup();
    }
    return pages;
  } finally {
    await doc.destroy();
  }
}

/** RGBA (on white) to luminance, Rec. 601 weights as poppler's grey output uses. */
function toGray(rgba: Uint8ClampedArray): Uint8Array {
  const gray = new Uint8Array(rgba.length / 4);
  for (let pixel = 0; pixel < gray.length; pixel += 1) {
    const i = pixel * 4;
    gray[pixel] = Math.round(
      0.299 * (rgba[i] ?? 255) + 0.587 * (rgba[i + 1] ?? 255) + 0.114 * (rgba[i + 2] ?? 255),
    );
  }
  return gray;
}
