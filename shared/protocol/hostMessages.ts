// Messages between the session server and the host: the facilitator's app, connected over
// loopback with the host token. The host holds the truth (its database); the server relays
// participants' changes to it and keeps only what it needs to answer a reconnecting device.
import { z } from '../zod';
import {
  idSchema,
  joinOptionsFieldsSchema,
  localeSchema,
  modelIdSchema,
  roundNumberSchema,
  roundStatusSchema,
  tokenDigestSchema,
  tokenSchema,
  versionSchema,
  voteValueSchema,
} from './fields';
import { SESSION_ERROR_CODES } from './errors';
import { MAX_COUNT, MAX_MODELS_IN_PLAY, MAX_NAME_LENGTH, MAX_SEATS } from './limits';
import { pooledModelSchema } from './pooledView';
import { answerSchema } from './serverMessages';

const modelIds = z.array(modelIdSchema).max(MAX_MODELS_IN_PLAY);
/** Ids the server gives relayed changes, counting up from 1 for the whole session. */
const changeIdSchema = z.number().int().min(1).max(Number.MAX_SAFE_INTEGER);
const seatSchema = z.number().int().min(1).max(MAX_COUNT);
/**
 * Names the server already cleaned. The limit counts code points, zod counts UTF-16 units:
 * a name of only emoji takes twice its length in units.
 */
const nameSchema = z.string().max(MAX_NAME_LENGTH * 2);

// Host → server.

export const hostMessageSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('hello'), version: versionSchema, token: tokenSchema }),
  /** A fresh round: every device's answers start empty and any released pooled view goes. */
  z.strictObject({ type: z.literal('openRound'), round: roundNumberSchema, modelIds }),
  /**
   * A revision round: each device starts from its own answers of the round before (for the
   * models still in play), and the pooled view released for that round stays visible.
   */
  z.strictObject({ type: z.literal('nextRound'), round: roundNumberSchema, modelIds }),
  z.strictObject({ type: z.literal('lockRound'), round: roundNumberSchema }),
  z.strictObject({ type: z.literal('revealRound'), round: roundNumberSchema }),
  /** Changes the models in play; answers for models taken out are dropped from the view. */
  z.strictObject({ type: z.literal('releaseModels'), modelIds }),
  z.strictObject({
    type: z.literal('releasePooled'),
    round: roundNumberSchema,
    models: z.array(pooledModelSchema).max(MAX_MODELS_IN_PLAY),
  }),
  /** The host's own record of one person's answers in the current round: replaces the view. */
  z.strictObject({
    type: z.literal('seatAnswers'),
    round: roundNumberSchema,
    participantId: idSchema,
    answers: z.array(answerSchema).max(MAX_MODELS_IN_PLAY),
  }),
  /** Ends a person's place: their token stops working and their device is closed. */
  z.strictObject({ type: z.literal('removeParticipant'), participantId: idSchema }),
  /**
   * The seats of a session this server continues (it was restarted with the same join code):
   * each person's token digest as the server reported it when they joined, never a token.
   * Seats the server already has, or whose token it saw revoked, are left as they are.
   */
  z.strictObject({
    type: z.literal('restoreSeats'),
    seats: z
      .array(
        z.strictObject({
          participantId: idSchema,
          tokenDigest: tokenDigestSchema,
          seat: seatSchema,
          name: nameSchema,
        }),
      )
      .max(MAX_SEATS),
  }),
  /** The groups a joining person may choose, and whether the workshop asks for names. */
  z.strictObject({ type: z.literal('joinOptions'), ...joinOptionsFieldsSchema }),
  /** Whether new devices may join (returning ones may always resume). */
  z.strictObject({ type: z.literal('setJoining'), open: z.boolean() }),
  /** The answer to one relayed change: written to the workshop, or refused. */
  z.strictObject({ type: z.literal('ack'), changeId: changeIdSchema, accepted: z.boolean() }),
  z.strictObject({ type: z.literal('endSession') }),
  z.strictObject({ type: z.literal('ping') }),
]);

export type HostMessage = z.infer<typeof hostMessageSchema>;

// Server → host.

export const relayedChangeSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('vote'), modelId: modelIdSchema, value: voteValueSchema }),
  z.strictObject({ kind: z.literal('clear'), modelId: modelIdSchema }),
  z.strictObject({ kind: z.literal('ready'), ready: z.boolean() }),
]);
export type RelayedChange = z.infer<typeof relayedChangeSchema>;

const seatSummarySchema = z.strictObject({
  participantId: idSchema,
  seat: seatSchema,
  name: nameSchema,
  connected: z.boolean(),
  ready: z.boolean(),
});

export const serverToHostMessageSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('hostWelcome'),
    round: z.strictObject({ number: roundNumberSchema, status: roundStatusSchema }).nullable(),
    models: modelIds,
    joining: z.boolean(),
    /** Relayed changes still waiting for an ack; they follow this message in order. */
    pending: z.number().int().min(0),
  }),
  z.strictObject({
    type: z.literal('participantJoined'),
    changeId: changeIdSchema,
    participantId: idSchema,
    seat: seatSchema,
    name: nameSchema,
    groupId: idSchema.nullable(),
    language: localeSchema,
    /** The device token's SHA-256 (base64url): the host keeps it to restore the seat. */
    tokenDigest: tokenDigestSchema,
  }),
  z.strictObject({
    type: z.literal('participantChange'),
    changeId: changeIdSchema,
    participantId: idSchema,
    round: roundNumberSchema,
    change: relayedChangeSchema,
  }),
  /** Who is in, who is connected, and who has not said they are done with the open round. */
  z.strictObject({
    type: z.literal('progress'),
    round: roundNumberSchema.nullable(),
    seats: z.array(seatSummarySchema).max(MAX_SEATS),
    notReady: z.strictObject({
      count: z.number().int().min(0).max(MAX_SEATS),
      names: z
        .array(z.strictObject({ participantId: idSchema, seat: seatSchema, name: nameSchema }))
        .max(MAX_SEATS),
    }),
  }),
  z.strictObject({
    type: z.literal('hostError'),
    code: z.enum(SESSION_ERROR_CODES),
    message: z.string().max(200),
    changeId: changeIdSchema.optional(),
  }),
  z.strictObject({ type: z.literal('pong') }),
]);

export type ServerToHostMessage = z.infer<typeof serverToHostMessageSchema>;
export type SeatSummary = z.infer<typeof seatSummarySchema>;
