import type { PDFFont, PDFPage, RGB } from 'pdf-lib';
import { bidiRuns, paragraphDirection, reverseGraphemes, type Direction } from './bidi';

// The one place the action plan draws and measures text (the text flow, cover, footers, legend
// and matrix labels all come here), so every line is in visual order the same way.

export type LineOptions = {
  /** Left edge of the line. */
  x: number;
  /** Baseline. */
  y: number;
  size: number;
  font: PDFFont;
  color: RGB;
  /** The paragraph's direction; by default the line's own (its first strong character). */
  direction?: Direction | undefined;
};

/** Steer the bidi algorithm, draw nothing: kept until the runs are known, then left out. */
const DIRECTION_MARKS = /[\u200E\u200F\u061C]/g;

// fontkit, inside pdf-lib's drawText, lays a string out right to left (reversing its glyphs)
// when its first character of a script other than Common or Inherited belongs to one of these
// scripts (fontkit's Script.forString and its RTL table). The same test here tells which runs
// fontkit will turn round by itself.
const FIRST_SCRIPT_CHARACTER = /[^\p{Script=Common}\p{Script=Inherited}\p{Script=Unknown}]/u;
const FONTKIT_RTL_SCRIPT = new RegExp(
  `[${[
    'Arabic',
    'Hebrew',
    'Syriac',
    'Thaana',
    'Cypriot',
    'Kharoshthi',
    'Phoenician',
    'Nko',
    'Lydian',
    'Avestan',
    'Imperial_Aramaic',
    'Inscriptional_Pahlavi',
    'Inscriptional_Parthian',
    'Old_South_Arabian',
    'Old_Turkic',
    'Samaritan',
    'Mandaic',
    'Meroitic_Cursive',
    'Meroitic_Hieroglyphs',
    'Manichaean',
    'Mende_Kikakui',
    'Nabataean',
    'Old_North_Arabian',
    'Palmyrene',
    'Psalter_Pahlavi',
  ]
    .map((script) => `\\p{Script=${script}}`)
    .join('')}]`,
  'u',
);

/** Whether fontkit reverses the glyphs of `text` when it draws it. */
export function fontkitReverses(text: string): boolean {
  const first = FIRST_SCRIPT_CHARACTER.exec(text)?.[0];
  return first !== undefined && FONTKIT_RTL_SCRIPT.test(first);
}

/** Text as fontkit must receive it to come out in the run's visual order. */
function forFontkit(text: string, rtl: boolean): string {
  const visible = text.replace(DIRECTION_MARKS, '');
  return rtl === fontkitReverses(visible) ? visible : reverseGraphemes(visible);
}

/** Width of one line as `drawLine` draws it. */
export function lineWidth(text: string, font: PDFFont, size: number): number {
  return bidiRuns(text).reduce(
    (sum, run) => sum + font.widthOfTextAtSize(forFontkit(run.text, run.rtl), size),
    0,
  );
}

/**
 * Draws one line of wrapped, safe text from its left edge in visual order (the Unicode bidi
 * algorithm, line by line): everything the plan prints goes through here, so "بلدية مالمو
 * kommun" reads as it does on screen. Right-to-left runs reach fontkit in the order they were
 * typed, so its Arabic shaping joins the letters, and it turns them round itself.
 */
export function drawLine(page: PDFPage, text: string, options: LineOptions): void {
  const { y, size, font, color } = options;
  const runs = bidiRuns(text, options.direction ?? paragraphDirection(text));
  let x = options.x;
  runs.forEach((run, index) => {
    const ordered = forFontkit(run.text, run.rtl);
    if (!ordered) return;
    page.drawText(ordered, { x, y, size, font, color });
    if (index < runs.length - 1) x += font.widthOfTextAtSize(ordered, size);
  });
}
