// File names built from user text (a workshop title) end up in a save dialog's default path or a
// download. They must not steer the path (separators, `..`), break on Windows (reserved names,
// trailing dots), or mislead the user (bidi overrides that show "fdp.exe" as "exe.pdf").
// The renderer names the file and the main process sanitises the name again: it trusts nothing
// the renderer sends.

/** Longest sanitised name in UTF-8 bytes: below the usual 255-byte limit, with room to spare. */
export const MAX_FILE_NAME_BYTES = 180;

// CON, PRN, AUX, NUL, COM0-9, LPT0-9 are devices on Windows, with or without an extension.
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)$/i;
// C0/C1 control characters and the bidirectional formatting characters.
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;
// Path separators and the characters Windows forbids in names.
const FORBIDDEN = /[/\\<>:"|?*]/g;

/** True if Windows treats the name (up to its first dot, trailing spaces ignored) as a device. */
export function isWindowsReservedName(name: string): boolean {
  const stem = name.split('.')[0] ?? '';
  return WINDOWS_RESERVED.test(stem.trimEnd());
}

/** Length of `text` in UTF-8 bytes, the unit file systems limit names in. */
export function utf8Length(text: string): number {
  return new TextEncoder().encode(text).byteLength;
}

/** Cuts whole code points (never half a surrogate pair) until the text fits in `maxBytes`. */
function truncateUtf8(text: string, maxBytes: number): string {
  const points = Array.from(text);
  while (points.length > 0 && utf8Length(points.join('')) > maxBytes) points.pop();
  return points.join('');
}

function stripEdges(text: string): string {
  // Leading dots would hide the file or form `..`; Windows drops trailing dots and spaces.
  return text.replace(/^[\s.]+/, '').replace(/[\s.]+$/, '');
}

/** Removes invisible characters, replaces forbidden ones with `-`, folds whitespace runs. */
function cleanCharacters(text: string): string {
  return text.normalize('NFC').replace(INVISIBLE, '').replace(FORBIDDEN, '-').replace(/\s+/g, ' ');
}

/** Edges trimmed, device names defused, cut to `maxBytes`; `fallback` if nothing is left. */
function finishStem(cleaned: string, maxBytes: number, fallback: string): string {
  let base = stripEdges(cleaned);
  if (base === '' || /^-+$/.test(base)) base = fallback;
  if (isWindowsReservedName(base)) base = `_${base}`;
  base = stripEdges(truncateUtf8(base, maxBytes));
  return base === '' ? fallback : base;
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
