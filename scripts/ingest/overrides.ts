import { z } from 'zod';
import { goalIdSchema, stateCodeSchema, statusSchema } from '@/domain/evaluation-schema';

/**
 * The reviewed statuses of one report, kept beside the data so that re-running the ingest
 * reproduces the committed evaluation exactly. `reviewed: "all"` records that a person read every
 * proposed status; the goals listed are the ones the reviewer changed, each with the reason.
 */
export const overridesSchema = z
  .object({
    state: stateCodeSchema,
    year: z.int(),
    reviewed: z
      .enum(['all', 'listed'])
      .describe('all: every proposal was reviewed; listed: only the goals below'),
    reviewer: z.string().min(1),
    goals: z.record(
      goalIdSchema,
      z.object({ status: statusSchema, note: z.string().min(1) }).strict(),
    ),
  })
  .strict();
export type Overrides = z.infer<typeof overridesSchema>;
