import { MAX_PARTICIPANT_NAME_LENGTH } from './participant';
import { cleanText } from './text';

/** The longest group name kept, in code points (as for participant names). */
export const MAX_GROUP_NAME_LENGTH = 60;

/** The consensus rule as the facilitator types it: a whole percentage in these bounds. */
export const CONSENSUS_PERCENT = { min: 50, max: 100, step: 5 } as const;

/**
 * A participant's name as stored: see `cleanText` (text.ts) — white space collapsed, control
 * and bidi-override characters removed, cut at `MAX_PARTICIPANT_NAME_LENGTH` code points.
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
