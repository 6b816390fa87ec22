import * as z from 'zod';
import {
  confidenceSchema,
  factBasisSchema,
  goalIdSchema,
  limitationRuleSchema,
  schemaVersionSchema,
  stateCodeSchema,
} from './evaluation-schema';

/**
 * Derived by `npm run data`: one compact file per dataset and edition, read by the overview,
 * heatmap and score views without loading any full analysis.
 */

/** One character per goal, in the order of `goals`: m meets, p partial, d does not meet, n not evaluated. */
export const STATUS_CODES = {
  meets: 'm',
  partial: 'p',
  'does-not-meet': 'd',
  'not-evaluated': 'n',
} as const;

export const datasetIdSchema = z.enum(['real', 'demo']);
export type DatasetId = z.infer<typeof datasetIdSchema>;

const scoreSchema = z.number().min(0).max(100).nullable();

export const summaryJuvenileSchema = z
  .object({
    minAge: z.int().nullable(),
    maxAge: z.int().nullable(),
    automaticTransfer: z.boolean().nullable(),
    directFile: z.boolean().nullable(),
    discretionaryTransfer: z.boolean().nullable(),
    traumaConsidered: z.boolean().nullable(),
    basis: factBasisSchema,
    minConfidence: confidenceSchema.optional(),
  })
  .strict();

export const summaryFactsSchema = z
  .object({
    juvenileJurisdiction: summaryJuvenileSchema.optional(),
    referenceJuvenileJurisdiction: summaryJuvenileSchema.optional(),
    statuteOfLimitations: z
      .object({
        criminal: limitationRuleSchema.nullable(),
        civil: limitationRuleSchema.nullable(),
        basis: factBasisSchema,
      })
      .strict()
      .optional(),
    victimProtections: z
      .object({
        advocate: z.boolean().nullable(),
        courtroomSupports: z.boolean().nullable(),
        identityProtected: z.boolean().nullable(),
        basis: factBasisSchema,
      })
      .strict()
      .optional(),
  })
  .strict();
export type SummaryFacts = z.infer<typeof summaryFactsSchema>;

export const summaryStateSchema = z
  .object({
    code: stateCodeSchema,
    asOf: z.iso.date().nullable(),
    statuses: z.string().regex(/^[mpdn]*$/),
    evaluated: z.int().nonnegative().describe('Goals with a status other than not-evaluated'),
    score: scoreSchema.describe(
      'Coverage score 0-100 over evaluated goals; null if none evaluated',
    ),
    issueScores: z.array(scoreSchema).describe('Coverage score per issue area, in framework order'),
    published: z
      .object({
        grade: z.enum(['A', 'B', 'C', 'D', 'F']),
        score: z.number().optional(),
        maxScore: z.number().optional(),
        rank: z.int().optional(),
        confidence: confidenceSchema,
        inferred: z.boolean().optional(),
      })
      .strict()
      .optional(),
    facts: summaryFactsSchema.optional(),
  })
  .strict();
export type SummaryState = z.infer<typeof summaryStateSchema>;

export const editionSummarySchema = z
  .object({
    schemaVersion: schemaVersionSchema,
    dataset: datasetIdSchema,
    synthetic: z.boolean(),
    framework: z.string(),
    year: z.int(),
    goals: z.array(goalIdSchema).describe('Goal order of every `statuses` string'),
    issueAreas: z.array(z.string()).describe('Issue area order of every `issueScores` array'),
    states: z.array(summaryStateSchema),
  })
  .strict()
  .superRefine((s, ctx) => {
    s.states.forEach((st, i) => {
      if (st.statuses.length !== s.goals.length) {
        ctx.addIssue({
          code: 'custom',
          message: `statuses has ${st.statuses.length} characters for ${s.goals.length} goals`,
          path: ['states', i, 'statuses'],
        });
      }
      if (st.issueScores.length !== s.issueAreas.length) {
        ctx.addIssue({
          code: 'custom',
          message: 'issueScores does not match issueAreas',
          path: ['states', i, 'issueScores'],
        });
      }
    });
  });
export type EditionSummary = z.infer<typeof editionSummarySchema>;

export const manifestSchema = z
  .object({
    schemaVersion: schemaVersionSchema,
    frameworks: z
      .array(z.object({ id: z.string(), path: z.string(), hash: z.string() }).strict())
      .min(1),
    datasets: z.array(
      z
        .object({
          id: datasetIdSchema,
          label: z.string(),
          synthetic: z.boolean(),
          framework: z.string(),
          editions: z.array(
            z
              .object({
                year: z.int(),
                summary: z
                  .string()
                  .describe('Path of the edition summary, relative to the data root'),
                hash: z.string().describe('Content hash of the summary, for cache busting'),
                states: z.array(stateCodeSchema).describe('States with an evaluation file'),
                evaluatedStates: z
                  .int()
                  .nonnegative()
                  .describe('States with at least one evaluated goal'),
                publishedGrades: z.int().nonnegative(),
                asOf: z.array(z.iso.date()).describe('Distinct as-of dates of the evaluations'),
              })
              .strict(),
          ),
        })
        .strict(),
    ),
  })
  .strict();
export type Manifest = z.infer<typeof manifestSchema>;

export function evaluationPath(dataset: DatasetId, year: number, code: string): string {
  return `${dataset}/${year}/states/${code}.json`;
}
