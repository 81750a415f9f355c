// What a participant's device may send the session server. Every message is one JSON object
// with a `type`; objects are strict (an unknown key is an error, never ignored).
import { z } from '../zod';
import {
  idSchema,
  joinCodeSchema,
  localeSchema,
  modelIdSchema,
  positionSchema,
  roundNumberSchema,
  tokenSchema,
  userTextSchema,
  versionSchema,
} from './fields';
import { MAX_NAME_LENGTH } from './limits';

/** First message of a new device: the join code, and how the person wants to appear. */
const join = z.strictObject({
  type: z.literal('join'),
  version: versionSchema,
  code: joinCodeSchema,
  /** Optional: an empty name shows as "Participant n" on the facilitator's screen. */
  name: userTextSchema(MAX_NAME_LENGTH).optional(),
  /** One of the workshop's groups; the host checks it against its own list. */
  groupId: idSchema.optional(),
  language: localeSchema,
});

/** Before joining: which groups the person may choose and whether a name is asked for. */
const joinOptions = z.strictObject({
  type: z.literal('joinOptions'),
  version: versionSchema,
  code: joinCodeSchema,
});

/** First message of a device that joined before: its token, to take back the same seat. */
const resume = z.strictObject({
  type: z.literal('resume'),
  version: versionSchema,
  token: tokenSchema,
});

/**
 * Placing and moving are told apart so the server can catch a page that is out of step
 * (`place` needs a model not yet on the person's matrix, `move` one that is). Both name the
 * round they belong to, so a change made just before a lock or a new round cannot land in
 * the wrong one.
 */
const place = z.strictObject({
  type: z.literal('place'),
  round: roundNumberSchema,
  modelId: modelIdSchema,
  position: positionSchema,
});

const move = z.strictObject({
  type: z.literal('move'),
  round: roundNumberSchema,
  modelId: modelIdSchema,
  position: positionSchema,
});

/** "Don't know" for one model: counted by the host, never pooled. */
const skip = z.strictObject({
  type: z.literal('skip'),
  round: roundNumberSchema,
  modelId: modelIdSchema,
});

/** Takes a placement or a "don't know" back. */
const remove = z.strictObject({
  type: z.literal('remove'),
  round: roundNumberSchema,
  modelId: modelIdSchema,
});

/** The person is done with the round (or, with false, not after all). */
const ready = z.strictObject({
  type: z.literal('ready'),
  round: roundNumberSchema,
  ready: z.boolean(),
});

const ping = z.strictObject({ type: z.literal('ping') });

export const participantMessageSchema = z.discriminatedUnion('type', [
  join,
  joinOptions,
  resume,
  place,
  move,
  skip,
  remove,
  ready,
  ping,
]);

export type ParticipantMessage = z.infer<typeof participantMessageSchema>;
/** The messages that change the person's answers in the open round. */
export type AnswerMessage = Extract<
  ParticipantMessage,
  { type: 'place' | 'move' | 'skip' | 'remove' }
>;
