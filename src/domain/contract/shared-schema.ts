import * as z from 'zod/mini';
import { FACT_KINDS } from './fact-kinds';

/**
 * The data contract (README, "The data"). Every JSON file in data/ is validated against these
 * schemas when `npm run data` builds and again when the app loads it; TypeScript types are derived
 * from them, and `npm run data` writes JSON Schema copies to data/schema/ for people who produce data.
 *
 * This module holds the parts every data file shares; the schema of a state's evaluation file is
 * in evaluation-file-schema.ts (loaded with the first evaluation, off the critical path), and
 * evaluation-schema.ts names both for the code that reads them.
 *
 * Written with zod/mini (functional API, far smaller bundle than classic zod): `z.optional(x)`
 * for `x.optional()`, `.check(z.minLength(1))` for `.min(1)`, `z.strictObject` for `.strict()`,
 * `.check(z.describe(...))` for `.describe(...)`.
 */
export const SCHEMA_VERSION = 1;

export const schemaVersionSchema = z
  .literal(SCHEMA_VERSION)
  .check(z.describe('Version of the data format; readers reject versions they do not know.'));

export const STATUSES = ['meets', 'partial', 'does-not-meet', 'not-evaluated'] as const;
export const statusSchema = z
  .enum(STATUSES)
  .check(z.describe('How far the state law meets the policy goal; not-evaluated = unknown.'));
export type Status = z.infer<typeof statusSchema>;

export const stateCodeSchema = z
  .string()
  .check(z.regex(/^[A-Z]{2}$/), z.describe('USPS code of a state or DC'));
export const goalIdSchema = z
  .string()
  .check(z.regex(/^\d+\.\d+$/), z.describe('Policy goal id, e.g. "2.9"'));
export const confidenceSchema = z
  .enum(['high', 'medium', 'low'])
  .check(z.describe('high = two sources agree; medium = one source; low = sources conflict'));
export type Confidence = z.infer<typeof confidenceSchema>;

export const GRADES = ['A', 'B', 'C', 'D', 'F'] as const;
export const gradeSchema = z
  .enum(GRADES)
  .check(z.describe('A letter grade as the publisher gave it; never derived from a score'));
export type Grade = z.infer<typeof gradeSchema>;

export const factBasisSchema = z
  .enum(['report', 'reference', 'synthetic'])
  .check(
    z.describe('report = read from the evaluation report; reference = reference data with sources'),
  );

export const limitationStartSchema = z
  .string()
  .check(
    z.regex(/^(offense|discovery|age-\d{1,2})$/),
    z.describe(
      'When the period starts: the offense, its discovery, or the victim reaching an age ("age-21")',
    ),
  );

const optionalText = z.optional(z.string());

export const limitationRuleSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('none'),
    scope: optionalText.check(z.describe('What the rule covers, e.g. "offenses against minors"')),
    text: optionalText.check(z.describe('The text the rule rests on')),
  }),
  z.strictObject({
    kind: z.literal('years'),
    years: z.number().check(z.positive()),
    from: limitationStartSchema,
    scope: optionalText,
    text: optionalText,
  }),
]);
export type LimitationRule = z.infer<typeof limitationRuleSchema>;

export const factKindSchema = z
  .enum(FACT_KINDS)
  .check(z.describe('A kind of typed fact; the framework names the one goal that holds it'));
