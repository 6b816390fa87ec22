import type { FactGoals } from '@/domain/contract/fact-kinds';
import type { EditionSummary } from '@/domain/contract/summary-schema';
import { FACT_KINDS, FACT_REGISTRY, goalOfFactKind, type FactKind } from '@/domain/facts/registry';
import { JURISDICTIONS, stateName } from './jurisdictions';

/**
 * What one edition's data covers: how many states are evaluated, which typed facts exist and where
 * they come from, how many published grades there are and how sure, the dates the laws are read as
 * of, and what the states without an evaluation hold instead. Counted from the summary itself, so
 * no view can claim more than the data holds. The overview's panel draws all of it; every view's
 * first screen says the short form (coverageNote).
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
  /** What the states with no evaluated goal hold: published grades, and typed facts by kind */
  unevaluated: {
    grades: number;
    facts: { key: FactKind; label: string; count: number }[];
  };
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
  const unevaluated: DataCoverage['unevaluated'] = {
    grades: 0,
    facts: facts.map((f) => ({ key: f.key, label: f.label, count: 0 })),
  };
  const asOf = new Set<string>();

  for (const s of summary.states) {
    facts.forEach((fact, i) => {
      const found = FACT_REGISTRY[fact.key].ofState(s);
      if (found) {
        fact.count += 1;
        fact.byBasis[found.basis] += 1;
        if (s.evaluated === 0) unevaluated.facts[i]!.count += 1;
      }
    });
    if (s.published) {
      grades.count += 1;
      if (s.published.inferred) grades.inferred += 1;
      else grades.named += 1;
      grades.confidence[s.published.confidence] += 1;
      if (s.evaluated === 0) unevaluated.grades += 1;
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
    unevaluated,
  };
}

/** The views whose first screen says what the data covers. */
export type CoverageView = 'overview' | 'heatmap' | 'compare' | 'scores';

/** The short statement of coverage at the top of a view: a bold lead, the rest, a link's words. */
export interface CoverageNote {
  lead: string;
  detail: string;
  /** The words of the link to the same view on the synthetic demo data */
  demoLink: string;
}

/** Up to this many evaluated states are named; more are counted. */
const MAX_NAMED = 5;

function joinNames(list: readonly string[]): string {
  if (list.length <= 1) return list.join('');
  return `${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}`;
}

function states(n: number): string {
  return `${n} ${n === 1 ? 'state' : 'states'}`;
}

const DEMO_LINK: Record<Exclude<CoverageView, 'scores'>, string> = {
  overview: 'See what a full map looks like, with synthetic demo data',
  heatmap: 'See what a full heatmap looks like, with synthetic demo data',
  compare: 'See what a full comparison looks like, with synthetic demo data',
};

/**
 * What a view says in its first screen about the report data's coverage: how many states are
 * evaluated goal by goal (and on how many goals), and what the dataset holds for the others
 * (reference facts, published grades: never evaluations), with the words of a link to the demo
 * data. Null where there is nothing to add: synthetic data (the views mark it as such already),
 * or every state evaluated on every goal. The scores view says it in its own terms (who has a
 * coverage score), and only while few states have one.
 */
export function coverageNote(c: DataCoverage, view: CoverageView): CoverageNote | null {
  if (c.synthetic) return null;
  const rest = c.total - c.evaluated.length;
  if (view === 'scores') return scoresNote(c, rest);
  if (rest === 0 && c.fullyEvaluated === c.evaluated.length) return null;

  const n = c.evaluated.length;
  const goals = (e: { goals: number }) =>
    e.goals >= c.goals ? `all ${c.goals} goals` : `${e.goals} of ${c.goals} goals`;
  let lead: string;
  if (n === 0) {
    lead = `No state is evaluated goal by goal in the ${c.year} report data.`;
  } else if (n <= MAX_NAMED) {
    const names = c.evaluated.map((e) => `${e.name} (${goals(e)})`);
    lead = `Only ${joinNames(names)} ${n === 1 ? 'is' : 'are'} evaluated goal by goal in the ${c.year} report data.`;
  } else {
    lead =
      `${n} of ${c.total} states are evaluated goal by goal in the ${c.year} report data ` +
      `(${c.fullyEvaluated} on all ${c.goals} goals).`;
  }

  // What the states without an evaluation hold, counted among them only.
  const forStates = (count: number) => (count === rest && rest > 1 ? `all ${rest}` : `${count}`);
  const held: string[] = [];
  const facts = c.unevaluated.facts.filter((f) => f.count > 0);
  if (facts.length > 0) {
    const kinds = facts.map(
      (f) => `${f.label.charAt(0).toLowerCase()}${f.label.slice(1)}, for ${forStates(f.count)}`,
    );
    held.push(`reference facts (${kinds.join('; ')})`);
  }
  if (c.unevaluated.grades > 0) {
    held.push(`published grades (for ${forStates(c.unevaluated.grades)})`);
  }
  const whose = n === 0 ? `the ${states(rest)}` : `the other ${states(rest)}`;
  const shown = n === 0 ? 'every goal is' : 'their goals are';
  const detail =
    rest === 0
      ? 'Every other goal is shown as not evaluated: unknown, not a failure.'
      : held.length > 0
        ? `For ${whose} this dataset holds ${joinNames(held)}, not evaluations: ${shown} shown as not evaluated.`
        : `This dataset holds nothing for ${whose}: ${shown} shown as not evaluated.`;
  return { lead, detail, demoLink: DEMO_LINK[view] };
}

/** The scores view's words: the states with a coverage score, while there are few. */
function scoresNote(c: DataCoverage, rest: number): CoverageNote | null {
  const names = c.evaluated.map((e) => e.name);
  if (names.length === 0 || names.length >= MAX_NAMED) return null;
  const one = names.length === 1;
  return {
    lead: `Only ${joinNames(names)} ${one ? 'has' : 'have'} a coverage score in the ${c.year} report data.`,
    detail:
      `${one ? 'Its report has' : 'Their reports have'} been read goal by goal; the other ${rest} ` +
      'jurisdictions have not been evaluated yet, so their scores are unknown — not zero — and ' +
      'they are not ranked.',
    demoLink: `See the full interface with synthetic demo data for all ${c.total} jurisdictions`,
  };
}
