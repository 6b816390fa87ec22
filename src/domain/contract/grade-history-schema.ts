import * as z from 'zod/mini';
import { isStateCode } from '@/domain/format/jurisdictions';
import { areaPointsSchema, maxScoreSchema } from './framework-schema';
import {
  confidenceSchema,
  gradeSchema,
  schemaVersionSchema,
  stateCodeSchema,
} from './shared-schema';

/**
 * Derived by `npm run data` from the published grades in data/reference/ (both frameworks): every
 * grade and score the publisher published for a state and year that this project's sources hold,
 * each with its confidence, whether it is inferred, the quote it rests on and its sources. A year
 * without a value for a state has no entry: it is unknown, never the neighbouring year's value.
 */

const nonEmpty = z.string().check(z.minLength(1));
const year = z.int().check(z.gte(2000), z.lte(2100));

export const historySourceSchema = z.strictObject({
  title: nonEmpty,
  url: z.optional(z.url({ protocol: /^https?$/ })),
});
export type HistorySource = z.infer<typeof historySourceSchema>;

export const historyFrameworkSchema = z.strictObject({
  id: nonEmpty.check(z.describe('The framework file the values belong to')),
  name: nonEmpty,
  shortName: nonEmpty.check(z.describe('What a heading calls it: "Protected Innocence Challenge"')),
  publisher: nonEmpty,
  publisherShortName: z.optional(nonEmpty),
  reportTitle: z.optional(nonEmpty),
  editionNoun: z.optional(nonEmpty),
  url: z.optional(z.url({ protocol: /^https?$/ })),
  citation: z.optional(nonEmpty),
  editions: z.array(year).check(z.minLength(1)),
  scoreDescription: z.optional(
    nonEmpty.check(z.describe('What the publisher’s scores mean, from the framework file')),
  ),
  maxScores: z.array(maxScoreSchema),
  issueAreas: z.array(
    z.strictObject({
      id: nonEmpty,
      title: nonEmpty,
      points: z.optional(z.array(areaPointsSchema)),
    }),
  ),
});
export type HistoryFramework = z.infer<typeof historyFrameworkSchema>;

export const areaScoreSchema = z.strictObject({
  area: nonEmpty.check(z.describe('Issue area id in the framework')),
  score: z.number().check(z.nonnegative()),
});

export const historyEntrySchema = z.strictObject({
  year,
  state: stateCodeSchema,
  framework: nonEmpty,
  grade: z.optional(gradeSchema),
  score: z.optional(z.number().check(z.nonnegative())),
  maxScore: z.optional(
    z.number().check(z.positive(), z.describe('The maximum the source gives with the score')),
  ),
  rank: z.optional(z.int().check(z.positive())),
  areaScores: z.optional(z.array(areaScoreSchema).check(z.minLength(1))),
  confidence: confidenceSchema,
  inferred: z
    .boolean()
    .check(
      z.describe('true when the value follows from the sources rather than being named in them'),
    ),
  evidence: z.optional(nonEmpty.check(z.describe('A short quote of the source'))),
  note: z.optional(nonEmpty.check(z.describe('How the source was read'))),
  sources: z.array(historySourceSchema).check(z.minLength(1)),
});
export type HistoryEntry = z.infer<typeof historyEntrySchema>;

const historyShape = z.strictObject({
  schemaVersion: schemaVersionSchema,
  years: z
    .array(year)
    .check(
      z.minLength(1),
      z.describe('Every year the history spans, first to last, gaps included'),
    ),
  frameworks: z
    .array(historyFrameworkSchema)
    .check(
      z.minLength(1),
      z.describe('The frameworks, oldest first; their editions never overlap'),
    ),
  entries: z.array(historyEntrySchema),
});
type HistoryShape = z.output<typeof historyShape>;
type RefineContext = z.core.$RefinementCtx<HistoryShape>;

export const gradeHistorySchema = historyShape.check(
  z.superRefine((h, ctx) => {
    checkYearsAndFrameworks(h, ctx);
    checkEntries(h, ctx);
  }),
);
export type GradeHistory = z.infer<typeof gradeHistorySchema>;

function checkYearsAndFrameworks(h: HistoryShape, ctx: RefineContext): void {
  h.years.forEach((y, i) => {
    if (i > 0 && y !== h.years[i - 1]! + 1) {
      ctx.addIssue({
        code: 'custom',
        message: 'years must run one by one, gaps included',
        path: ['years', i],
      });
    }
  });
  let last = -Infinity;
  h.frameworks.forEach((f, i) => {
    f.editions.forEach((e, k) => {
      if (!h.years.includes(e)) {
        ctx.addIssue({
          code: 'custom',
          message: `edition ${e} is outside the years of the history`,
          path: ['frameworks', i, 'editions', k],
        });
      }
      if (e <= last) {
        ctx.addIssue({
          code: 'custom',
          message: `edition ${e} is not after the editions before it: frameworks are oldest first and never overlap`,
          path: ['frameworks', i, 'editions', k],
        });
      }
      last = Math.max(last, e);
    });
  });
}

/** The most a score can be in an edition: the maximum plus any extra credit. */
export function scoreCeiling(framework: Pick<HistoryFramework, 'maxScores'>, year: number) {
  const max = framework.maxScores.find((m) => m.editions.includes(year));
  return max === undefined ? undefined : max.maxScore + (max.extraCredit ?? 0);
}

function checkEntries(h: HistoryShape, ctx: RefineContext): void {
  const frameworks = new Map(h.frameworks.map((f) => [f.id, f]));
  const seen = new Set<string>();
  h.entries.forEach((e, i) => {
    const at = (...path: PropertyKey[]) => ['entries', i, ...path];
    const issue = (message: string, ...path: PropertyKey[]) =>
      ctx.addIssue({ code: 'custom', message, path: at(...path) });
    if (!isStateCode(e.state)) issue(`unknown state code "${e.state}"`, 'state');
    const key = `${e.state} ${e.year}`;
    if (seen.has(key)) issue(`${e.state} has two entries for ${e.year}`, 'year');
    seen.add(key);
    if (e.grade === undefined && e.score === undefined) issue('neither a grade nor a score');
    const framework = frameworks.get(e.framework);
    if (!framework) {
      issue(`framework "${e.framework}" is not in the history's frameworks`, 'framework');
      return;
    }
    if (!framework.editions.includes(e.year)) {
      issue(`${e.year} is not an edition of ${framework.shortName}`, 'year');
    }
    const ceiling = e.maxScore ?? scoreCeiling(framework, e.year);
    if (e.score !== undefined && ceiling !== undefined && e.score > ceiling) {
      issue(`score ${e.score} is above the maximum of ${ceiling}`, 'score');
    }
    e.areaScores?.forEach((a, k) => {
      const area = framework.issueAreas.find((x) => x.id === a.area);
      if (!area) {
        issue(`${framework.shortName} has no issue area ${a.area}`, 'areaScores', k, 'area');
        return;
      }
      const points = area.points?.find((p) => p.editions.includes(e.year))?.points;
      if (points !== undefined && a.score > points) {
        issue(
          `issue area ${a.area} score ${a.score} is above its ${points} points`,
          'areaScores',
          k,
          'score',
        );
      }
    });
  });
}
