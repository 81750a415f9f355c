// The strict shape of each record in a snapshot file; the rules between records are in
// snapshotSchema.ts. Unknown keys are errors at every level, never ignored.
import { z } from 'zod';
import { MAX_PARTICIPANT_NAME_LENGTH } from '../domain/participant';
import { ROUND_STATES } from '../domain/round';
import { MAX_ORGANISATION_LENGTH, MAX_TITLE_LENGTH, isIsoDate } from '../domain/workshopDraft';

/**
 * Ids as the app makes them (UUIDs, catalogue slugs, built-in group ids). The same characters
 * the router accepts in `#/workshop/<id>`, so every restored workshop can be opened.
 */
export const SNAPSHOT_ID_PATTERN = /^[A-Za-z0-9_-]{1,100}$/;

/** Most groups one workshop may have in a file; the app starts with four. */
export const MAX_GROUPS = 100;
/** Longest group name in a file: as long as a workshop title. */
export const MAX_GROUP_NAME_LENGTH = 200;
/** Highest round number in a file: far beyond any Delphi workshop (two to four rounds). */
export const MAX_ROUND_NUMBER = 1000;

// Milliseconds since 1970, within what a Date can hold.
const timestamp = z.number().int().min(0).max(8.64e15);
const id = z.string().regex(SNAPSHOT_ID_PATTERN);
const unit = z.number().min(0).max(1);
const position = z.strictObject({ x: unit, y: unit });
const roundNumber = z.number().int().min(1).max(MAX_ROUND_NUMBER);

const setupSchema = z.strictObject({
  // Empty is allowed: a workshop without groups simply has no participants.
  groups: z
    .array(z.strictObject({ id, name: z.string().max(MAX_GROUP_NAME_LENGTH) }))
    .max(MAX_GROUPS),
  anonymous: z.boolean(),
  consensusShare: z.number().min(0.5).max(1),
});

export const workshopSchema = z.strictObject({
  id,
  title: z.string().min(1).max(MAX_TITLE_LENGTH),
  organisation: z.string().max(MAX_ORGANISATION_LENGTH),
  date: z.string().refine(isIsoDate, { message: 'expected a calendar day YYYY-MM-DD' }),
  setup: setupSchema,
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
  name: z.string().max(MAX_PARTICIPANT_NAME_LENGTH),
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
