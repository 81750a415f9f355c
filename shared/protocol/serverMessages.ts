// What the session server sends a participant's device. The page parses these with the same
// strictness the server applies to what it receives.
import { z } from '../zod';
import {
  idSchema,
  joinOptionsFieldsSchema,
  modelIdSchema,
  roundNumberSchema,
  roundStatusSchema,
  tokenSchema,
  voteValueSchema,
} from './fields';
import { SESSION_ERROR_CODES } from './errors';
import { MAX_COUNT, MAX_MODELS_IN_PLAY } from './limits';
import { pooledViewSchema } from './pooledView';

export const answerSchema = z.strictObject({ modelId: modelIdSchema, value: voteValueSchema });
export type Answer = z.infer<typeof answerSchema>;

/**
 * Everything one device may know, sent whole on every (re)connect and after every change:
 * the round and its status, the models in play, the person's own answers (including those
 * still waiting for the facilitator's app, listed again in `unsaved`), and the pooled view
 * only once the facilitator has released it.
 */
export const participantViewSchema = z.strictObject({
  hostPresent: z.boolean(),
  round: z.strictObject({ number: roundNumberSchema, status: roundStatusSchema }).nullable(),
  models: z.array(modelIdSchema).max(MAX_MODELS_IN_PLAY),
  answers: z.array(answerSchema).max(MAX_MODELS_IN_PLAY),
  unsaved: z.array(modelIdSchema).max(MAX_MODELS_IN_PLAY),
  ready: z.boolean(),
  pooled: pooledViewSchema.nullable(),
});
export type ParticipantView = z.infer<typeof participantViewSchema>;

/** Why the server is closing a device's connection. */
export const CLOSING_REASONS = ['session-ended', 'server-stopping', 'removed', 'replaced'] as const;
export type ClosingReason = (typeof CLOSING_REASONS)[number];

const welcome = z.strictObject({
  type: z.literal('welcome'),
  /** Kept on the device: `resume` with it returns the person to this seat. */
  token: tokenSchema,
  participantId: idSchema,
  /** 1-based, in the order people joined. */
  seat: z.number().int().min(1).max(MAX_COUNT),
  view: participantViewSchema,
});

const state = z.strictObject({ type: z.literal('state'), view: participantViewSchema });

export const sessionErrorSchema = z.strictObject({
  type: z.literal('error'),
  code: z.enum(SESSION_ERROR_CODES),
  message: z.string().max(200),
  /** The model a refused change was about, so the page can put it back. */
  modelId: modelIdSchema.optional(),
});

/** The answer to `joinOptions` with the right code. */
const joinOptions = z.strictObject({ type: z.literal('joinOptions'), ...joinOptionsFieldsSchema });
export type JoinOptions = Omit<z.infer<typeof joinOptions>, 'type'>;

const closing = z.strictObject({ type: z.literal('closing'), reason: z.enum(CLOSING_REASONS) });
const pong = z.strictObject({ type: z.literal('pong') });

export const serverMessageSchema = z.discriminatedUnion('type', [
  welcome,
  state,
  joinOptions,
  sessionErrorSchema,
  closing,
  pong,
]);

export type ServerMessage = z.infer<typeof serverMessageSchema>;
export type SessionErrorMessage = z.infer<typeof sessionErrorSchema>;
