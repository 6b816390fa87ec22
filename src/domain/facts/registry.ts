import type { GoalEvaluation, GoalFacts } from '@/domain/contract/evaluation-schema';
import type { FactKind } from '@/domain/contract/fact-kinds';
import type { EditionSummary, SummaryState } from '@/domain/contract/summary-schema';
import { FACT_KIND_BASICS, type FactKindBasics } from './fact-goals';
import type { FactBasis } from './fact-values';
import {
  describeAgeRange,
  describeJuvenileAges,
  juvenileFactOf,
  juvenileRows,
  type JuvenileRow,
} from './juvenile';
import { describeAllLimitations, limitationRows, type LimitationRow } from './limitations';
import { describeProtections, protectionRows, type ProtectionRow } from './protections';

/**
 * Every kind of typed fact, in one place: what it is called, how it is read from a summary state
 * and from a goal of an evaluation, its comparison across states (rows and their summary in
 * words), whether the goal page's `sort` orders it, what it adds to its goal's status table. The
 * framework file says which goal holds each kind; views ask here and never name a goal id.
 */

// Named here too: the views ask the registry which goal holds which kind.
export { factKindsOfGoal, goalOfFactKind, FACT_KINDS } from '@/domain/contract/fact-kinds';
export type { FactKind } from '@/domain/contract/fact-kinds';

/** A column a kind of fact adds to its goal's status table (on screen and in the export). */
export interface StatusFactColumn {
  key: string;
  label: string;
  /** The state's value in words; null when unknown */
  value: (state: SummaryState | undefined) => string | null;
}

export interface FactKindEntry<K extends FactKind, Row> extends FactKindBasics {
  kind: K;
  /** The fact of this kind a summary holds for a state, as the comparison counts it */
  ofState: (state: SummaryState) => { basis: FactBasis } | undefined;
  /** The facts of this kind on a goal of an evaluation: the report's reading, and reference data */
  ofGoal: (goal: Pick<GoalEvaluation, 'facts' | 'referenceFacts'>) => {
    facts: GoalFacts[K];
    reference: GoalFacts[K];
  };
  /** The comparison: one row per jurisdiction (all 51; a state without facts is unknown) */
  rows: (summary: EditionSummary) => Row[];
  /** A sentence or two saying what the comparison shows, from its rows */
  describe: (rows: readonly Row[]) => string;
  statusColumn?: StatusFactColumn;
}

export interface FactRows {
  juvenileJurisdiction: JuvenileRow;
  statuteOfLimitations: LimitationRow;
  victimProtections: ProtectionRow;
}

export type FactRegistry = { readonly [K in FactKind]: FactKindEntry<K, FactRows[K]> };

function ofGoal<K extends FactKind>(kind: K) {
  return (goal: Pick<GoalEvaluation, 'facts' | 'referenceFacts'>) => ({
    facts: goal.facts?.[kind],
    reference: goal.referenceFacts?.[kind],
  });
}

export const FACT_REGISTRY: FactRegistry = {
  juvenileJurisdiction: {
    ...FACT_KIND_BASICS.juvenileJurisdiction,
    kind: 'juvenileJurisdiction',
    ofState: juvenileFactOf,
    ofGoal: ofGoal('juvenileJurisdiction'),
    rows: juvenileRows,
    describe: describeJuvenileAges,
    statusColumn: {
      key: 'ages',
      label: 'Juvenile court ages',
      value: (state) => {
        const facts = juvenileFactOf(state);
        return facts ? describeAgeRange(facts) : null;
      },
    },
  },
  statuteOfLimitations: {
    ...FACT_KIND_BASICS.statuteOfLimitations,
    kind: 'statuteOfLimitations',
    ofState: (state) => state.facts?.statuteOfLimitations,
    ofGoal: ofGoal('statuteOfLimitations'),
    rows: limitationRows,
    describe: describeAllLimitations,
  },
  victimProtections: {
    ...FACT_KIND_BASICS.victimProtections,
    kind: 'victimProtections',
    ofState: (state) => state.facts?.victimProtections,
    ofGoal: ofGoal('victimProtections'),
    rows: protectionRows,
    describe: describeProtections,
  },
};

/** The columns a goal's typed facts add to its status table, in the framework's order. */
export function statusFactColumns(kinds: readonly FactKind[]): StatusFactColumn[] {
  return kinds.flatMap((kind) => {
    const column = FACT_REGISTRY[kind].statusColumn;
    return column ? [column] : [];
  });
}
