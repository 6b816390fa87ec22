import * as z from 'zod/mini';
import { factSetInformsSchema } from './fact-set-schema';
import {
  confidenceSchema,
  factBasisSchema,
  goalIdSchema,
  limitationRuleSchema,
  schemaVersionSchema,
  stateCodeSchema,
} from './shared-schema';

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

const scoreSchema = z.nullable(z.number().check(z.gte(0), z.lte(100)));
const nullableInt = z.nullable(z.int());
const nullableBool = z.nullable(z.boolean());
const nonNegativeInt = z.int().check(z.nonnegative());

export const summaryJuvenileSchema = z.strictObject({
  minAge: nullableInt,
  maxAge: nullableInt,
  automaticTransfer: nullableBool,
  directFile: nullableBool,
  discretionaryTransfer: nullableBool,
  traumaConsidered: nullableBool,
  basis: factBasisSchema,
  minConfidence: z.optional(confidenceSchema),
});

export const summaryFactsSchema = z.strictObject({
  juvenileJurisdiction: z.optional(summaryJuvenileSchema),
  referenceJuvenileJurisdiction: z.optional(summaryJuvenileSchema),
  statuteOfLimitations: z.optional(
    z.strictObject({
      criminal: z.nullable(limitationRuleSchema),
      civil: z.nullable(limitationRuleSchema),
      basis: factBasisSchema,
    }),
  ),
  victimProtections: z.optional(
    z.strictObject({
      advocate: nullableBool,
      courtroomSupports: nullableBool,
      identityProtected: nullableBool,
      basis: factBasisSchema,
    }),
  ),
});
export type SummaryFacts = z.infer<typeof summaryFactsSchema>;

export const summaryStateSchema = z.strictObject({
  code: stateCodeSchema,
  asOf: z.nullable(z.iso.date()),
  statuses: z.string().check(z.regex(/^[mpdn]*$/)),
  evaluated: nonNegativeInt.check(z.describe('Goals with a status other than not-evaluated')),
  score: scoreSchema.check(
    z.describe('Coverage score 0-100 over evaluated goals; null if none evaluated'),
  ),
  issueScores: z
    .array(scoreSchema)
    .check(z.describe('Coverage score per issue area, in framework order')),
  published: z.optional(
    z.strictObject({
      grade: z.enum(['A', 'B', 'C', 'D', 'F']),
      score: z.optional(z.number()),
      maxScore: z.optional(z.number()),
      rank: z.optional(z.int()),
      confidence: confidenceSchema,
      inferred: z.optional(z.boolean()),
    }),
  ),
  facts: z.optional(summaryFactsSchema),
});
export type SummaryState = z.infer<typeof summaryStateSchema>;

export const editionSummarySchema = z
  .strictObject({
    schemaVersion: schemaVersionSchema,
    dataset: datasetIdSchema,
    synthetic: z.boolean(),
    framework: z.string(),
    year: z.int(),
    goals: z.array(goalIdSchema).check(z.describe('Goal order of every `statuses` string')),
    issueAreas: z
      .array(z.string())
      .check(z.describe('Issue area order of every `issueScores` array')),
    states: z.array(summaryStateSchema),
  })
  .check(
    z.superRefine((s, ctx) => {
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
    }),
  );
export type EditionSummary = z.infer<typeof editionSummarySchema>;

export const manifestGradesSchema = z.strictObject({
  path: z.string().check(z.describe('Path of the grade history, relative to the data root')),
  hash: z.string().check(z.describe('Content hash of the file')),
  years: z.array(z.int()).check(z.describe('Every year the history spans, gaps included')),
  entries: nonNegativeInt.check(z.describe('Published values (a state in a year)')),
  states: nonNegativeInt.check(z.describe('Jurisdictions with at least one value')),
});
export type ManifestGrades = z.infer<typeof manifestGradesSchema>;

export const manifestSchema = z.strictObject({
  schemaVersion: schemaVersionSchema,
  frameworks: z
    .array(z.strictObject({ id: z.string(), path: z.string(), hash: z.string() }))
    .check(z.minLength(1)),
  datasets: z.array(
    z.strictObject({
      id: datasetIdSchema,
      label: z.string(),
      synthetic: z.boolean(),
      framework: z.string(),
      editions: z.array(
        z.strictObject({
          year: z.int(),
          summary: z
            .string()
            .check(z.describe('Path of the edition summary, relative to the data root')),
          hash: z.string().check(z.describe('Content hash of the summary, for cache busting')),
          states: z.array(stateCodeSchema).check(z.describe('States with an evaluation file')),
          evaluatedStates: nonNegativeInt.check(
            z.describe('States with at least one evaluated goal'),
          ),
          publishedGrades: nonNegativeInt,
          asOf: z.array(z.iso.date()).check(z.describe('Distinct as-of dates of the evaluations')),
        }),
      ),
    }),
  ),
  // Optional: a manifest written before the grade history (or a data folder without its tables)
  // still reads; the Grades over time view then says it has no history to show.
  grades: z.optional(
    manifestGradesSchema.check(
      z.describe('The published grades over time, across frameworks (grades/history.json)'),
    ),
  ),
  // Optional, so a manifest written before fact sets existed still reads.
  factSets: z.optional(
    z
      .array(
        z.strictObject({
          id: z.string(),
          path: z.string().check(z.describe('Path of the fact set, relative to the data root')),
          hash: z.string(),
          title: z.string(),
          informs: factSetInformsSchema,
        }),
      )
      .check(z.describe('Fact sets: facts from other sources, with their own dates')),
  ),
});
export type Manifest = z.infer<typeof manifestSchema>;
export type ManifestFactSet = NonNullable<Manifest['factSets']>[number];

export function evaluationPath(dataset: DatasetId, year: number, code: string): string {
  return `${dataset}/${year}/states/${code}.json`;
}

/** Where a fact set is published, relative to the data root. */
export function factSetPath(id: string): string {
  return `facts/${id}.json`;
}
