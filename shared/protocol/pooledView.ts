// The pooled view of a revealed round as participants may see it: per model the group's
// median, quartiles and counts, never anyone's own position.
import { z } from '../zod';
import { modelIdSchema, positionSchema, roundNumberSchema } from './fields';
import { MAX_COUNT, MAX_MODELS_IN_PLAY } from './limits';

const unit = z.number().min(0).max(1);
const count = z.number().int().min(0).max(MAX_COUNT);
const quartilesSchema = z.strictObject({ q1: unit, median: unit, q3: unit });

export const pooledModelSchema = z.strictObject({
  modelId: modelIdSchema,
  placed: count,
  skipped: count,
  median: positionSchema.nullable(),
  x: quartilesSchema.nullable(),
  y: quartilesSchema.nullable(),
  /** Share of placed answers in the most common quadrant. */
  agreement: unit,
  consensus: z.boolean(),
});

export const pooledViewSchema = z.strictObject({
  round: roundNumberSchema,
  models: z.array(pooledModelSchema).max(MAX_MODELS_IN_PLAY),
});

export type PooledModelView = z.infer<typeof pooledModelSchema>;
export type PooledView = z.infer<typeof pooledViewSchema>;
