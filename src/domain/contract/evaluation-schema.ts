/**
 * The data contract's names, in one place for the code that reads data: the parts every data file
 * shares (shared-schema.ts, on every page) and the types of a state's evaluation file (types only:
 * its schema, evaluation-file-schema.ts, is loaded with the first evaluation). The schema modules
 * import shared-schema.ts, never this module, so no two of them import each other.
 */
export {
  confidenceSchema,
  factBasisSchema,
  factKindSchema,
  goalIdSchema,
  limitationRuleSchema,
  limitationStartSchema,
  SCHEMA_VERSION,
  schemaVersionSchema,
  stateCodeSchema,
  STATUSES,
  statusSchema,
  type Confidence,
  type LimitationRule,
  type Status,
} from './shared-schema';

export type {
  AppendixEntry,
  Block,
  Evaluation,
  Footnote,
  FootnoteRef,
  GoalEvaluation,
  GoalFacts,
  GoalTable,
  JuvenileJurisdiction,
  PublishedGrade,
  Recommendation,
  RichText,
  Source,
  Statute,
  StatuteOfLimitations,
  VictimProtections,
} from './evaluation-file-schema';
