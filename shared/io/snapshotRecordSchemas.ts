// The strict shape of each record in a snapshot file; the rules between records are in
// snapshotSchema.ts. Unknown keys are errors at every level, never ignored.
import { z } from '../zod';
import { MAX_PARTICIPANT_NAME_LENGTH } from '../domain/participant';
import { PHASES } from '../domain/phase';
import { ROUND_STATES } from '../domain/round';
import { codePointLength, tidyText } from '../domain/text';
import { MAX_TIMER_MS } from '../domain/timer';
import { MAX_ORGANISATION_LENGTH, MAX_TITLE_LENGTH, isIsoDate } from '../domain/workshopDraft';
import { MAX_ROUND_NUMBER } from './snapshotFormat';

/**
 * Ids as the app makes them (UUIDs, catalogue slugs, built-in group ids). The same characters
 * the router accepts in `#/workshop/<id>`, so every restored workshop can be opened.
 */
export const SNAPSHOT_ID_PATTERN = /^[A-Za-z0-9_-]{1,100}$/;

/** Most groups one workshop may have in a file; the app starts with four. */
export const MAX_GROUPS = 100;
/** Longest group name in a file: as long as a workshop title. */
export const MAX_GROUP_NAME_LENGTH = 200;

// Milliseconds since 1970, within what a Date can hold.
const timestamp = z.number().int().min(0).max(8.64e15);
const id = z.string().regex(SNAPSHOT_ID_PATTERN);
const unit = z.number().min(0).max(1);
const position = z.strictObject({ x: unit, y: unit });
const roundNumber = z.number().int().min(1).max(MAX_ROUND_NUMBER);

/**
 * User text from a file, judged by the rule the forms use (`tidyText`, text.ts): control
 * characters, lone surrogates and bidi controls are removed and white space collapsed, the
 * same cleaning the form applies, so a file can store nothing the form would not. Text that
 * is empty once cleaned is refused where a form requires it (`…title: empty`). Text longer
 * than `max` code points once cleaned is refused (`too_big`), not cut: the app never writes
 * it, and the form cuts only where it can tell the facilitator it did.
 */
function userText(max: number, required: boolean) {
  return z.string().transform((raw, ctx) => {
    const clean = tidyText(raw);
    if (required && clean === '') {
      ctx.addIssue({ code: 'custom', message: 'empty', input: raw });
      return z.NEVER;
    }
    if (codePointLength(clean) > max) {
      ctx.addIssue({
        code: 'too_big',
        origin: 'string',
        maximum: max,
        inclusive: true,
        input: raw,
      });
      return z.NEVER;
    }
    return clean;
  });
}

const setupSchema = z.strictObject({
  // Empty is allowed: a workshop without groups simply has no participants.
  groups: z
    .array(z.strictObject({ id, name: userText(MAX_GROUP_NAME_LENGTH, false) }))
    .max(MAX_GROUPS),
  anonymous: z.boolean(),
  consensusShare: z.number().min(0.5).max(1),
});

const timerMs = z.number().int().min(0).max(MAX_TIMER_MS);

// Optional in every file: a workshop without one stands in the first phase with no timer.
const timerSchema = z
  .strictObject({
    phase: z.enum(PHASES),
    durationMs: timerMs,
    startedAt: timestamp.nullable(),
    pausedRemainingMs: timerMs.nullable(),
  })
  .refine((timer) => timer.startedAt === null || timer.pausedRemainingMs === null, {
    message: 'a timer is either running or paused',
  });

export const workshopSchema = z.strictObject({
  id,
  title: userText(MAX_TITLE_LENGTH, true),
  organisation: userText(MAX_ORGANISATION_LENGTH, false),
  date: z.string().refine(isIsoDate, { message: 'expected a calendar day YYYY-MM-DD' }),
  setup: setupSchema,
  phase: z.enum(PHASES).optional(),
  timer: timerSchema.optional(),
  createdAt: timestamp,
  updatedAt: timestamp,
});

export const placementSchema = z.strictObject({
  workshopId: id,
  modelId: id,
  position,
  updatedAt: timestamp,
});

export const participantSchema = z.strictObject({
  id,
  workshopId: id,
  // Optional (an empty name shows as "Participant n"), so no minimum.
  name: userText(MAX_PARTICIPANT_NAME_LENGTH, false),
  groupId: id,
  createdAt: timestamp,
  removedAt: timestamp.nullable(),
});

export const roundSchema = z.strictObject({
  workshopId: id,
  number: roundNumber,
  state: z.enum(ROUND_STATES),
  startedAt: timestamp,
  lockedAt: timestamp.nullable(),
  revealedAt: timestamp.nullable(),
});

export const voteSchema = z.strictObject({
  workshopId: id,
  round: roundNumber,
  participantId: id,
  modelId: id,
  // A position on the matrix, or "don't know": nothing else.
  value: z.union([position, z.literal('skip')], { error: 'expected a position or "skip"' }),
  updatedAt: timestamp,
});
