// Field schemas every message shares: ids, positions, round numbers and user text.
import { z } from '../zod';
import { LOCALES } from '../i18n/locales';
import { ROUND_STATES } from '../domain/round';
import { codePointLength, tidyText } from '../domain/text';
import {
  ID_PATTERN,
  JOIN_CODE_ALPHABET,
  JOIN_CODE_LENGTH,
  MAX_GROUPS,
  MAX_NAME_LENGTH,
  MAX_RAW_TEXT_LENGTH,
  MAX_ROUND_NUMBER,
  MODEL_ID_PATTERN,
  TOKEN_DIGEST_PATTERN,
  TOKEN_PATTERN,
} from './limits';

export const modelIdSchema = z.string().regex(MODEL_ID_PATTERN);
export const idSchema = z.string().regex(ID_PATTERN);
/** Group names as the app allows them, in UTF-16 units (a code point may take two). */
const MAX_GROUP_NAME_UNITS = MAX_NAME_LENGTH * 2;
export const tokenSchema = z.string().regex(TOKEN_PATTERN);
export const tokenDigestSchema = z.string().regex(TOKEN_DIGEST_PATTERN);
export const roundNumberSchema = z.number().int().min(1).max(MAX_ROUND_NUMBER);
export const roundStatusSchema = z.enum(ROUND_STATES);
export const localeSchema = z.enum(LOCALES);
/** A protocol version as sent; the server compares it with its own and names a mismatch. */
export const versionSchema = z.number().int().min(1).max(1_000_000);

/** Zero or one, or any finite value between: matrix space, never pixels. */
const unitSchema = z.number().min(0).max(1);
export const positionSchema = z.strictObject({ x: unitSchema, y: unitSchema });
/** A participant's answer for one model: a position, or "don't know". */
export const voteValueSchema = z.union([positionSchema, z.literal('skip')]);

/**
 * The groups a person may choose when joining, and whether the workshop asks for names (an
 * anonymous one does not). A built-in group not renamed has an empty name: pages translate it.
 */
export const joinOptionsFieldsSchema = {
  groups: z
    .array(z.strictObject({ id: idSchema, name: z.string().max(MAX_GROUP_NAME_UNITS) }))
    .max(MAX_GROUPS),
  names: z.boolean(),
};

const JOIN_CODE_CHARS = new RegExp(`^[${JOIN_CODE_ALPHABET}]{${JOIN_CODE_LENGTH}}$`);

/**
 * A join code as typed on a phone: case and spaces or dashes between groups do not matter
 * ("abc 234" is "ABC234"). What remains must be exactly the code's length from its alphabet.
 */
export const joinCodeSchema = z
  .string()
  .max(32)
  .transform((raw) => raw.replace(/[\s-]/g, '').toUpperCase())
  .pipe(z.string().regex(JOIN_CODE_CHARS));

/**
 * User text by the app's one rule (`tidyText`): control characters, lone surrogates and bidi
 * controls removed, white space collapsed, ends trimmed. Text longer than `max` code points
 * once cleaned is refused, not cut: the participant page caps its field, so longer text comes
 * from something that is not our page, and the person is told rather than silently renamed.
 */
export function userTextSchema(max: number) {
  return z
    .string()
    .max(MAX_RAW_TEXT_LENGTH)
    .transform((raw, ctx) => {
      const clean = tidyText(raw);
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
