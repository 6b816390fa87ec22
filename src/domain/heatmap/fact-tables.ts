import { lowestConfidence } from '@/domain/contract/derive-summary';
import type {
  Confidence,
  GoalFacts,
  JuvenileJurisdiction,
  LimitationRule,
  StatuteOfLimitations,
  VictimProtections,
} from '@/domain/contract/evaluation-schema';
import type { SummaryFacts } from '@/domain/contract/summary-schema';
import { yesNoWord, type FactBasis } from '@/domain/facts/fact-values';
import { FACT_KINDS, FACT_REGISTRY, type FactKind } from '@/domain/facts/registry';

/**
 * Typed facts as labelled rows of words for the heatmap's detail panel, one table per kind of
 * fact the goal holds. Unknown stays unknown, and "no statutory minimum" is never shown as an age.
 */

export interface FactColumn {
  /** e.g. "In the report", "Reference data" */
  heading: string;
  /** e.g. "confidence: high" */
  note?: string;
}

export interface FactTable {
  title: string;
  columns: FactColumn[];
  rows: { label: string; values: string[] }[];
}

const BASIS_HEADINGS: Record<FactBasis, string> = {
  report: 'In the report',
  reference: 'Reference data',
  synthetic: 'Synthetic data',
};

interface JuvenileLike {
  minAge: number | null;
  maxAge: number | null;
  automaticTransfer: boolean | null;
  directFile: boolean | null;
  discretionaryTransfer: boolean | null;
  traumaConsidered: boolean | null;
  basis: FactBasis;
}

const JUVENILE_ROWS: { label: string; value: (j: JuvenileLike) => string }[] = [
  {
    label: 'Minimum age of juvenile court jurisdiction',
    value: (j) => (j.minAge === null ? 'No statutory minimum' : String(j.minAge)),
  },
  {
    label: 'Maximum age for charging youth in juvenile court',
    value: (j) => (j.maxAge === null ? 'Unknown' : String(j.maxAge)),
  },
  { label: 'Automatic transfer to adult court', value: (j) => yesNoWord(j.automaticTransfer) },
  { label: 'Direct file by prosecutors', value: (j) => yesNoWord(j.directFile) },
  { label: 'Discretionary transfer by a judge', value: (j) => yesNoWord(j.discretionaryTransfer) },
  {
    label: 'Court must consider trauma or past victimisation',
    value: (j) => yesNoWord(j.traumaConsidered),
  },
];

function juvenileTable(sources: { facts: JuvenileLike; confidence?: Confidence }[]): FactTable {
  return {
    title: 'Juvenile court jurisdiction',
    columns: sources.map(({ facts, confidence }) => ({
      heading: BASIS_HEADINGS[facts.basis],
      ...(confidence ? { note: `confidence: ${confidence}` } : {}),
    })),
    rows: JUVENILE_ROWS.map((r) => ({
      label: r.label,
      values: sources.map(({ facts }) => r.value(facts)),
    })),
  };
}

function startWords(from: string): string {
  if (from === 'offense') return 'from the offense';
  if (from === 'discovery') return 'from its discovery';
  const age = /^age-(\d{1,2})$/.exec(from);
  return age ? `from the victim’s ${ordinal(Number(age[1]))} birthday` : `from ${from}`;
}

function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}

export function limitationText(rule: LimitationRule | null): string {
  if (rule === null) return 'Unknown';
  const scope = rule.scope ? ` (${rule.scope})` : '';
  if (rule.kind === 'none') return `No limit${scope}`;
  return `${rule.years} ${rule.years === 1 ? 'year' : 'years'} ${startWords(rule.from)}${scope}`;
}

function juvenileTables(
  own: JuvenileJurisdiction | undefined,
  reference: JuvenileJurisdiction | undefined,
): FactTable | undefined {
  const juvenile = [own, reference]
    .filter((j) => j !== undefined)
    .map((j) => {
      const confidence = lowestConfidence([
        j.confidence?.minAge,
        j.confidence?.maxAge,
        j.confidence?.transfer,
      ]);
      return { facts: j, ...(confidence ? { confidence } : {}) };
    });
  return juvenile.length > 0 ? juvenileTable(juvenile) : undefined;
}

function limitationsTable(sol: StatuteOfLimitations | undefined): FactTable | undefined {
  if (!sol) return undefined;
  return {
    title: 'Statutes of limitation',
    columns: [{ heading: BASIS_HEADINGS[sol.basis] }],
    rows: [
      { label: 'Criminal', values: [limitationText(sol.criminal)] },
      { label: 'Civil', values: [limitationText(sol.civil)] },
    ],
  };
}

function protectionsTable(vp: VictimProtections | undefined): FactTable | undefined {
  if (!vp) return undefined;
  return {
    title: 'Victim protections in court',
    columns: [{ heading: BASIS_HEADINGS[vp.basis] }],
    rows: [
      { label: 'Right to a victim advocate', values: [yesNoWord(vp.advocate)] },
      { label: 'Supports in the courtroom', values: [yesNoWord(vp.courtroomSupports)] },
      { label: 'Identity protected in court records', values: [yesNoWord(vp.identityProtected)] },
    ],
  };
}

/** Each kind's table from a goal of a full evaluation (reference data only where a kind has it). */
const GOAL_TABLES: {
  [K in FactKind]: (facts: {
    facts: GoalFacts[K];
    reference: GoalFacts[K];
  }) => FactTable | undefined;
} = {
  juvenileJurisdiction: ({ facts, reference }) => juvenileTables(facts, reference),
  statuteOfLimitations: ({ facts, reference }) => limitationsTable(facts ?? reference),
  victimProtections: ({ facts, reference }) => protectionsTable(facts ?? reference),
};

function goalTable<K extends FactKind>(
  kind: K,
  goal: { facts: GoalFacts | undefined; referenceFacts: GoalFacts | undefined },
): FactTable | undefined {
  return GOAL_TABLES[kind](FACT_REGISTRY[kind].ofGoal(goal));
}

/** Fact tables of one goal from a full evaluation: the report's reading and reference data. */
export function goalFactTables(
  facts: GoalFacts | undefined,
  referenceFacts: GoalFacts | undefined,
): FactTable[] {
  return FACT_KINDS.flatMap((kind) => goalTable(kind, { facts, referenceFacts }) ?? []);
}

/** What a summary keeps of a kind for a state whose goal is not evaluated: its reference data. */
const SUMMARY_TABLES: Partial<Record<FactKind, (facts: SummaryFacts) => FactTable | undefined>> = {
  juvenileJurisdiction: (facts) => {
    const juvenile = [facts.juvenileJurisdiction, facts.referenceJuvenileJurisdiction]
      .filter((j) => j !== undefined)
      .map((j) => ({ facts: j, ...(j.minConfidence ? { confidence: j.minConfidence } : {}) }));
    return juvenile.length > 0 ? juvenileTable(juvenile) : undefined;
  },
};

/**
 * Facts a summary holds for a goal that has no evaluation, for the kinds of fact the goal holds
 * (the framework says which; only juvenile court facts have reference data in a summary).
 */
export function summaryReferenceTables(
  kinds: readonly FactKind[],
  facts: SummaryFacts | undefined,
): FactTable[] {
  if (!facts) return [];
  return kinds.flatMap((kind) => SUMMARY_TABLES[kind]?.(facts) ?? []);
}
