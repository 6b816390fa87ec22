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

const editionYearSchema = z.int().check(z.gte(2000), z.lte(2100));
const editionListSchema = z.array(editionYearSchema).check(z.minLength(1));

export const areaPointsSchema = z.strictObject({
  editions: editionListSchema.check(z.describe('The editions these points apply to')),
  points: z.number().check(z.positive(), z.describe('Points the publisher gives the issue area')),
});
export type AreaPoints = z.infer<typeof areaPointsSchema>;

export const issueAreaSchema = z.strictObject({
  id: z.string().check(z.regex(/^\d+$/)),
  title: nonEmpty,
  goals: z
    ._default(z.array(frameworkGoalSchema), [])
    .check(
      z.describe(
        'The policy goals of the issue area; left out (or empty) when only published results are known. A framework has goals in every issue area or in none.',
      ),
    ),
  points: z.optional(
    z
      .array(areaPointsSchema)
      .check(
        z.minLength(1),
        z.describe(
          'What the issue area is worth in the publisher’s own score, by edition, where the publisher states it',
        ),
      ),
  ),
});
export type IssueArea = z.infer<typeof issueAreaSchema>;

export const maxScoreSchema = z.strictObject({
  editions: editionListSchema,
  maxScore: z
    .number()
    .check(z.positive(), z.describe('The most points a state can earn without extra credit')),
  extraCredit: z.optional(
    z
      .number()
      .check(z.positive(), z.describe('Extra-credit points a state can earn beyond maxScore')),
  ),
});
export type MaxScore = z.infer<typeof maxScoreSchema>;

export const publishedScoresSchema = z.strictObject({
  maxScores: z
    .array(maxScoreSchema)
    .check(z.minLength(1), z.describe('The maximum score of each edition, as published')),
  description: nonEmpty.check(
    z.describe('What the publisher’s scores and grades mean, and what they do not'),
  ),
});
export type PublishedScores = z.infer<typeof publishedScoresSchema>;

const creditSchema = z.number().check(z.gte(0), z.lte(1));

export const scoringSchema = z.strictObject({
  credit: z
    .strictObject({ meets: creditSchema, partial: creditSchema, 'does-not-meet': creditSchema })
    .check(z.describe('Credit given to each evaluated status; not-evaluated goals are left out')),
  weightsNote: nonEmpty.check(z.describe('Where the weights come from')),
  description: nonEmpty.check(z.describe('What the coverage score is and is not')),
});
export type Scoring = z.infer<typeof scoringSchema>;

const frameworkShape = z.strictObject({
  schemaVersion: schemaVersionSchema,
  id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  name: nonEmpty,
  shortName: z.optional(
    nonEmpty.check(
      z.describe('The framework as a heading names it beside another: "Report Cards"'),
    ),
  ),
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
    nonEmpty.check(z.describe('What the publisher’s text on one state is called: "state report"')),
  ),
  url: z.optional(z.url({ protocol: /^https?$/ })),
  citation: z.optional(
    nonEmpty.check(z.describe('How to cite the framework’s publications, in full')),
  ),
  editions: editionListSchema.check(
    z.describe('Report card editions this framework’s data may belong to'),
  ),
  description: nonEmpty,
  scoring: z.optional(
    scoringSchema.check(
      z.describe(
        'How this project scores goal statuses (the coverage score); required when the framework has goals',
      ),
    ),
  ),
  publishedScores: z.optional(
    publishedScoresSchema.check(
      z.describe('The publisher’s own scores: their maximum by edition and what they mean'),
    ),
  ),
  issueAreas: z.array(issueAreaSchema).check(z.minLength(1)),
});
type FrameworkShape = z.output<typeof frameworkShape>;
type RefineContext = z.core.$RefinementCtx<FrameworkShape>;

export const frameworkSchema = frameworkShape.check(
  z.superRefine((f, ctx) => {
    checkGoalsAndScoring(f, ctx);
    checkPoints(f, ctx);
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

/** Goals in every issue area or in none; scoring (the credit per status) only makes sense with goals. */
function checkGoalsAndScoring(f: FrameworkShape, ctx: RefineContext): void {
  const withGoals = f.issueAreas.filter((a) => a.goals.length > 0).length;
  if (withGoals > 0 && withGoals < f.issueAreas.length) {
    f.issueAreas.forEach((area, a) => {
      if (area.goals.length === 0) {
        ctx.addIssue({
          code: 'custom',
          message: `issue area ${area.id} has no goals while others have: a framework has goals in every issue area or in none`,
          path: ['issueAreas', a, 'goals'],
        });
      }
    });
  }
  if (withGoals > 0 && !f.scoring) {
    ctx.addIssue({
      code: 'custom',
      message: 'missing: a framework with goals says how their statuses are scored',
      path: ['scoring'],
    });
  }
}

/**
 * Published points and maxima name editions of the framework, each at most once; where every issue
 * area states its points for an edition, they add up to that edition's maximum.
 */
function checkPoints(f: FrameworkShape, ctx: RefineContext): void {
  const editions = new Set(f.editions);
  const unknownEdition = (year: number, path: PropertyKey[]) => {
    if (editions.has(year)) return;
    ctx.addIssue({
      code: 'custom',
      message: `${year} is not an edition of this framework (${f.editions.join(', ')})`,
      path,
    });
  };
  const maxOf = new Map<number, number>();
  f.publishedScores?.maxScores.forEach((m, i) =>
    m.editions.forEach((year, y) => {
      unknownEdition(year, ['publishedScores', 'maxScores', i, 'editions', y]);
      if (maxOf.has(year)) {
        ctx.addIssue({
          code: 'custom',
          message: `the maximum score of ${year} is given twice`,
          path: ['publishedScores', 'maxScores', i, 'editions', y],
        });
      }
      maxOf.set(year, m.maxScore);
    }),
  );
  const sums = new Map<number, { total: number; areas: number }>();
  f.issueAreas.forEach((area, a) => {
    const seen = new Set<number>();
    area.points?.forEach((p, i) =>
      p.editions.forEach((year, y) => {
        const path = ['issueAreas', a, 'points', i, 'editions', y];
        unknownEdition(year, path);
        if (seen.has(year)) {
          ctx.addIssue({
            code: 'custom',
            message: `issue area ${area.id} gives its ${year} points twice`,
            path,
          });
        }
        seen.add(year);
        const sum = sums.get(year) ?? { total: 0, areas: 0 };
        sums.set(year, { total: sum.total + p.points, areas: sum.areas + 1 });
      }),
    );
  });
  for (const [year, sum] of sums) {
    const max = maxOf.get(year);
    if (sum.areas !== f.issueAreas.length || max === undefined) continue;
    if (Math.abs(sum.total - max) > 1e-9) {
      ctx.addIssue({
        code: 'custom',
        message: `the issue areas' ${year} points add up to ${sum.total}, not to the maximum score ${max}`,
        path: ['issueAreas'],
      });
    }
  }
}

/** The maximum of the publisher's score in an edition, where the framework states it. */
export function maxScoreOf(framework: Framework, year: number): MaxScore | undefined {
  return framework.publishedScores?.maxScores.find((m) => m.editions.includes(year));
}

/** What an issue area is worth in an edition, where the framework states it. */
export function areaPointsOf(area: IssueArea, year: number): number | undefined {
  return area.points?.find((p) => p.editions.includes(year))?.points;
}

/** Whether the framework has policy goals (or only published results are known). */
export function hasGoals(framework: Framework): boolean {
  return framework.issueAreas.some((a) => a.goals.length > 0);
}

export function frameworkGoals(framework: Framework): FrameworkGoal[] {
  return framework.issueAreas.flatMap((area) => area.goals);
}

export const EVALUATED_STATUSES = STATUSES.filter((s) => s !== 'not-evaluated');
