import { z } from 'zod';
import {
  BACKUP_ID_PATTERN,
  MAX_BACKUP_BYTES,
  MAX_PLAN_BYTES,
  MAX_PLAN_NAME_LENGTH,
} from './channels';
import type { DesktopApi, SavePlanRequest } from './types';

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
      }),
  })
  .strict() satisfies z.ZodType<SavePlanRequest>;

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
