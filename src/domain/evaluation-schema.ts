import * as z from 'zod';

/**
 * The data contract (DESIGN.md, "Data"). Every JSON file in data/ is validated against these
 * schemas when `npm run data` builds and again when the app loads it; TypeScript types are derived
 * from them, and `npm run data` writes JSON Schema copies to data/schema/ for people who produce data.
 */
export const SCHEMA_VERSION = 1;

export const schemaVersionSchema = z
  .literal(SCHEMA_VERSION)
  .describe('Version of the data format; readers reject versions they do not know.');

export const STATUSES = ['meets', 'partial', 'does-not-meet', 'not-evaluated'] as const;
export const statusSchema = z
  .enum(STATUSES)
  .describe('How far the state law meets the policy goal; not-evaluated = unknown.');
export type Status = z.infer<typeof statusSchema>;

export const stateCodeSchema = z
  .string()
  .regex(/^[A-Z]{2}$/)
  .describe('USPS code of a state or DC');
export const goalIdSchema = z
  .string()
  .regex(/^\d+\.\d+$/)
  .describe('Policy goal id, e.g. "2.9"');
export const confidenceSchema = z
  .enum(['high', 'medium', 'low'])
  .describe('high = two sources agree; medium = one source; low = sources conflict');
export type Confidence = z.infer<typeof confidenceSchema>;

// Only web links: a `javascript:` or `data:` URL in a data file must never become a link.
export const webUrlSchema = z.url({ protocol: /^https?$/ });

export const sourceSchema = z
  .object({
    key: z.string().optional().describe('Short key of the source in its source list, e.g. "N5"'),
    title: z.string().min(1),
    url: webUrlSchema.optional(),
    asOf: z
      .string()
      .optional()
      .describe('When the source describes the law, as the source says it'),
  })
  .strict();
export type Source = z.infer<typeof sourceSchema>;

/** A footnote marker inside a text: footnote `n` is cited right after character `at`. */
export const footnoteRefSchema = z
  .object({ n: z.int().positive(), at: z.int().nonnegative() })
  .strict();
export type FootnoteRef = z.infer<typeof footnoteRefSchema>;

const refsField = z.array(footnoteRefSchema).optional();

export const richTextSchema = z.object({ text: z.string(), refs: refsField }).strict();
export type RichText = z.infer<typeof richTextSchema>;

/** Analysis text, in order: prose, quoted law (kept apart from prose), and lists. */
export const blockSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('paragraph'), text: z.string(), refs: refsField }).strict(),
  z
    .object({ type: z.literal('quote'), text: z.string(), refs: refsField })
    .strict()
    .describe('Text quoted from a statute or another source'),
  z
    .object({
      type: z.literal('list'),
      items: z.array(richTextSchema).min(1),
      quote: z.boolean().optional().describe('true when the list is part of a quotation'),
    })
    .strict(),
]);
export type Block = z.infer<typeof blockSchema>;

export const footnoteSchema = z
  .object({ n: z.int().positive(), blocks: z.array(blockSchema).min(1) })
  .strict();
export type Footnote = z.infer<typeof footnoteSchema>;

export const statuteSchema = z
  .object({
    id: z
      .string()
      .min(1)
      .describe(
        'Normalised id: state code and section, e.g. "CT 53a-192a"; the same section has the same id everywhere',
      ),
    citation: z.string().min(1).describe('Canonical citation, e.g. "Conn. Gen. Stat. § 53a-192a"'),
    section: z.string().min(1),
    title: z.string().optional().describe('Section title as the report gives it'),
    pinpoints: z.array(z.string()).optional().describe('Subsections cited, e.g. ["(a)(2)"]'),
  })
  .strict();
export type Statute = z.infer<typeof statuteSchema>;

export const recommendationSchema = z
  .object({
    id: z.string().regex(/^\d+\.\d+\.\d+$/),
    text: z.string().min(1),
    refs: refsField,
  })
  .strict();
export type Recommendation = z.infer<typeof recommendationSchema>;

export const goalTableSchema = z
  .object({
    columns: z.array(z.string()).min(1),
    rows: z.array(z.object({ label: z.string(), cells: z.array(z.string()) }).strict()).min(1),
  })
  .strict()
  .refine((t) => t.rows.every((r) => r.cells.length === t.columns.length), {
    message: 'every table row has one cell per column',
  });
export type GoalTable = z.infer<typeof goalTableSchema>;

export const factBasisSchema = z
  .enum(['report', 'reference', 'synthetic'])
  .describe('report = read from the evaluation report; reference = reference data with sources');

const nullableBool = z.boolean().nullable();

export const juvenileJurisdictionSchema = z
  .object({
    minAge: z
      .int()
      .min(0)
      .max(21)
      .nullable()
      .describe('Youngest age for juvenile court jurisdiction in law; null = no statutory minimum'),
    minAgeExceptions: z.string().optional(),
    maxAge: z
      .int()
      .min(10)
      .max(25)
      .nullable()
      .describe('Oldest age handled by the juvenile court at first instance; null = unknown'),
    maxAgeNote: z.string().optional(),
    automaticTransfer: nullableBool.describe(
      'Some minors are transferred or start in adult court by law; null = unknown',
    ),
    directFile: nullableBool.describe(
      'Prosecutors may file some minors’ cases in adult court; null = unknown',
    ),
    discretionaryTransfer: nullableBool.describe(
      'A judge may transfer a case to adult court; null = unknown',
    ),
    traumaConsidered: nullableBool.describe(
      'Court must consider trauma or past victimisation in transfers; null = unknown',
    ),
    basis: factBasisSchema,
    confidence: z
      .object({
        minAge: confidenceSchema.optional(),
        maxAge: confidenceSchema.optional(),
        transfer: confidenceSchema.optional(),
      })
      .strict()
      .optional(),
    notes: z.string().optional(),
    sources: z.array(sourceSchema),
    statutes: z.array(statuteSchema).optional(),
  })
  .strict();
export type JuvenileJurisdiction = z.infer<typeof juvenileJurisdictionSchema>;

export const limitationStartSchema = z
  .string()
  .regex(/^(offense|discovery|age-\d{1,2})$/)
  .describe(
    'When the period starts: the offense, its discovery, or the victim reaching an age ("age-21")',
  );

export const limitationRuleSchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('none'),
      scope: z.string().optional().describe('What the rule covers, e.g. "offenses against minors"'),
      text: z.string().optional().describe('The text the rule rests on'),
    })
    .strict(),
  z
    .object({
      kind: z.literal('years'),
      years: z.number().positive(),
      from: limitationStartSchema,
      scope: z.string().optional(),
      text: z.string().optional(),
    })
    .strict(),
]);
export type LimitationRule = z.infer<typeof limitationRuleSchema>;

export const statuteOfLimitationsSchema = z
  .object({
    criminal: limitationRuleSchema.nullable().describe('null = unknown'),
    civil: limitationRuleSchema.nullable().describe('null = unknown'),
    basis: factBasisSchema,
    sources: z.array(sourceSchema).optional(),
    statutes: z.array(statuteSchema).optional(),
  })
  .strict();
export type StatuteOfLimitations = z.infer<typeof statuteOfLimitationsSchema>;

export const victimProtectionsSchema = z
  .object({
    advocate: nullableBool.describe('Right to a victim advocate'),
    courtroomSupports: nullableBool.describe('Supports in the courtroom when testifying'),
    identityProtected: nullableBool.describe('Identifying information protected in court records'),
    basis: factBasisSchema,
    text: z
      .object({
        advocate: z.string().optional(),
        courtroomSupports: z.string().optional(),
        identityProtected: z.string().optional(),
      })
      .strict()
      .optional(),
    sources: z.array(sourceSchema).optional(),
    statutes: z.array(statuteSchema).optional(),
  })
  .strict();
export type VictimProtections = z.infer<typeof victimProtectionsSchema>;

export const goalFactsSchema = z
  .object({
    juvenileJurisdiction: juvenileJurisdictionSchema.optional(),
    statuteOfLimitations: statuteOfLimitationsSchema.optional(),
    victimProtections: victimProtectionsSchema.optional(),
  })
  .strict();
export type GoalFacts = z.infer<typeof goalFactsSchema>;

/** Which goal a typed fact belongs to; the data build rejects facts on any other goal. */
export const FACT_GOALS = {
  juvenileJurisdiction: '2.9',
  statuteOfLimitations: '4.6',
  victimProtections: '5.3',
} as const satisfies Record<keyof GoalFacts, string>;

export const statusReviewSchema = z
  .object({
    proposed: statusSchema.describe('Status the ingest tool proposed from the analysis'),
    reason: z.string().min(1).describe('Why the tool proposed it'),
    decision: z
      .enum(['proposed', 'accepted', 'overridden'])
      .describe('proposed = not yet reviewed by a person; accepted or overridden after review'),
    note: z.string().optional().describe('The reviewer’s reason for an override'),
  })
  .strict();

export const goalEvaluationSchema = z
  .object({
    id: goalIdSchema,
    title: z.string().optional(),
    status: statusSchema,
    review: statusReviewSchema.optional(),
    summary: z.string().optional().describe('One-paragraph conclusion of the analysis'),
    analysis: z.array(blockSchema).optional(),
    statutes: z.array(statuteSchema).optional(),
    recommendations: z.array(recommendationSchema).optional(),
    footnotes: z.array(footnoteSchema).optional(),
    table: goalTableSchema.optional(),
    extraCredit: z.array(richTextSchema).optional(),
    facts: goalFactsSchema.optional(),
    referenceFacts: goalFactsSchema
      .optional()
      .describe('Facts from reference data, kept beside the report’s own reading where both exist'),
  })
  .strict();
export type GoalEvaluation = z.infer<typeof goalEvaluationSchema>;

export const publishedGradeSchema = z
  .object({
    grade: z.enum(['A', 'B', 'C', 'D', 'F']),
    score: z.number().nonnegative().optional(),
    maxScore: z.number().positive().optional(),
    rank: z.int().positive().optional(),
    confidence: confidenceSchema,
    inferred: z
      .boolean()
      .optional()
      .describe('true when the grade follows from the sources rather than being named in them'),
    note: z.string().optional(),
    sources: z.array(sourceSchema).min(1),
  })
  .strict();
export type PublishedGrade = z.infer<typeof publishedGradeSchema>;

export const appendixEntrySchema = z
  .object({
    n: z.int().positive(),
    statute: statuteSchema,
    name: z.string().min(1).describe('Name of the offence'),
    blocks: z.array(blockSchema).describe('The statute as quoted'),
    classifications: z.array(z.string()).describe('e.g. ["Class A felony"]'),
    penalty: z.string().describe('Penalty as the report states it'),
    footnotes: z.array(footnoteSchema).optional(),
  })
  .strict();
export type AppendixEntry = z.infer<typeof appendixEntrySchema>;

export const appendixSectionSchema = z
  .object({ title: z.string().min(1), entries: z.array(appendixEntrySchema) })
  .strict();

export const evaluationSchema = z
  .object({
    schemaVersion: schemaVersionSchema,
    framework: z.string().min(1).describe('Framework id, e.g. "shared-hope-2022"'),
    state: stateCodeSchema,
    year: z.int().min(2000).max(2100).describe('Edition of the report cards'),
    asOf: z.iso
      .date()
      .nullable()
      .describe('Laws enacted up to this date are evaluated; null when no goal is evaluated'),
    synthetic: z.boolean().describe('true only for generated demo data'),
    sources: z.array(sourceSchema),
    published: publishedGradeSchema.optional(),
    introduction: z
      .object({ blocks: z.array(blockSchema), footnotes: z.array(footnoteSchema).optional() })
      .strict()
      .optional(),
    goals: z.array(goalEvaluationSchema).min(1),
    appendix: z.array(appendixSectionSchema).optional().describe('Offences and penalties'),
  })
  .strict();
export type Evaluation = z.infer<typeof evaluationSchema>;
