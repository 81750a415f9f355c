import {
  beginText,
  endText,
  popGraphicsState,
  pushGraphicsState,
  setFillingColor,
  setFontAndSize,
  setTextMatrix,
  showText,
  type PDFFont,
  type PDFName,
  type PDFPage,
  type RGB,
} from 'pdf-lib';
import { bidiRuns, paragraphDirection, reverseGraphemes, type Direction } from './bidi';
import { isSimpleText, textWidth } from './fontCache';

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
  // Simple text is one left-to-right run with nothing to reorder or leave out.
  if (isSimpleText(text)) return textWidth(text, font, size);
  return bidiRuns(text).reduce(
    (sum, run) => sum + textWidth(forFontkit(run.text, run.rtl), font, size),
    0,
  );
}

// pdf-lib's `drawText` with a font registers that font in the page's resources under a new
// random name on every call (PDFPage.setFont), so a page of 60 lines carried 60 names for the
// same two fonts, each found by a scan of the ones before. One name per font and page here.
const fontNames = new WeakMap<PDFPage, Map<PDFFont, PDFName>>();

function fontName(page: PDFPage, font: PDFFont): PDFName {
  let names = fontNames.get(page);
  if (!names) {
    names = new Map();
    fontNames.set(page, names);
  }
  let name = names.get(font);
  if (!name) {
    name = page.node.newFontDictionary(font.name, font.ref);
    names.set(font, name);
  }
  return name;
}

/** One run of glyphs at (x, y): what `page.drawText` draws for a single line, with no rotation. */
function drawRun(page: PDFPage, text: string, x: number, y: number, options: LineOptions): void {
  page.pushOperators(
    pushGraphicsState(),
    beginText(),
    setFillingColor(options.color),
    setFontAndSize(fontName(page, options.font), options.size),
    setTextMatrix(1, 0, 0, 1, x, y),
    showText(options.font.encodeText(text)),
    endText(),
    popGraphicsState(),
  );
}

/**
 * Draws one line of wrapped, safe text from its left edge in visual order (the Unicode bidi
 * algorithm, line by line): everything the plan prints goes through here, so "بلدية مالمو
 * kommun" reads as it does on screen. Right-to-left runs reach fontkit in the order they were
 * typed, so its Arabic shaping joins the letters, and it turns them round itself.
 */
export function drawLine(page: PDFPage, text: string, options: LineOptions): void {
  const { y, size, font } = options;
  const runs = bidiRuns(text, options.direction ?? paragraphDirection(text));
  let x = options.x;
  runs.forEach((run, index) => {
    const ordered = forFontkit(run.text, run.rtl);
    if (!ordered) return;
    drawRun(page, ordered, x, y, options);
    if (index < runs.length - 1) x += textWidth(ordered, font, size);
  });
}
