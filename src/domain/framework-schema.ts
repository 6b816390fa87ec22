import * as z from 'zod';
import { goalIdSchema, schemaVersionSchema, STATUSES } from './evaluation-schema';

export const frameworkGoalSchema = z
  .object({
    id: goalIdSchema,
    title: z.string().min(1).describe('The goal as the publisher states it'),
    weight: z
      .number()
      .nonnegative()
      .describe('Weight in the coverage score (this project’s choice)'),
  })
  .strict();
export type FrameworkGoal = z.infer<typeof frameworkGoalSchema>;

export const issueAreaSchema = z
  .object({
    id: z.string().regex(/^\d+$/),
    title: z.string().min(1),
    goals: z.array(frameworkGoalSchema).min(1),
  })
  .strict();
export type IssueArea = z.infer<typeof issueAreaSchema>;

const creditSchema = z.number().min(0).max(1);

export const frameworkSchema = z
  .object({
    schemaVersion: schemaVersionSchema,
    id: z.string().regex(/^[a-z0-9-]+$/),
    name: z.string().min(1),
    publisher: z.string().min(1),
    url: z.url({ protocol: /^https?$/ }).optional(),
    editions: z
      .array(z.int().min(2000).max(2100))
      .min(1)
      .describe('Report card editions this framework’s data may belong to'),
    description: z.string().min(1),
    scoring: z
      .object({
        credit: z
          .object({ meets: creditSchema, partial: creditSchema, 'does-not-meet': creditSchema })
          .strict()
          .describe('Credit given to each evaluated status; not-evaluated goals are left out'),
        weightsNote: z.string().min(1).describe('Where the weights come from'),
        description: z.string().min(1).describe('What the coverage score is and is not'),
      })
      .strict(),
    issueAreas: z.array(issueAreaSchema).min(1),
  })
  .strict()
  .superRefine((f, ctx) => {
    const seen = new Set<string>();
    f.issueAreas.forEach((area, a) =>
      area.goals.forEach((goal, g) => {
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
  });
export type Framework = z.infer<typeof frameworkSchema>;

export function frameworkGoals(framework: Framework): FrameworkGoal[] {
  return framework.issueAreas.flatMap((area) => area.goals);
}

export const EVALUATED_STATUSES = STATUSES.filter((s) => s !== 'not-evaluated');
