import { MAX_PARTICIPANT_NAME_LENGTH } from './participant';

/** The longest group name kept, in code points (as for participant names). */
export const MAX_GROUP_NAME_LENGTH = 60;

/** The consensus rule as the facilitator types it: a whole percentage in these bounds. */
export const CONSENSUS_PERCENT = { min: 50, max: 100, step: 5 } as const;

// Control characters (C0, C1 and DEL) and lone surrogates, which no font draws; and the bidi
// embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), which would let a name
// reverse or reorder the text after it on screens and in the PDF. Right-to-left letters and
// the plain direction marks (U+200E, U+200F, U+061C) stay: names in Arabic or Hebrew need them.
const UNSAFE = /[\p{Cc}\p{Cs}\u202A-\u202E\u2066-\u2069]/gu;
// Every kind of white space, including line breaks, tabs and NEL (U+0085), typed or pasted.
const SPACE_RUN = /[\s\u0085]+/gu;

/**
 * A name as typed or pasted, made safe and tidy to store and show: line breaks and runs of
 * white space become one space, control and bidi-override characters are removed, the ends
 * are trimmed, and the result is cut at `max` whole code points, so an emoji or other
 * character outside the Basic Multilingual Plane is never split into half a surrogate pair.
 * Markup such as `<script>` is kept as the text it is: screens render names as text.
 */
function cleanText(raw: string, max: number): string {
  const tidy = raw.replace(SPACE_RUN, ' ').replace(UNSAFE, '').replace(SPACE_RUN, ' ').trim();
  const codePoints = Array.from(tidy);
  if (codePoints.length <= max) return tidy;
  // The cut may land right after a space: trim again so no name ends in one.
  return codePoints.slice(0, max).join('').trimEnd();
}

/**
 * A participant's name as stored: see `cleanText` — white space collapsed, control and
 * bidi-override characters removed, cut at `MAX_PARTICIPANT_NAME_LENGTH` code points.
 * May be empty: a participant without a name shows as "Participant n".
 */
export function cleanParticipantName(raw: string): string {
  return cleanText(raw, MAX_PARTICIPANT_NAME_LENGTH);
}

/** A group's name as stored, cleaned as participant names are, at most `MAX_GROUP_NAME_LENGTH`. */
export function cleanGroupName(raw: string): string {
  return cleanText(raw, MAX_GROUP_NAME_LENGTH);
}

/**
 * The consensus share (0.5..1) for what the facilitator typed as a percentage, or null when it
 * is not a whole number from 50 to 100 in steps of 5 (the number field's own bounds, so the
 * field never looks valid for a value the app then refuses, or the reverse).
 */
export function parseConsensusPercent(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d{1,3}$/.test(trimmed)) return null;
  const percent = Number(trimmed);
  const { min, max, step } = CONSENSUS_PERCENT;
  if (percent < min || percent > max || percent % step !== 0) return null;
  return percent / 100;
}

/** A stored consensus share as the whole percentage the field shows (0.75 → 75). */
export function consensusPercent(share: number): number {
  return Math.round(share * 100);
}
