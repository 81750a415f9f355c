// The one rule for short text the facilitator types or a file brings in (workshop titles,
// organisations, participant and group names): what is stored is what the screens, the PDF
// and file names can show safely, and a cut never leaves half a character behind.

// Control characters (C0, C1 and DEL) and lone surrogates, which no font draws; and the bidi
// embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), which would let a name
// reverse or reorder the text after it on screens and in the PDF. Right-to-left letters and
// the plain direction marks (U+200E, U+200F, U+061C) stay: names in Arabic or Hebrew need them.
const UNSAFE = /[\p{Cc}\p{Cs}\u202A-\u202E\u2066-\u2069]/gu;
// Every kind of white space, including line breaks, tabs and NEL (U+0085), typed or pasted.
const SPACE_RUN = /[\s\u0085]+/gu;

let segmenter: Intl.Segmenter | null | undefined;

/** One grapheme segmenter for the whole app (making one per call is the expensive part). */
function graphemeSegmenter(): Intl.Segmenter | null {
  if (segmenter === undefined) {
    segmenter =
      typeof Intl !== 'undefined' && 'Segmenter' in Intl
        ? new Intl.Segmenter(undefined, { granularity: 'grapheme' })
        : null;
  }
  return segmenter;
}

/**
 * The user-perceived characters of `text` (a flag, a family emoji or a letter with its accents
 * is one), lazily, so a caller can stop early. Falls back to code points where the runtime has
 * no `Intl.Segmenter`.
 */
export function* graphemes(text: string): Generator<string> {
  const seg = graphemeSegmenter();
  if (!seg) {
    yield* text;
    return;
  }
  for (const part of seg.segment(text)) yield part.segment;
}

/**
 * Length in code points: the unit every limit on user text counts in. An emoji is one, not
 * the two UTF-16 units `String.length` counts, and the limit still bounds what is stored
 * (a grapheme cluster can be any number of code points long).
 */
export function codePointLength(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++, count++) {
    // A high surrogate followed by a low one is one code point; a lone one counts as one too.
    const unit = text.charCodeAt(i);
    const next = text.charCodeAt(i + 1);
    if (unit >= 0xd800 && unit <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) i++;
  }
  return count;
}

/**
 * `text` cut to at most `max` code points at a grapheme boundary, so neither a surrogate pair
 * nor an emoji sequence (flag, skin tone, family) is split: a cluster that does not fit whole
 * is left out whole. Only if the very first cluster is longer than `max` (a letter buried in
 * combining marks) is it cut at a code point instead, so the result is never empty for
 * non-empty text. Text within the limit comes back unchanged.
 */
export function cutText(text: string, max: number): string {
  if (codePointLength(text) <= max) return text;
  let out = '';
  let used = 0;
  for (const cluster of graphemes(text)) {
    const size = codePointLength(cluster);
    if (used + size > max) break;
    out += cluster;
    used += size;
  }
  return out !== '' || max <= 0 ? out : Array.from(text).slice(0, max).join('');
}

/**
 * Text made safe and tidy to store and show, without any length limit: line breaks and runs
 * of white space become one space, control characters, lone surrogates and bidi controls are
 * removed, the ends are trimmed. Kept as typed otherwise (no normalisation), and markup such
 * as `<script>` stays the text it is: screens render user text as text.
 */
export function tidyText(raw: string): string {
  return raw.replace(SPACE_RUN, ' ').replace(UNSAFE, '').replace(SPACE_RUN, ' ').trim();
}

/**
 * `tidyText`, then cut to `max` code points by `cutText` (never half a character). The cut
 * may land right after a space, so the end is trimmed again.
 */
export function cleanText(raw: string, max: number): string {
  const tidy = tidyText(raw);
  return codePointLength(tidy) <= max ? tidy : cutText(tidy, max).trimEnd();
}
