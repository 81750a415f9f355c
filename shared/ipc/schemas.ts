import { z } from 'zod';
import { MAX_PLAN_BYTES, MAX_PLAN_NAME_LENGTH } from './channels';
import type { SavePlanRequest } from './types';

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
