import * as z from 'zod/mini';
import type { FactKind } from './fact-kinds';
import { factKindSchema, goalIdSchema, schemaVersionSchema, STATUSES } from './shared-schema';

const nonEmpty = z.string().check(z.minLength(1));

export const frameworkGoalSchema = z.strictObject({
  id: goalIdSchema,
  title: nonEmpty.check(z.describe('The goal as the publisher states it')),
  weight: z
    .number()
    .check(z.nonnegative(), z.describe('Weight in the coverage score (this project’s choice)')),
  facts: z.optional(
    z
      .array(factKindSchema)
      .check(
        z.minLength(1),
        z.describe(
          'Kinds of typed fact this goal holds and its page compares across states; each kind is on one goal at most',
        ),
      ),
  ),
});
export type FrameworkGoal = z.infer<typeof frameworkGoalSchema>;

export const issueAreaSchema = z.strictObject({
  id: z.string().check(z.regex(/^\d+$/)),
  title: nonEmpty,
  goals: z.array(frameworkGoalSchema).check(z.minLength(1)),
});
export type IssueArea = z.infer<typeof issueAreaSchema>;

const creditSchema = z.number().check(z.gte(0), z.lte(1));

export const frameworkSchema = z
  .strictObject({
    schemaVersion: schemaVersionSchema,
    id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
    name: nonEmpty,
    publisher: nonEmpty.check(
      z.describe('Who publishes the framework, in full: the source line names it'),
    ),
    publisherShortName: z.optional(
      nonEmpty.check(z.describe('The publisher as prose calls it after the first mention')),
    ),
    reportTitle: z.optional(
      nonEmpty.check(
        z.describe('Title of the publication that applies the framework, without its year'),
      ),
    ),
    editionNoun: z.optional(
      nonEmpty.check(z.describe('What one edition is called in a sentence: "report cards"')),
    ),
    stateReportNoun: z.optional(
      nonEmpty.check(
        z.describe('What the publisher’s text on one state is called: "state report"'),
      ),
    ),
    url: z.optional(z.url({ protocol: /^https?$/ })),
    editions: z
      .array(z.int().check(z.gte(2000), z.lte(2100)))
      .check(
        z.minLength(1),
        z.describe('Report card editions this framework’s data may belong to'),
      ),
    description: nonEmpty,
    scoring: z.strictObject({
      credit: z
        .strictObject({ meets: creditSchema, partial: creditSchema, 'does-not-meet': creditSchema })
        .check(
          z.describe('Credit given to each evaluated status; not-evaluated goals are left out'),
        ),
      weightsNote: nonEmpty.check(z.describe('Where the weights come from')),
      description: nonEmpty.check(z.describe('What the coverage score is and is not')),
    }),
    issueAreas: z.array(issueAreaSchema).check(z.minLength(1)),
  })
  .check(
    z.superRefine((f, ctx) => {
      const seen = new Set<string>();
      const factGoal = new Map<FactKind, string>();
      f.issueAreas.forEach((area, a) =>
        area.goals.forEach((goal, g) => {
          goal.facts?.forEach((kind, k) => {
            const other = factGoal.get(kind);
            if (other !== undefined) {
              ctx.addIssue({
                code: 'custom',
                message:
                  other === goal.id
                    ? `goal ${goal.id} names the fact kind ${kind} twice`
                    : `the fact kind ${kind} is on goal ${other} and again on goal ${goal.id}: each kind of fact belongs to one goal`,
                path: ['issueAreas', a, 'goals', g, 'facts', k],
              });
            } else factGoal.set(kind, goal.id);
          });
          if (seen.has(goal.id)) {
            ctx.addIssue({
              code: 'custom',
              message: `goal ${goal.id} appears more than once`,
              path: ['issueAreas', a, 'goals', g, 'id'],
            });
          }
          seen.add(goal.id);
          if (goal.id.split('.')[0] !== area.id) {
            ctx.addIssue({
              code: 'custom',
              message: `goal ${goal.id} is not numbered in issue area ${area.id}`,
              path: ['issueAreas', a, 'goals', g, 'id'],
            });
          }
        }),
      );
    }),
  );
export type Framework = z.infer<typeof frameworkSchema>;

export function frameworkGoals(framework: Framework): FrameworkGoal[] {
  return framework.issueAreas.flatMap((area) => area.goals);
}

export const EVALUATED_STATUSES = STATUSES.filter((s) => s !== 'not-evaluated');
