import type { Framework } from '@/domain/contract/framework-schema';
import type { FactGoals } from '@/domain/contract/fact-kinds';
import { FACT_KINDS, FACT_REGISTRY, goalOfFactKind, type FactKind } from '@/domain/facts/registry';
import type { EditionSummary } from '@/domain/contract/summary-schema';
import { JURISDICTIONS, stateName } from '@/domain/format/jurisdictions';
import { publisherPossessive } from '@/domain/format/publisher';
import { joinNames } from './text';

/**
 * What one edition's data covers, for the overview's "What this data covers" panel: how many
 * states are evaluated, which typed facts exist and where they come from, how many published
 * grades there are and how sure, and the dates the laws are read as of. Counted from the summary
 * itself, so the panel can never claim more than the data holds.
 */

export type FactBasisCounts = Record<'report' | 'reference' | 'synthetic', number>;

export interface FactCoverage {
  key: FactKind;
  label: string;
  goalId: string;
  count: number;
  byBasis: FactBasisCounts;
}

export interface DataCoverage {
  year: number;
  synthetic: boolean;
  /** All jurisdictions (50 states and DC) */
  total: number;
  /** Jurisdictions with a file in this edition */
  statesInEdition: number;
  goals: number;
  /** States with at least one evaluated goal, by name */
  evaluated: { code: string; name: string; goals: number }[];
  /** States with every goal evaluated */
  fullyEvaluated: number;
  facts: FactCoverage[];
  grades: {
    count: number;
    named: number;
    inferred: number;
    confidence: Record<'high' | 'medium' | 'low', number>;
  };
  /** Distinct as-of dates of the evaluated laws, oldest first */
  asOf: string[];
}

function emptyBasis(): FactBasisCounts {
  return { report: 0, reference: 0, synthetic: 0 };
}

/**
 * `framework` says which goal holds each kind of typed fact; without it (not loaded yet) the
 * typed facts are left out, since no goal can be named for them.
 */
export function dataCoverage(
  summary: EditionSummary,
  framework: FactGoals | undefined,
): DataCoverage {
  const goals = summary.goals.length;
  const evaluated = summary.states
    .filter((s) => s.evaluated > 0)
    .map((s) => ({
      code: s.code,
      name: stateName(s.code),
      goals: s.evaluated,
    }))
    .sort((a, b) => a.name.localeCompare(b.name, 'en'));

  const facts: FactCoverage[] = FACT_KINDS.flatMap((key) => {
    const goalId = framework && goalOfFactKind(framework, key);
    if (goalId === undefined) return [];
    return [{ key, label: FACT_REGISTRY[key].label, goalId, count: 0, byBasis: emptyBasis() }];
  });
  const grades: DataCoverage['grades'] = {
    count: 0,
    named: 0,
    inferred: 0,
    confidence: { high: 0, medium: 0, low: 0 },
  };
  const asOf = new Set<string>();

  for (const s of summary.states) {
    for (const fact of facts) {
      const found = FACT_REGISTRY[fact.key].ofState(s);
      if (found) {
        fact.count += 1;
        fact.byBasis[found.basis] += 1;
      }
    }
    if (s.published) {
      grades.count += 1;
      if (s.published.inferred) grades.inferred += 1;
      else grades.named += 1;
      grades.confidence[s.published.confidence] += 1;
    }
    if (s.asOf && s.evaluated > 0) asOf.add(s.asOf);
  }

  return {
    year: summary.year,
    synthetic: summary.synthetic,
    total: JURISDICTIONS.length,
    statesInEdition: summary.states.length,
    goals,
    evaluated,
    fullyEvaluated: evaluated.filter((e) => e.goals >= goals).length,
    facts,
    grades,
    asOf: [...asOf].sort(),
  };
}

/**
 * The plain statement at the top of the panel: for the report data, which states are evaluated and
 * where every other value comes from; for the demo data, that none of it is real. The framework
 * names the publisher whose announcements give the grades.
 */
export function coverageStatement(c: DataCoverage, framework: Framework): string {
  if (c.synthetic) {
    return (
      `All of this is synthetic demo data: ${c.evaluated.length} of ${c.total} jurisdictions ` +
      'have generated evaluations, grades and facts, made for development and demonstration. ' +
      'It describes no state’s real law.'
    );
  }
  const sentences: string[] = [];
  if (c.evaluated.length === 0) {
    sentences.push(
      `No state’s laws are evaluated goal by goal for the ${c.year} edition in this data: every ` +
        'policy goal is shown as not evaluated.',
    );
  } else if (c.evaluated.length <= 5) {
    const full = c.evaluated.filter((e) => e.goals >= c.goals).map((e) => e.name);
    const partial = c.evaluated.filter((e) => e.goals < c.goals);
    if (full.length > 0) {
      sentences.push(
        `Only ${joinNames(full)} ${full.length === 1 ? 'has a full evaluation' : 'have full evaluations'} ` +
          `(all ${c.goals} goals), read from ${full.length === 1 ? 'its' : 'their'} ${c.year} ` +
          'report card.',
      );
    }
    if (partial.length > 0) {
      sentences.push(
        `${joinNames(partial.map((p) => `${p.name} (${p.goals} of ${c.goals} goals)`))} ` +
          `${partial.length === 1 ? 'is' : 'are'} partly evaluated.`,
      );
    }
  } else {
    sentences.push(
      `${c.evaluated.length} of ${c.total} states have an evaluation in this edition ` +
        `(${c.fullyEvaluated} of them of all ${c.goals} goals).`,
    );
  }
  const others: string[] = [];
  const juvenile = c.facts.find((f) => f.key === 'juvenileJurisdiction');
  if (juvenile && juvenile.byBasis.reference > 0) {
    others.push(
      `juvenile court ages for ${juvenile.byBasis.reference} ` +
        `${juvenile.byBasis.reference === 1 ? 'state' : 'states'} come from reference data ` +
        '(OJJDP, NJDC, NCSL and others)',
    );
  }
  if (c.grades.count > 0) {
    others.push(
      `the ${c.grades.count} published ${c.grades.count === 1 ? 'grade comes' : 'grades come'} ` +
        `from news releases and ${publisherPossessive(framework)} announcements` +
        (c.grades.inferred > 0
          ? ` (${c.grades.inferred} of them inferred from the sources, not named in them)`
          : ''),
    );
  }
  if (others.length > 0) {
    const text = others.join(', and ');
    sentences.push(`${text.charAt(0).toUpperCase()}${text.slice(1)}.`);
  }
  const rest = c.total - c.evaluated.length;
  if (c.evaluated.length > 0 && rest > 0 && c.fullyEvaluated === c.evaluated.length) {
    sentences.push(
      `Every goal of the other ${rest} ${rest === 1 ? 'state' : 'states'} is not evaluated, ` +
        'and shown as unknown.',
    );
  } else if (c.evaluated.length > 0 && rest > 0) {
    sentences.push('Every other goal is not evaluated, and shown as unknown.');
  }
  return sentences.join(' ');
}
