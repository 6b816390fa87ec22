import * as z from 'zod/mini';
import type { FactKind } from './fact-kinds';
import {
  confidenceSchema,
  factBasisSchema,
  goalIdSchema,
  limitationRuleSchema,
  schemaVersionSchema,
  stateCodeSchema,
  statusSchema,
} from './shared-schema';

/**
 * The schema of one state's evaluation file (README, "The data"); the parts every data file shares
 * are in shared-schema.ts. Loaded by the app with the first evaluation it fetches.
 */

// Only web links: a `javascript:` or `data:` URL in a data file must never become a link.
export const webUrlSchema = z.url({ protocol: /^https?$/ });

const text = z.string();
const nonEmpty = z.string().check(z.minLength(1));
const optionalText = z.optional(text);
const described = <T extends z.ZodMiniType>(schema: T, description: string): T =>
  schema.check(z.describe(description));

export const sourceSchema = z.strictObject({
  key: described(z.optional(text), 'Short key of the source in its source list, e.g. "N5"'),
  title: nonEmpty,
  url: z.optional(webUrlSchema),
  asOf: described(z.optional(text), 'When the source describes the law, as the source says it'),
});
export type Source = z.infer<typeof sourceSchema>;

const positiveInt = z.int().check(z.positive());

/** A footnote marker inside a text: footnote `n` is cited right after character `at`. */
export const footnoteRefSchema = z.strictObject({
  n: positiveInt,
  at: z.int().check(z.nonnegative()),
});
export type FootnoteRef = z.infer<typeof footnoteRefSchema>;

const refsField = z.optional(z.array(footnoteRefSchema));

export const richTextSchema = z.strictObject({ text, refs: refsField });
export type RichText = z.infer<typeof richTextSchema>;

/** Analysis text, in order: prose, quoted law (kept apart from prose), and lists. */
export const blockSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('paragraph'), text, refs: refsField }),
  described(
    z.strictObject({ type: z.literal('quote'), text, refs: refsField }),
    'Text quoted from a statute or another source',
  ),
  z.strictObject({
    type: z.literal('list'),
    items: z.array(richTextSchema).check(z.minLength(1)),
    quote: described(z.optional(z.boolean()), 'true when the list is part of a quotation'),
  }),
]);
export type Block = z.infer<typeof blockSchema>;

export const footnoteSchema = z.strictObject({
  n: positiveInt,
  blocks: z.array(blockSchema).check(z.minLength(1)),
});
export type Footnote = z.infer<typeof footnoteSchema>;

export const statuteSchema = z.strictObject({
  id: described(
    nonEmpty,
    'Normalised id: state code and section, e.g. "CT 53a-192a"; the same section has the same id everywhere',
  ),
  citation: described(nonEmpty, 'Canonical citation, e.g. "Conn. Gen. Stat. § 53a-192a"'),
  section: nonEmpty,
  title: described(optionalText, 'Section title as the report gives it'),
  pinpoints: described(z.optional(z.array(text)), 'Subsections cited, e.g. ["(a)(2)"]'),
});
export type Statute = z.infer<typeof statuteSchema>;

export const recommendationSchema = z.strictObject({
  id: z.string().check(z.regex(/^\d+\.\d+\.\d+$/)),
  text: nonEmpty,
  refs: refsField,
});
export type Recommendation = z.infer<typeof recommendationSchema>;

export const goalTableSchema = z
  .strictObject({
    columns: z.array(text).check(z.minLength(1)),
    rows: z.array(z.strictObject({ label: text, cells: z.array(text) })).check(z.minLength(1)),
  })
  .check(
    z.refine((t) => t.rows.every((r) => r.cells.length === t.columns.length), {
      error: 'every table row has one cell per column',
    }),
  );
export type GoalTable = z.infer<typeof goalTableSchema>;

const nullableBool = z.nullable(z.boolean());

export const juvenileJurisdictionSchema = z.strictObject({
  minAge: described(
    z.nullable(z.int().check(z.gte(0), z.lte(21))),
    'Youngest age for juvenile court jurisdiction in law; null = no statutory minimum',
  ),
  minAgeExceptions: optionalText,
  maxAge: described(
    z.nullable(z.int().check(z.gte(10), z.lte(25))),
    'Oldest age handled by the juvenile court at first instance; null = unknown',
  ),
  maxAgeNote: optionalText,
  automaticTransfer: described(
    nullableBool,
    'Some minors are transferred or start in adult court by law; null = unknown',
  ),
  directFile: described(
    nullableBool,
    'Prosecutors may file some minors’ cases in adult court; null = unknown',
  ),
  discretionaryTransfer: described(
    nullableBool,
    'A judge may transfer a case to adult court; null = unknown',
  ),
  traumaConsidered: described(
    nullableBool,
    'Court must consider trauma or past victimisation in transfers; null = unknown',
  ),
  basis: factBasisSchema,
  confidence: z.optional(
    z.strictObject({
      minAge: z.optional(confidenceSchema),
      maxAge: z.optional(confidenceSchema),
      transfer: z.optional(confidenceSchema),
    }),
  ),
  notes: optionalText,
  sources: z.array(sourceSchema),
  statutes: z.optional(z.array(statuteSchema)),
});
export type JuvenileJurisdiction = z.infer<typeof juvenileJurisdictionSchema>;

export const statuteOfLimitationsSchema = z.strictObject({
  criminal: described(z.nullable(limitationRuleSchema), 'null = unknown'),
  civil: described(z.nullable(limitationRuleSchema), 'null = unknown'),
  basis: factBasisSchema,
  sources: z.optional(z.array(sourceSchema)),
  statutes: z.optional(z.array(statuteSchema)),
});
export type StatuteOfLimitations = z.infer<typeof statuteOfLimitationsSchema>;

export const victimProtectionsSchema = z.strictObject({
  advocate: described(nullableBool, 'Right to a victim advocate'),
  courtroomSupports: described(nullableBool, 'Supports in the courtroom when testifying'),
  identityProtected: described(nullableBool, 'Identifying information protected in court records'),
  basis: factBasisSchema,
  text: z.optional(
    z.strictObject({
      advocate: optionalText,
      courtroomSupports: optionalText,
      identityProtected: optionalText,
    }),
  ),
  sources: z.optional(z.array(sourceSchema)),
  statutes: z.optional(z.array(statuteSchema)),
});
export type VictimProtections = z.infer<typeof victimProtectionsSchema>;

export const goalFactsSchema = z.strictObject({
  juvenileJurisdiction: z.optional(juvenileJurisdictionSchema),
  statuteOfLimitations: z.optional(statuteOfLimitationsSchema),
  victimProtections: z.optional(victimProtectionsSchema),
});
export type GoalFacts = z.infer<typeof goalFactsSchema>;

export const statusReviewSchema = z.strictObject({
  proposed: described(statusSchema, 'Status the ingest tool proposed from the analysis'),
  reason: described(nonEmpty, 'Why the tool proposed it'),
  decision: described(
    z.enum(['proposed', 'accepted', 'overridden']),
    'proposed = not yet reviewed by a person; accepted or overridden after review',
  ),
  note: described(optionalText, 'The reviewer’s reason for an override'),
});

export const goalEvaluationSchema = z.strictObject({
  id: goalIdSchema,
  title: optionalText,
  status: statusSchema,
  review: z.optional(statusReviewSchema),
  summary: described(optionalText, 'One-paragraph conclusion of the analysis'),
  analysis: z.optional(z.array(blockSchema)),
  statutes: z.optional(z.array(statuteSchema)),
  recommendations: z.optional(z.array(recommendationSchema)),
  footnotes: z.optional(z.array(footnoteSchema)),
  table: z.optional(goalTableSchema),
  extraCredit: z.optional(z.array(richTextSchema)),
  facts: z.optional(goalFactsSchema),
  referenceFacts: described(
    z.optional(goalFactsSchema),
    'Facts from reference data, kept beside the report’s own reading where both exist',
  ),
});
export type GoalEvaluation = z.infer<typeof goalEvaluationSchema>;

export const publishedGradeSchema = z.strictObject({
  grade: z.enum(['A', 'B', 'C', 'D', 'F']),
  score: z.optional(z.number().check(z.nonnegative())),
  maxScore: z.optional(z.number().check(z.positive())),
  rank: z.optional(positiveInt),
  confidence: confidenceSchema,
  inferred: described(
    z.optional(z.boolean()),
    'true when the grade follows from the sources rather than being named in them',
  ),
  note: optionalText,
  sources: z.array(sourceSchema).check(z.minLength(1)),
});
export type PublishedGrade = z.infer<typeof publishedGradeSchema>;

export const appendixEntrySchema = z.strictObject({
  n: positiveInt,
  statute: statuteSchema,
  name: described(nonEmpty, 'Name of the offence'),
  blocks: described(z.array(blockSchema), 'The statute as quoted'),
  classifications: described(z.array(text), 'e.g. ["Class A felony"]'),
  penalty: described(text, 'Penalty as the report states it'),
  footnotes: z.optional(z.array(footnoteSchema)),
});
export type AppendixEntry = z.infer<typeof appendixEntrySchema>;

export const appendixSectionSchema = z.strictObject({
  title: nonEmpty,
  entries: z.array(appendixEntrySchema),
});

export const evaluationSchema = z.strictObject({
  schemaVersion: schemaVersionSchema,
  framework: described(nonEmpty, 'Framework id, e.g. "shared-hope-2022"'),
  state: stateCodeSchema,
  year: described(z.int().check(z.gte(2000), z.lte(2100)), 'Edition of the report cards'),
  asOf: described(
    z.nullable(z.iso.date()),
    'Laws enacted up to this date are evaluated; null when no goal is evaluated',
  ),
  synthetic: described(z.boolean(), 'true only for generated demo data'),
  sources: z.array(sourceSchema),
  published: z.optional(publishedGradeSchema),
  introduction: z.optional(
    z.strictObject({
      blocks: z.array(blockSchema),
      footnotes: z.optional(z.array(footnoteSchema)),
    }),
  ),
  goals: z.array(goalEvaluationSchema).check(z.minLength(1)),
  appendix: described(z.optional(z.array(appendixSectionSchema)), 'Offences and penalties'),
});
export type Evaluation = z.infer<typeof evaluationSchema>;

// Every kind of fact (fact-kinds.ts) has its field in `facts`, and every field is a kind.
type SameKeys<A extends PropertyKey, B extends PropertyKey> = [A] extends [B]
  ? [B] extends [A]
    ? true
    : false
  : false;
true satisfies SameKeys<FactKind, keyof GoalFacts>;
