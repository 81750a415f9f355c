import type { PDFFont } from 'pdf-lib';
import { codePointLength, cutText, graphemes } from '../domain/text';
import { isSimpleText } from '../text/fontCache';

/** Shown where the font has no glyph: visible, so readers know something was there. */
export const REPLACEMENT = '□';
const FALLBACK_REPLACEMENT = '?';

/**
 * Scripts fontkit hands to its Indic or Universal shaper. In the bundled fontkit build those
 * shapers throw ("regeneratorRuntime is not defined"), and DejaVu does have Tifinagh glyphs, so
 * a glyph check alone would let such text crash the export. They are replaced like missing
 * glyphs.
 */
const UNSHAPEABLE: readonly (readonly [number, number])[] = [
  [0x0900, 0x0dff], // Devanagari … Sinhala
  [0x0f00, 0x0fff], // Tibetan
  [0x1700, 0x177f], // Tagalog, Hanunoo, Buhid, Tagbanwa
  [0x1780, 0x17ff], // Khmer
  [0x1900, 0x197f], // Limbu, Tai Le
  [0x1a00, 0x1aaf], // Buginese, Tai Tham
  [0x1b00, 0x1c4f], // Balinese, Sundanese, Batak, Lepcha
  [0x2d30, 0x2d7f], // Tifinagh
  [0xa800, 0xa82f], // Syloti Nagri
  [0xa880, 0xa8df], // Saurashtra
  [0xa900, 0xa9df], // Kayah Li, Rejang, Javanese
  [0xaa00, 0xaadf], // Cham, Tai Viet
  [0xabc0, 0xabff], // Meetei Mayek
  [0x11000, 0x11fff], // Brahmi and the other historic Indic scripts
  [0x13000, 0x1342f], // Egyptian hieroglyphs
  [0x16b00, 0x16b8f], // Pahawh Hmong
  [0x1bc00, 0x1bc9f], // Duployan
];

// Invisible code points that only steer rendering (ZWJ, variation selectors, bidi controls, BOM).
// Dropping them keeps an emoji sequence from turning into several replacement boxes.
const INVISIBLE = /[\p{Cf}\u{FE00}-\u{FE0F}\u{E0100}-\u{E01EF}]/gu;
// The plain direction marks stay in drawn text: they decide a paragraph's direction and where
// neutral characters go, as they do on screen, and the drawing layer leaves them out. The Arabic
// letter mark becomes the right-to-left mark, which the font has.
const DIRECTION_MARK = /^[\u200E\u200F]$/;
const INVISIBLE_BUT_MARKS = /(?![\u200E\u200F])[\p{Cf}\u{FE00}-\u{FE0F}\u{E0100}-\u{E01EF}]/gu;
/** C0/C1 controls, except tab and newline, which carry layout meaning. */
function isControl(char: string): boolean {
  const codePoint = char.codePointAt(0) ?? 0;
  if (codePoint === 0x09 || codePoint === 0x0a) return false;
  return codePoint <= 0x1f || (codePoint >= 0x7f && codePoint <= 0x9f);
}

function stripControls(text: string): string {
  return Array.from(text)
    .filter((char) => !isControl(char))
    .join('');
}

const glyphCache = new WeakMap<PDFFont, ReadonlySet<number>>();

function glyphsOf(font: PDFFont): ReadonlySet<number> {
  let glyphs = glyphCache.get(font);
  if (!glyphs) {
    glyphs = new Set(font.getCharacterSet());
    glyphCache.set(font, glyphs);
  }
  return glyphs;
}

function drawable(codePoint: number, glyphs: ReadonlySet<number>): boolean {
  if (!glyphs.has(codePoint)) return false;
  return !UNSHAPEABLE.some(([from, to]) => codePoint >= from && codePoint <= to);
}

/** Simple text (see `isSimpleText`; newlines allowed) whose every character the font has. */
function allDrawable(text: string, glyphs: ReadonlySet<number>): boolean {
  if (!isSimpleText(text.replace(/\n/g, ' '))) return false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code !== 0x0a && !glyphs.has(code)) return false;
  }
  return true;
}

/**
 * Makes any string printable with `font`: normalises to NFC (so a decomposed "å" becomes one
 * glyph), turns CR/LF variants and Unicode line separators into `\n`, tabs into spaces, drops
 * control and invisible formatting characters (but keeps the direction marks U+200E/U+200F for
 * the bidi algorithm), and replaces every character the font cannot draw with a visible □ (or ?
 * if even that is missing). Never throws.
 */
export function safeText(text: string, font: PDFFont): string {
  const glyphs = glyphsOf(font);
  const replacement = glyphs.has(REPLACEMENT.codePointAt(0) ?? 0)
    ? REPLACEMENT
    : FALLBACK_REPLACEMENT;
  const cleaned = stripControls(
    String(text)
      .normalize('NFC')
      .replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
      .replace(/\t/g, '  ')
      .replace(/\u061C/g, '\u200F'),
  );
  // Most text is letters and punctuation the font has, one code point per grapheme: nothing
  // to segment or replace.
  if (allDrawable(cleaned, glyphs)) return cleaned;
  let out = '';
  // Segmenting by grapheme makes a flag or a family emoji one box, not four.
  for (const cluster of graphemes(cleaned)) {
    // Invisible joiners go only after segmenting, so a family emoji stays one cluster.
    const visible = cluster.replace(INVISIBLE_BUT_MARKS, '');
    if (visible === '' || visible === '\n' || DIRECTION_MARK.test(visible)) {
      out += visible;
      continue;
    }
    const codePoints = Array.from(visible, (char) => char.codePointAt(0) ?? 0);
    out += codePoints.every((codePoint) => drawable(codePoint, glyphs)) ? visible : replacement;
  }
  return out;
}

/** `safeText` for places that hold one line (titles in footers, labels): newlines become spaces. */
export function safeLine(text: string, font: PDFFont): string {
  return safeText(text, font)
    .replace(/\s*\n\s*/g, ' ')
    .trim();
}

// Lone surrogates: pdf-lib writes metadata as UTF-16 as it is, so half an emoji would reach
// the file as broken text that viewers show as garbage or refuse.
const LONE_SURROGATE = /\p{Cs}/gu;

/**
 * Metadata strings are stored as UTF-16 and need no glyphs, but control characters, lone
 * surrogates and bidi controls would show up as garbage (or reorder text) in viewers' title
 * bars. Longer text is cut to `maxLength` code points, ending in "…", at a grapheme boundary:
 * never half an emoji.
 */
export function safeMetadata(text: string, maxLength = 300): string {
  const cleaned = stripControls(
    String(text)
      .normalize('NFC')
      .replace(/[\r\n\t\u2028\u2029\u0085]+/g, ' '),
  )
    .replace(INVISIBLE, '')
    .replace(LONE_SURROGATE, '')
    .replace(/ {2,}/g, ' ')
    .trim();
  if (codePointLength(cleaned) <= maxLength) return cleaned;
  return `${cutText(cleaned, maxLength - 1).trimEnd()}…`;
}
