import fontkit from '@pdf-lib/fontkit';
import type { PDFFont } from 'pdf-lib';

// Fonts parsed once per session, and text measured from cached advance widths.
//
// pdf-lib measures (`widthOfTextAtSize`) and draws (`drawText`) by running fontkit's full
// layout: script detection, GSUB and GPOS, on every call. For the scripts the plan mostly
// prints that work yields one glyph per code point, the glyph the cmap names, except where a
// default ligature forms (DejaVu's "fi", "ffl"…), and pdf-lib uses only the glyphs' advance
// widths (not GPOS positions: its PDF has no kerning). So for such text a word's width is the
// sum of cached per-code-point advances and its glyphs a cmap lookup; a word holding a
// character that can start a default ligature is shaped by fontkit once and cached. `SIMPLE`
// says which text qualifies (a unit test checks, character by character and in pairs, that
// fontkit's layout gives the same glyphs). Everything else (Arabic, Hebrew, combining marks,
// anything outside the list) still goes through fontkit's shaping, cached per string.

/** The parts of a fontkit font and glyph this module and pdf-lib use. */
export type FontkitGlyph = { id: number; advanceWidth: number };
export type FontkitFont = {
  unitsPerEm: number;
  createSubset(): unknown;
  layout(text: string, features?: unknown): { glyphs: FontkitGlyph[] };
  glyphForCodePoint(codePoint: number): FontkitGlyph;
  characterSet: number[];
  GSUB?: unknown;
};

/**
 * Text fontkit lays out one glyph per code point in DejaVu: Latin (with Swedish, Finnish and
 * the other European letters, precomposed), Greek, Cyrillic letters, punctuation, currency,
 * letterlike symbols, arrows, mathematical operators, box drawing and geometric shapes (□).
 * Not combining marks, format characters (direction marks, joiners), right-to-left or complex
 * scripts, and nothing outside the BMP.
 */
const SIMPLE =
  /^[\u0020-\u007E\u00A0-\u00AC\u00AE-\u024F\u0370-\u0377\u037A-\u037F\u0384-\u03FF\u0400-\u0482\u048A-\u04FF\u1E00-\u1EFF\u2010-\u2027\u2030-\u205E\u2070-\u20CF\u2100-\u2BFF]*$/;

/** Whether `text` is laid out glyph for code point, so cached advances measure it exactly. */
export function isSimpleText(text: string): boolean {
  return SIMPLE.test(text);
}

type Parsed = {
  font: FontkitFont;
  /** Advance per code point in pdf-lib's 1000-unit scale. */
  advances: Map<number, number>;
  /** 1000 / unitsPerEm, as pdf-lib scales. */
  scale: number;
  /** Code points that may start a ligature of a feature fontkit applies by default. */
  starters: ReadonlySet<number>;
  /** Shaped text (a word with a ligature starter, a complex-script run): glyphs and width. */
  shaped: Map<string, { glyphs: FontkitGlyph[]; width: number }>;
  /** fontkit's own layout, before the fast path was put in front of it. */
  shape: FontkitFont['layout'];
};

const parsedByBytes = new WeakMap<Uint8Array, FontkitFont>();
const parsedFonts = new WeakMap<FontkitFont, Parsed>();
const SHAPED_CACHE_LIMIT = 8192;
const SPACE = 0x20;

/** GSUB features fontkit turns on by default (its DefaultShaper and the Arabic one). */
const DEFAULT_GSUB_FEATURES = new Set([
  'ccmp',
  'locl',
  'rlig',
  'calt',
  'clig',
  'liga',
  'rclt',
  'isol',
  'init',
  'medi',
  'fina',
]);

/** fontkit reads some tables lazily: its arrays then have `toArray` but no iterator. */
type Listish<T> = readonly T[] | { toArray(): T[] } | undefined;
const list = <T>(items: Listish<T>): T[] =>
  items === undefined ? [] : 'toArray' in items ? items.toArray() : Array.from(items);

type Coverage = {
  glyphs?: Listish<number>;
  rangeRecords?: Listish<{ start: number; end: number }>;
};
type Ligatures = {
  coverage?: Coverage;
  ligatureSets?: Listish<Listish<{ components: Listish<number> }>>;
};
type SubTable = Ligatures & { lookupType?: number; extension?: Ligatures };
type Lookup = { lookupType: number; subTables: Listish<SubTable> };
type Gsub = {
  featureList: Listish<{ tag: string; feature: { lookupListIndexes: Listish<number> } }>;
  lookupList: Listish<Lookup>;
};

/** The glyphs a coverage table lists, in coverage-index order. */
function coverageGlyphs(coverage: Coverage): number[] {
  const glyphs = list(coverage.glyphs);
  for (const { start, end } of list(coverage.rangeRecords)) {
    for (let glyph = start; glyph <= end; glyph++) glyphs.push(glyph);
  }
  return glyphs;
}

/**
 * The ligatures (GSUB type 4, directly or through an extension) of the features fontkit applies
 * by default, as first glyph → the glyphs that may follow it in one.
 */
function ligaturePairs(gsub: Gsub | undefined): Map<number, Set<number>> {
  const pairs = new Map<number, Set<number>>();
  if (!gsub) return pairs;
  const lookups = list(gsub.lookupList);
  const used = new Set<number>();
  for (const { tag, feature } of list(gsub.featureList)) {
    if (!DEFAULT_GSUB_FEATURES.has(tag)) continue;
    for (const index of list(feature.lookupListIndexes)) used.add(index);
  }
  for (const index of used) {
    const lookup = lookups[index];
    if (!lookup) continue;
    for (const table of list(lookup.subTables)) {
      const type = lookup.lookupType === 7 ? table.lookupType : lookup.lookupType;
      const ligatures = lookup.lookupType === 7 ? table.extension : table;
      if (type !== 4 || !ligatures?.coverage) continue;
      const sets = list(ligatures.ligatureSets);
      coverageGlyphs(ligatures.coverage).forEach((first, coverageIndex) => {
        const next = pairs.get(first) ?? new Set<number>();
        for (const ligature of list(sets[coverageIndex])) {
          const second = list(ligature.components)[0];
          if (second !== undefined) next.add(second);
        }
        pairs.set(first, next);
      });
    }
  }
  return pairs;
}

/**
 * Simple code points that can start a default ligature with another simple code point (in
 * DejaVu: "f" of "ff", "fi", "fl", "ffi", "ffl"). Ligatures whose second part no simple text
 * holds (a space followed by an Arabic mark) cannot form in simple text and do not count.
 */
function starterCodePoints(font: FontkitFont): Set<number> {
  const pairs = ligaturePairs(font.GSUB as Gsub | undefined);
  const starters = new Set<number>();
  if (pairs.size === 0) return starters;
  const simple = font.characterSet.filter(
    (codePoint) => codePoint <= 0xffff && SIMPLE.test(String.fromCharCode(codePoint)),
  );
  const simpleGlyphs = new Set(simple.map((codePoint) => font.glyphForCodePoint(codePoint).id));
  for (const codePoint of simple) {
    const seconds = pairs.get(font.glyphForCodePoint(codePoint).id);
    if (seconds && [...seconds].some((glyph) => simpleGlyphs.has(glyph))) starters.add(codePoint);
  }
  return starters;
}

function advanceOf(parsed: Parsed, codePoint: number): number {
  let advance = parsed.advances.get(codePoint);
  if (advance === undefined) {
    advance = parsed.font.glyphForCodePoint(codePoint).advanceWidth * parsed.scale;
    parsed.advances.set(codePoint, advance);
  }
  return advance;
}

/** fontkit's layout of `text`, once per distinct string, with its width (1000-unit scale). */
function shaped(parsed: Parsed, text: string): { glyphs: FontkitGlyph[]; width: number } {
  let run = parsed.shaped.get(text);
  if (!run) {
    const { glyphs } = parsed.shape(text);
    let width = 0;
    for (const glyph of glyphs) width += glyph.advanceWidth * parsed.scale;
    run = { glyphs, width };
    if (parsed.shaped.size >= SHAPED_CACHE_LIMIT) parsed.shaped.clear();
    parsed.shaped.set(text, run);
  }
  return run;
}

/**
 * Calls `word` for each word of simple text (split at spaces, which no ligature spans) that
 * holds a ligature starter, and `plain` for each other code unit: the glyph the cmap names.
 */
function walkSimple(
  parsed: Parsed,
  text: string,
  word: (text: string) => void,
  plain: (codePoint: number) => void,
): void {
  const { starters } = parsed;
  let start = 0;
  while (start < text.length) {
    let end = start;
    let ligatures = false;
    while (end < text.length && text.charCodeAt(end) !== SPACE) {
      if (starters.has(text.charCodeAt(end))) ligatures = true;
      end++;
    }
    if (ligatures) word(text.slice(start, end));
    else for (let i = start; i < end; i++) plain(text.charCodeAt(i));
    if (end < text.length) plain(SPACE);
    start = end + 1;
  }
}

/** Width of simple text, 1000-unit scale. */
function simpleWidth(parsed: Parsed, text: string): number {
  let total = 0;
  if (parsed.starters.size === 0) {
    for (let i = 0; i < text.length; i++) total += advanceOf(parsed, text.charCodeAt(i));
    return total;
  }
  walkSimple(
    parsed,
    text,
    (word) => (total += shaped(parsed, word).width),
    (codePoint) => (total += advanceOf(parsed, codePoint)),
  );
  return total;
}

/**
 * A TrueType glyph record without its hinting instructions. They are more than half of
 * DejaVu's glyph bytes, and hinting only snaps outlines to a screen's pixel grid: PDF viewers
 * scale glyphs freely and print unhinted. Composite glyphs are left as they are (their
 * instructions follow the components), and the record stays of even length, as the short
 * loca format needs.
 */
export function withoutInstructions(glyph: Uint8Array): Uint8Array {
  if (glyph.length < 12) return glyph;
  const view = new DataView(glyph.buffer, glyph.byteOffset, glyph.byteLength);
  const contours = view.getInt16(0);
  if (contours < 0) return glyph;
  const lengthAt = 10 + 2 * contours;
  if (lengthAt + 2 > glyph.length) return glyph;
  const instructions = view.getUint16(lengthAt);
  if (instructions === 0 || lengthAt + 2 + instructions > glyph.length) return glyph;
  const rest = glyph.subarray(lengthAt + 2 + instructions);
  const size = lengthAt + 2 + rest.length;
  // fontkit's stream takes its own Buffer type only: the copy is made with the glyph's class.
  const Bytes = glyph.constructor as Uint8ArrayConstructor;
  const out = new Bytes(size + (size % 2));
  out.set(glyph.subarray(0, lengthAt));
  out[lengthAt] = 0;
  out[lengthAt + 1] = 0;
  out.set(rest, lengthAt + 2);
  if (size % 2) out[size] = 0;
  return out;
}

type TrueTypeSubset = { _addGlyph?: (gid: number) => number; glyf?: Uint8Array[]; offset?: number };

/** fontkit's subset of a TrueType font, writing its simple glyphs without instructions. */
function unhintedSubsets(font: FontkitFont): void {
  const createSubset = font.createSubset.bind(font);
  font.createSubset = () => {
    const subset = createSubset() as TrueTypeSubset;
    const addGlyph = subset._addGlyph?.bind(subset);
    // CFF fonts subset differently; they are left alone.
    if (!addGlyph) return subset;
    subset._addGlyph = (gid) => {
      const index = addGlyph(gid);
      const glyph = subset.glyf?.[index];
      if (!glyph || subset.offset === undefined) return index;
      const stripped = withoutInstructions(glyph);
      if (stripped !== glyph) {
        subset.glyf![index] = stripped;
        subset.offset -= glyph.length - stripped.length;
      }
      return index;
    };
    return subset;
  };
}

function prepare(font: FontkitFont): Parsed {
  unhintedSubsets(font);
  const shape = font.layout.bind(font);
  const starters = starterCodePoints(font);
  const parsed: Parsed = {
    font,
    advances: new Map(),
    scale: 1000 / font.unitsPerEm,
    // A space that could start a ligature would break the word splitting: shape everything.
    starters,
    shaped: new Map(),
    shape,
  };
  const fast = !starters.has(SPACE);
  // pdf-lib reads only `glyphs` from a layout (to measure and to encode drawn text), and
  // passes no features unless asked to: simple text skips the shaper.
  font.layout = (text, features) => {
    if (!fast || features !== undefined || !SIMPLE.test(text)) return shape(text, features);
    const glyphs: FontkitGlyph[] = [];
    walkSimple(
      parsed,
      text,
      (word) => glyphs.push(...shaped(parsed, word).glyphs),
      (codePoint) => glyphs.push(font.glyphForCodePoint(codePoint)),
    );
    return { glyphs };
  };
  if (fast) parsedFonts.set(font, parsed);
  return parsed;
}

/**
 * Parses font bytes once per session (per byte array: callers keep the bytes they loaded), so
 * every export after the first reuses the tables fontkit read; the font's layout gets the fast
 * path for simple text. Subsetting creates a new subset per document, so sharing is safe.
 */
export function parseFont(bytes: Uint8Array): FontkitFont {
  let font = parsedByBytes.get(bytes);
  if (!font) {
    font = fontkit.create(bytes) as unknown as FontkitFont;
    prepare(font);
    parsedByBytes.set(bytes, font);
  }
  return font;
}

/** What `PDFDocument.registerFontkit` takes: fontkit, with parsed fonts kept across exports. */
export const cachedFontkit = {
  create: (bytes: Uint8Array) => parseFont(bytes),
} as unknown as typeof fontkit;

/** The fontkit font behind an embedded PDF font, when it came through `cachedFontkit`. */
function parsedOf(font: PDFFont): Parsed | undefined {
  const inner = (font as unknown as { embedder?: { font?: FontkitFont } }).embedder?.font;
  return inner ? parsedFonts.get(inner) : undefined;
}

/**
 * Width of `text` at `size` as pdf-lib draws it (`font.widthOfTextAtSize`), left to right as
 * given: simple text from cached advances, other text shaped by fontkit (once per distinct
 * string, so the words of an Arabic paragraph are each shaped once while it is wrapped).
 */
export function textWidth(text: string, font: PDFFont, size: number): number {
  const parsed = parsedOf(font);
  if (!parsed) return font.widthOfTextAtSize(text, size);
  const width = SIMPLE.test(text) ? simpleWidth(parsed, text) : shaped(parsed, text).width;
  return (width * size) / 1000;
}
