import {
  FACT_GOALS,
  type Confidence,
  type GoalFacts,
  type LimitationRule,
} from '@/domain/contract/evaluation-schema';
import type { SummaryFacts } from '@/domain/contract/summary-schema';

/**
 * Typed facts (goals 2.9, 4.6, 5.3) as labelled rows of words for the heatmap's detail panel.
 * Unknown stays unknown, and "no statutory minimum" is never shown as an age.
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

type Basis = 'report' | 'reference' | 'synthetic';

const BASIS_HEADINGS: Record<Basis, string> = {
  report: 'In the report',
  reference: 'Reference data',
  synthetic: 'Synthetic data',
};

export function yesNo(value: boolean | null | undefined): string {
  if (value === true) return 'Yes';
  if (value === false) return 'No';
  return 'Unknown';
}

interface JuvenileLike {
  minAge: number | null;
  maxAge: number | null;
  automaticTransfer: boolean | null;
  directFile: boolean | null;
  discretionaryTransfer: boolean | null;
  traumaConsidered: boolean | null;
  basis: Basis;
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
  { label: 'Automatic transfer to adult court', value: (j) => yesNo(j.automaticTransfer) },
  { label: 'Direct file by prosecutors', value: (j) => yesNo(j.directFile) },
  { label: 'Discretionary transfer by a judge', value: (j) => yesNo(j.discretionaryTransfer) },
  {
    label: 'Court must consider trauma or past victimisation',
    value: (j) => yesNo(j.traumaConsidered),
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

const LOWEST: readonly Confidence[] = ['low', 'medium', 'high'];

function lowest(values: (Confidence | undefined)[]): Confidence | undefined {
  const present = values.filter((v): v is Confidence => v !== undefined);
  if (present.length === 0) return undefined;
  return present.reduce((a, b) => (LOWEST.indexOf(a) <= LOWEST.indexOf(b) ? a : b));
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

/** Fact tables of one goal from a full evaluation: the report's reading and reference data. */
export function goalFactTables(
  facts: GoalFacts | undefined,
  referenceFacts: GoalFacts | undefined,
): FactTable[] {
  const tables: FactTable[] = [];
  const juvenile = [facts?.juvenileJurisdiction, referenceFacts?.juvenileJurisdiction]
    .filter((j) => j !== undefined)
    .map((j) => {
      const confidence = lowest([
        j.confidence?.minAge,
        j.confidence?.maxAge,
        j.confidence?.transfer,
      ]);
      return { facts: j, ...(confidence ? { confidence } : {}) };
    });
  if (juvenile.length > 0) tables.push(juvenileTable(juvenile));

  const sol = facts?.statuteOfLimitations ?? referenceFacts?.statuteOfLimitations;
  if (sol) {
    tables.push({
      title: 'Statutes of limitation',
      columns: [{ heading: BASIS_HEADINGS[sol.basis] }],
      rows: [
        { label: 'Criminal', values: [limitationText(sol.criminal)] },
        { label: 'Civil', values: [limitationText(sol.civil)] },
      ],
    });
  }

  const vp = facts?.victimProtections ?? referenceFacts?.victimProtections;
  if (vp) {
    tables.push({
      title: 'Victim protections in court',
      columns: [{ heading: BASIS_HEADINGS[vp.basis] }],
      rows: [
        { label: 'Right to a victim advocate', values: [yesNo(vp.advocate)] },
        { label: 'Supports in the courtroom', values: [yesNo(vp.courtroomSupports)] },
        { label: 'Identity protected in court records', values: [yesNo(vp.identityProtected)] },
      ],
    });
  }
  return tables;
}

/** Reference facts a summary holds for a goal that has no evaluation (only 2.9 has any). */
export function summaryReferenceTables(
  goalId: string,
  facts: SummaryFacts | undefined,
): FactTable[] {
  if (goalId !== FACT_GOALS.juvenileJurisdiction || !facts) return [];
  const juvenile = [facts.juvenileJurisdiction, facts.referenceJuvenileJurisdiction]
    .filter((j) => j !== undefined)
    .map((j) => ({ facts: j, ...(j.minConfidence ? { confidence: j.minConfidence } : {}) }));
  return juvenile.length > 0 ? [juvenileTable(juvenile)] : [];
}
