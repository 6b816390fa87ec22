import * as z from 'zod/mini';
import { isStateCode } from '@/domain/format/jurisdictions';
import {
  factKindSchema,
  goalIdSchema,
  schemaVersionSchema,
  stateCodeSchema,
} from './shared-schema';

/**
 * A fact set: one kind of fact gathered for every jurisdiction from a source outside the
 * framework's publisher, with its own source and its own as-of (data/facts/<id>.json). It is not
 * an evaluation and never sets a goal's status: the views show it beside the report, with its
 * source and date.
 */

const nonEmpty = z.string().check(z.minLength(1));
const optionalText = z.optional(nonEmpty);
const webUrl = z.url({ protocol: /^https?$/ });

export const factSetIdSchema = z
  .string()
  .check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/), z.describe('Equal to the file name, kebab-case'));

export const factSetInformsSchema = z
  .strictObject({
    factKind: z.optional(
      factKindSchema.check(
        z.describe(
          'The kind of typed fact it compares with: the framework file names the goal that holds it',
        ),
      ),
    ),
    framework: z.optional(factSetIdSchema.check(z.describe('Framework id, with `goal`'))),
    goal: z.optional(goalIdSchema.check(z.describe('A goal of `framework`'))),
  })
  .check(
    z.describe(
      'Which goal the set informs (never evaluates): a fact kind, or a framework and one of its goals',
    ),
    z.superRefine((informs, ctx) => {
      const byGoal = informs.framework !== undefined || informs.goal !== undefined;
      if (byGoal && (informs.framework === undefined || informs.goal === undefined)) {
        ctx.addIssue({
          code: 'custom',
          message: 'name both `framework` and `goal`, or a `factKind`',
          path: informs.framework === undefined ? ['framework'] : ['goal'],
        });
      }
      if (!byGoal && informs.factKind === undefined) {
        ctx.addIssue({
          code: 'custom',
          message: 'name the goal it informs: a `factKind`, or a `framework` and a `goal`',
          path: [],
        });
      }
    }),
  );
export type FactSetInforms = z.infer<typeof factSetInformsSchema>;

export const factSetSourceSchema = z.strictObject({
  name: nonEmpty.check(
    z.describe('Whose reading it is, as the views name it: "CHILD USA state pages"'),
  ),
  url: webUrl,
  version: nonEmpty.check(
    z.describe('Which version of the source was read and what is known of its date'),
  ),
});

export const factSetAsOfSchema = z
  .strictObject({
    date: z.optional(z.iso.date().check(z.describe('The date the facts describe, when known'))),
    period: optionalText.check(
      z.describe('The time the facts describe in words, when no one date is known'),
    ),
  })
  .check(
    z.describe('The set’s own as-of: a date, a described period, or both'),
    z.superRefine((asOf, ctx) => {
      if (asOf.date === undefined && asOf.period === undefined) {
        ctx.addIssue({ code: 'custom', message: 'give a `date` or a `period`', path: [] });
      }
    }),
  );
export type FactSetAsOf = z.infer<typeof factSetAsOfSchema>;

/** The civil limitation's value; `unresolved` is unknown and carries no number. */
export const limitationValueSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('none').check(z.describe('No limitation period')) }),
  z.strictObject({
    kind: z.literal('until_age'),
    age: z.int().check(z.gte(1), z.lte(120), z.describe('A claim may be brought until this age')),
  }),
  z.strictObject({
    kind: z.literal('years_after'),
    years: z
      .number()
      .check(
        z.positive(),
        z.describe('Years after the act or after majority (the note says which)'),
      ),
  }),
  z.strictObject({
    kind: z.literal('unresolved').check(z.describe('Not found in a trustworthy source: unknown')),
  }),
]);
export type LimitationValue = z.infer<typeof limitationValueSchema>;
export type LimitationValueKind = LimitationValue['kind'];
export const LIMITATION_VALUE_KINDS = [
  'none',
  'until_age',
  'years_after',
  'unresolved',
] as const satisfies readonly LimitationValueKind[];

export const factConfidenceSchema = z
  .enum(['high', 'medium', 'low'])
  .check(
    z.describe(
      'high = explicit and backed by quoted statute text; medium = one explicit source; low = sources conflict or worked out',
    ),
  );
export type FactConfidence = z.infer<typeof factConfidenceSchema>;

export const factSetRowSchema = z.strictObject({
  state: stateCodeSchema,
  value: limitationValueSchema,
  discoveryRule: optionalText.check(z.describe('Any later start from discovery, as stated')),
  confidence: factConfidenceSchema,
  citation: optionalText.check(z.describe('The statute, where visible')),
  sourceUrl: webUrl.check(z.describe('Where the row was read')),
  sourceVersion: optionalText.check(z.describe('Which stored version and how versions differ')),
  sourceDate: optionalText.check(z.describe('The row’s own date, as the source gives it')),
  note: optionalText.check(z.describe('Limits of the value, conflicts with other sources')),
});
export type FactSetRow = z.infer<typeof factSetRowSchema>;

export const factSetSchema = z.strictObject({
  schemaVersion: schemaVersionSchema,
  id: factSetIdSchema,
  title: nonEmpty.check(z.describe('What the set is, as a chart title')),
  measures: nonEmpty.check(z.describe('What one value measures, in a sentence')),
  informs: factSetInformsSchema,
  source: factSetSourceSchema,
  asOf: factSetAsOfSchema,
  caveat: optionalText.check(z.describe('What the set is not (e.g. not verified as current law)')),
  rows: z.array(factSetRowSchema).check(
    z.minLength(1),
    z.describe('One row per jurisdiction, each state at most once'),
    z.superRefine((rows, ctx) => {
      const seen = new Set<string>();
      rows.forEach((row, i) => {
        if (!isStateCode(row.state)) {
          ctx.addIssue({
            code: 'custom',
            message: `unknown state code "${row.state}"`,
            path: [i, 'state'],
          });
        } else if (seen.has(row.state)) {
          ctx.addIssue({
            code: 'custom',
            message: `${row.state} has more than one row`,
            path: [i, 'state'],
          });
        }
        seen.add(row.state);
      });
    }),
  ),
});
export type FactSet = z.infer<typeof factSetSchema>;
