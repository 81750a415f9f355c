// File names built from user text (a workshop title) end up in a save dialog's default path or a
// download. They must not steer the path (separators, `..`), break on Windows (reserved names,
// trailing dots), or mislead the user (bidi overrides that show "fdp.exe" as "exe.pdf").
// The renderer names the file and the main process sanitises the name again: it trusts nothing
// the renderer sends.
import { graphemes } from '../domain/text';

/** Longest sanitised name in UTF-8 bytes: below the usual 255-byte limit, with room to spare. */
export const MAX_FILE_NAME_BYTES = 180;

// CON, PRN, AUX, NUL, COM0-9, LPT0-9 are devices on Windows, with or without an extension.
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)$/i;
// C0/C1 control characters and the bidirectional formatting characters.
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;
// Lone surrogates (half an emoji): file systems store them as garbage or refuse the name.
const LONE_SURROGATE = /\p{Cs}/gu;
// Runs of path separators and the characters Windows forbids in names, e.g. the `</` of markup:
// one `-` for a whole run, so markup leaves words, not rows of dashes.
const FORBIDDEN = /[/\\<>:"|?*]+/g;

/** True if Windows treats the name (up to its first dot, trailing spaces ignored) as a device. */
export function isWindowsReservedName(name: string): boolean {
  const stem = name.split('.')[0] ?? '';
  return WINDOWS_RESERVED.test(stem.trimEnd());
}

/** Length of `text` in UTF-8 bytes, the unit file systems limit names in. */
export function utf8Length(text: string): number {
  return new TextEncoder().encode(text).byteLength;
}

/**
 * The longest start of `text` that fits in `maxBytes`, cut between whole grapheme clusters:
 * never half a surrogate pair, nor half a flag or family emoji.
 */
function truncateUtf8(text: string, maxBytes: number): string {
  if (utf8Length(text) <= maxBytes) return text;
  let out = '';
  let used = 0;
  for (const cluster of graphemes(text)) {
    const size = utf8Length(cluster);
    if (used + size > maxBytes) break;
    out += cluster;
    used += size;
  }
  return out;
}

function stripEdges(text: string): string {
  // Leading dots would hide the file or form `..`, a leading dash reads as an option on a
  // command line; Windows drops trailing dots and spaces. What markup leaves (`-b-`) goes too.
  return text.replace(/^[\s.-]+/, '').replace(/[\s.-]+$/, '');
}

/** Removes invisible characters, replaces each run of forbidden ones with `-`, folds spaces. */
function cleanCharacters(text: string): string {
  return text
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .replace(LONE_SURROGATE, '')
    .replace(FORBIDDEN, '-')
    .replace(/\s+/g, ' ');
}

/**
 * Edges trimmed, cut to `maxBytes`, device names defused; `fallback` if nothing is left. The
 * device check comes after the cut: a cut can leave just `NUL` of `NUL <one huge character>`.
 */
function finishStem(cleaned: string, maxBytes: number, fallback: string): string {
  let base = stripEdges(truncateUtf8(stripEdges(cleaned), maxBytes));
  if (base === '') return fallback;
  // Cut one byte more to make room for the `_`, and trim what that cut leaves at the end.
  if (isWindowsReservedName(base)) base = `_${stripEdges(truncateUtf8(base, maxBytes - 1))}`;
  return base;
}

/**
 * Turns untrusted text into the start of a file name, for callers that append more (a date, an
 * extension) themselves: same cleaning as `sanitizeFileName`, at most `maxBytes` UTF-8 bytes.
 * Falls back to `fallback` (trusted, not sanitised) when nothing usable is left.
 */
export function sanitizeFileStem(text: string, maxBytes: number, fallback: string): string {
  return finishStem(cleanCharacters(text), maxBytes, fallback);
}

/**
 * Turns an untrusted suggestion into a plain file name (no directory part) ending in
 * `extension`: invisible and forbidden characters removed, Windows device names defused,
 * at most MAX_FILE_NAME_BYTES bytes. Falls back to `fallback` when nothing usable is left.
 */
export function sanitizeFileName(suggested: string, extension = '.pdf', fallback = 'plan'): string {
  let base = cleanCharacters(suggested);
  if (extension !== '' && base.toLowerCase().endsWith(extension.toLowerCase())) {
    base = base.slice(0, -extension.length);
  }
  return `${finishStem(base, MAX_FILE_NAME_BYTES - utf8Length(extension), fallback)}${extension}`;
}
