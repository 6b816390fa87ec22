import type { Evaluation, GoalEvaluation, JuvenileJurisdiction } from './evaluation-file-schema';
import { FACT_KINDS, goalOfFactKind, type FactKind } from './fact-kinds';
import { frameworkGoals, type Framework } from './framework-schema';
import { coverageScore, type Weights } from './scoring';
import {
  SCHEMA_VERSION,
  STATUSES,
  type Confidence,
  type LimitationRule,
  type Status,
} from './shared-schema';
import {
  STATUS_CODES,
  type DatasetId,
  type EditionSummary,
  type SummaryFacts,
  type SummaryState,
} from './summary-schema';

/**
 * Evaluations → the compact edition summary the overview, heatmap and score views read. Pure, so
 * the data build and the app (e.g. what-if weights) derive the same numbers.
 */

const CODE_STATUS = Object.fromEntries(
  STATUSES.map((status) => [STATUS_CODES[status], status]),
) as Record<string, Status>;

/** One character per goal of the framework, in framework order; a missing goal reads as unknown. */
export function encodeStatuses(evaluation: Evaluation, framework: Framework): string {
  const byId = new Map(evaluation.goals.map((g) => [g.id, g.status]));
  return frameworkGoals(framework)
    .map((g) => STATUS_CODES[byId.get(g.id) ?? 'not-evaluated'])
    .join('');
}

/** Status of goal `index` in a summary `statuses` string; anything unreadable is not-evaluated. */
export function decodeStatus(statuses: string, index: number): Status {
  return CODE_STATUS[statuses.charAt(index)] ?? 'not-evaluated';
}

/** Goal id → status for one summary state, e.g. to recompute scores with other weights. */
export function statusesById(goals: readonly string[], statuses: string): Map<string, Status> {
  return new Map(goals.map((id, i) => [id, decodeStatus(statuses, i)]));
}

const CONFIDENCE_ORDER: readonly Confidence[] = ['low', 'medium', 'high'];

export function lowestConfidence(values: (Confidence | undefined)[]): Confidence | undefined {
  let lowest: Confidence | undefined;
  for (const value of values) {
    if (value === undefined) continue;
    if (
      lowest === undefined ||
      CONFIDENCE_ORDER.indexOf(value) < CONFIDENCE_ORDER.indexOf(lowest)
    ) {
      lowest = value;
    }
  }
  return lowest;
}

type SummaryJuvenile = NonNullable<SummaryFacts['juvenileJurisdiction']>;

function summarizeJuvenile(j: JuvenileJurisdiction): SummaryJuvenile {
  const minConfidence = lowestConfidence([
    j.confidence?.minAge,
    j.confidence?.maxAge,
    j.confidence?.transfer,
  ]);
  return {
    minAge: j.minAge,
    maxAge: j.maxAge,
    automaticTransfer: j.automaticTransfer,
    directFile: j.directFile,
    discretionaryTransfer: j.discretionaryTransfer,
    traumaConsidered: j.traumaConsidered,
    basis: j.basis,
    ...(minConfidence ? { minConfidence } : {}),
  };
}

// The quoted text a rule rests on stays in the full evaluation; the summary keeps the numbers.
function summarizeRule(rule: LimitationRule | null): LimitationRule | null {
  if (rule === null) return null;
  const scope = rule.scope !== undefined ? { scope: rule.scope } : {};
  return rule.kind === 'none'
    ? { kind: 'none', ...scope }
    : { kind: 'years', years: rule.years, from: rule.from, ...scope };
}

/** What the summary keeps of each kind of fact, read from the goal the framework puts it on. */
const SUMMARIZE: { [K in FactKind]: (goal: GoalEvaluation, into: SummaryFacts) => void } = {
  juvenileJurisdiction: (goal, into) => {
    const own = goal.facts?.juvenileJurisdiction;
    if (own) into.juvenileJurisdiction = summarizeJuvenile(own);
    const reference = goal.referenceFacts?.juvenileJurisdiction;
    if (reference) into.referenceJuvenileJurisdiction = summarizeJuvenile(reference);
  },
  statuteOfLimitations: (goal, into) => {
    const sol = goal.facts?.statuteOfLimitations;
    if (!sol) return;
    into.statuteOfLimitations = {
      criminal: summarizeRule(sol.criminal),
      civil: summarizeRule(sol.civil),
      basis: sol.basis,
    };
  },
  victimProtections: (goal, into) => {
    const vp = goal.facts?.victimProtections;
    if (!vp) return;
    into.victimProtections = {
      advocate: vp.advocate,
      courtroomSupports: vp.courtroomSupports,
      identityProtected: vp.identityProtected,
      basis: vp.basis,
    };
  },
};

export function summarizeFacts(
  evaluation: Evaluation,
  framework: Framework,
): SummaryFacts | undefined {
  const facts: SummaryFacts = {};
  for (const kind of FACT_KINDS) {
    const goalId = goalOfFactKind(framework, kind);
    const goal = evaluation.goals.find((g) => g.id === goalId);
    if (goal) SUMMARIZE[kind](goal, facts);
  }
  return Object.keys(facts).length > 0 ? facts : undefined;
}

export function summarizeState(
  evaluation: Evaluation,
  framework: Framework,
  weights?: Weights,
): SummaryState {
  const statuses = encodeStatuses(evaluation, framework);
  const byId = statusesById(
    frameworkGoals(framework).map((g) => g.id),
    statuses,
  );
  const coverage = coverageScore(framework, (id) => byId.get(id) ?? 'not-evaluated', weights);
  const state: SummaryState = {
    code: evaluation.state,
    asOf: evaluation.asOf,
    statuses,
    evaluated: coverage.evaluated,
    score: coverage.score,
    issueScores: coverage.issueScores,
  };
  const p = evaluation.published;
  if (p) {
    // Notes and sources stay in the full evaluation: the summary carries what a map or chart shows.
    state.published = {
      grade: p.grade,
      ...(p.score !== undefined ? { score: p.score } : {}),
      ...(p.maxScore !== undefined ? { maxScore: p.maxScore } : {}),
      ...(p.rank !== undefined ? { rank: p.rank } : {}),
      confidence: p.confidence,
      ...(p.inferred !== undefined ? { inferred: p.inferred } : {}),
    };
  }
  const facts = summarizeFacts(evaluation, framework);
  if (facts) state.facts = facts;
  return state;
}

export function deriveEditionSummary(input: {
  dataset: DatasetId;
  synthetic: boolean;
  framework: Framework;
  year: number;
  evaluations: readonly Evaluation[];
}): EditionSummary {
  const { framework } = input;
  // Sorted by code so the same files always give the same bytes.
  const states = [...input.evaluations]
    .sort((a, b) => (a.state < b.state ? -1 : a.state > b.state ? 1 : 0))
    .map((evaluation) => summarizeState(evaluation, framework));
  return {
    schemaVersion: SCHEMA_VERSION,
    dataset: input.dataset,
    synthetic: input.synthetic,
    framework: framework.id,
    year: input.year,
    goals: frameworkGoals(framework).map((g) => g.id),
    issueAreas: framework.issueAreas.map((a) => a.id),
    states,
  };
}
