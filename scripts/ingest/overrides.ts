import * as z from 'zod/mini';
import { goalIdSchema, stateCodeSchema, statusSchema } from '@/domain/contract/evaluation-schema';

/**
 * The reviewed statuses of one report, kept beside the data so that re-running the ingest
 * reproduces the committed evaluation exactly. `reviewed: "all"` records that a person read every
 * proposed status; the goals listed are the ones the reviewer changed, each with the reason.
 */
export const overridesSchema = z.strictObject({
  state: stateCodeSchema,
  year: z.int(),
  reviewed: z
    .enum(['all', 'listed'])
    .check(z.describe('all: every proposal was reviewed; listed: only the goals below')),
  reviewer: z.string().check(z.minLength(1)),
  goals: z.record(
    goalIdSchema,
    z.strictObject({ status: statusSchema, note: z.string().check(z.minLength(1)) }),
  ),
});
export type Overrides = z.infer<typeof overridesSchema>;
