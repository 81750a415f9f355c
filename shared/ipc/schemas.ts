import { z } from '../zod';
import {
  BACKUP_ID_PATTERN,
  MAX_BACKUP_BYTES,
  MAX_PLAN_BYTES,
  MAX_PLAN_NAME_LENGTH,
  SESSION_ADDRESS_PATTERN,
} from './channels';
import type { DesktopApi, SavePlanRequest, StartSessionRequest } from './types';
import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH } from '../protocol/limits';

/**
 * What the main process accepts on `plan:save`. Strict: unknown keys are an error, not ignored.
 * `satisfies` keeps the schema and the hand-written `SavePlanRequest` type from drifting apart.
 */
export const savePlanRequestSchema = z
  .object({
    suggestedName: z.string().min(1).max(MAX_PLAN_NAME_LENGTH),
    bytes: z
      .instanceof(Uint8Array)
      .refine((b) => b.byteLength > 0 && b.byteLength <= MAX_PLAN_BYTES, {
        message: `bytes must hold 1..${MAX_PLAN_BYTES} bytes`,
      })
      .refine(looksLikePdf, { message: 'bytes must be a PDF' }),
  })
  .strict() satisfies z.ZodType<SavePlanRequest>;

const PDF_HEADER = '%PDF-';
const PDF_TRAILER = '%%EOF';

/**
 * Whether bytes are framed as a PDF file: the header first and the end-of-file marker in the
 * last kilobyte (writers may add a line break or a little padding after it). A plan save writes
 * a PDF under a .pdf name, never whatever else a page hands over.
 */
export function looksLikePdf(bytes: Uint8Array): boolean {
  const ascii = (from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));
  return (
    ascii(0, PDF_HEADER.length) === PDF_HEADER &&
    ascii(Math.max(0, bytes.byteLength - 1024), bytes.byteLength).includes(PDF_TRAILER)
  );
}

/**
 * `backup:write`: the serialised snapshot. Capped in characters here (a character is at least
 * one byte); the main process checks the byte size and the content with parseSnapshot.
 */
export const backupWriteRequestSchema = z.string().min(1).max(MAX_BACKUP_BYTES) satisfies z.ZodType<
  Parameters<DesktopApi['writeBackup']>[0]
>;

/** `backup:list` takes nothing. */
export const backupListRequestSchema = z.undefined();

/** `backup:read`: a file name of the backup pattern, so it can only name a backup. */
export const backupReadRequestSchema = z.string().regex(BACKUP_ID_PATTERN) satisfies z.ZodType<
  Parameters<DesktopApi['readBackup']>[0]
>;

/** `session:interfaces` and `session:stop` take nothing. */
export const listInterfacesRequestSchema = z.undefined();
export const stopSessionRequestSchema = z.undefined();

/** `session:start`: the one IPv4 address participants reach the session on. */
export const startSessionRequestSchema = z
  .object({
    address: z.string().regex(SESSION_ADDRESS_PATTERN),
    resume: z
      .object({
        port: z.number().int().min(1024).max(65535),
        joinCode: z.string().regex(new RegExp(`^[${JOIN_CODE_ALPHABET}]{${JOIN_CODE_LENGTH}}$`)),
      })
      .strict()
      .optional(),
  })
  .strict() satisfies z.ZodType<StartSessionRequest>;
