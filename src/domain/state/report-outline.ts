import { formatScore } from '@/domain/format/numbers';
import {
  STATUSES,
  type Block,
  type Evaluation,
  type Footnote,
  type GoalEvaluation,
  type PublishedGrade,
  type Status,
} from '@/domain/contract/evaluation-schema';
import type { Framework } from '@/domain/contract/framework-schema';
import { CONFIDENCE_LABELS } from '@/domain/facts/juvenile';
import { coverageScore, type CoverageScore } from '@/domain/contract/scoring';
import {
  createAnchors,
  segmentBlocks,
  segmentFootnotes,
  segmentRichText,
  splitAtRefs,
  type BlockGroup,
  type SegmentedFootnote,
  type TextSegment,
} from './report-text';
import type { DatasetId, Manifest, SummaryState } from '@/domain/contract/summary-schema';
import { STATUS_WORDS } from '@/domain/format/status-words';

/**
 * One state's evaluation shaped as a report: issue areas → goals in framework order, what each
 * goal has to show, the review note, and the numbers the header states.
 */
export interface ReportGoal {
  id: string;
  /** The goal as the framework states it (the evaluation's copy only if the framework lacks it) */
  title: string;
  status: Status;
  evaluation: GoalEvaluation | undefined;
  /** Anything to print beyond the status: analysis, table, recommendations, facts… */
  hasContent: boolean;
}

export interface ReportArea {
  id: string;
  title: string;
  goals: ReportGoal[];
  /** Goals drawn as full sections: evaluated, or carrying facts */
  sections: ReportGoal[];
  /** Goals without anything to show, listed compactly */
  notEvaluated: ReportGoal[];
}

export interface ReportOutline {
  areas: ReportArea[];
  total: number;
  evaluated: number;
  counts: Record<Status, number>;
  coverage: CoverageScore;
}

function hasContent(goal: GoalEvaluation | undefined): boolean {
  if (!goal) return false;
  return Boolean(
    goal.summary ||
    goal.analysis?.length ||
    goal.recommendations?.length ||
    goal.statutes?.length ||
    goal.table ||
    goal.extraCredit?.length ||
    goal.footnotes?.length ||
    goal.facts ||
    goal.referenceFacts,
  );
}

export function reportOutline(framework: Framework, evaluation: Evaluation): ReportOutline {
  const byId = new Map(evaluation.goals.map((g) => [g.id, g]));
  const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  let total = 0;
  const areas = framework.issueAreas.map((area) => {
    const goals = area.goals.map((fg): ReportGoal => {
      const evaluationGoal = byId.get(fg.id);
      const status = evaluationGoal?.status ?? 'not-evaluated';
      counts[status] += 1;
      total += 1;
      return {
        id: fg.id,
        title: fg.title || evaluationGoal?.title || '',
        status,
        evaluation: evaluationGoal,
        hasContent: hasContent(evaluationGoal),
      };
    });
    const isSection = (g: ReportGoal) => g.status !== 'not-evaluated' || g.hasContent;
    return {
      id: area.id,
      title: area.title,
      goals,
      sections: goals.filter(isSection),
      notEvaluated: goals.filter((g) => !isSection(g)),
    };
  });
  const coverage = coverageScore(framework, (id) => byId.get(id)?.status ?? 'not-evaluated');
  return { areas, total, evaluated: total - counts['not-evaluated'], counts, coverage };
}

function sentence(text: string): string {
  const t = text.trim();
  return /[.!?…]["”’)]?$/.test(t) ? t : `${t}.`;
}

/**
 * How the status came about, said plainly: the status is this project's reading of the report,
 * proposed by the ingest and reviewed by a person (or not yet), never the publisher's own rating.
 */
export function reviewNote(goal: GoalEvaluation, synthetic: boolean): string {
  if (synthetic) return 'Status generated for the synthetic demo data: it describes no real law.';
  const review = goal.review;
  if (!review) {
    return goal.status === 'not-evaluated'
      ? 'Not evaluated in this dataset.'
      : 'No review record: the file does not say how this status was reached.';
  }
  if (review.decision === 'overridden') {
    return sentence(
      `Status overridden on review (the ingest proposed “${STATUS_WORDS[review.proposed]}”): ${review.note ?? 'no note given'}`,
    );
  }
  if (review.decision === 'accepted') {
    return sentence(
      `Status proposed by the ingest from the report’s text and reviewed: ${review.reason}`,
    );
  }
  return sentence(
    `Status proposed by the ingest from the report’s text, not yet reviewed by a person: ${review.reason}`,
  );
}

export interface PreparedGoal {
  analysis: BlockGroup[];
  /** The summary, drawn only when there is neither analysis nor table to read */
  summary: string | undefined;
  recommendations: { id: string; segments: TextSegment[] }[];
  extraCredit: TextSegment[][];
  footnotes: SegmentedFootnote[];
}

/** A goal's texts, split at their footnote markers, with anchors unique to the goal. */
export function prepareGoal(goal: GoalEvaluation): PreparedGoal {
  const anchors = createAnchors(`goal-${goal.id}`, goal.footnotes);
  const analysis = segmentBlocks(goal.analysis ?? [], anchors);
  const recommendations = (goal.recommendations ?? []).map((r) => ({
    id: r.id,
    segments: splitAtRefs(r.text, r.refs, anchors),
  }));
  const extraCredit = (goal.extraCredit ?? []).map((e) => segmentRichText(e, anchors));
  const footnotes = segmentFootnotes(goal.footnotes, anchors);
  const summary = analysis.length === 0 && !goal.table && goal.summary ? goal.summary : undefined;
  return { analysis, summary, recommendations, extraCredit, footnotes };
}

/** Editions of a dataset that hold an evaluation file for the state, oldest first. */
export function editionsWithFile(manifest: Manifest, dataset: DatasetId, code: string): number[] {
  const ds = manifest.datasets.find((d) => d.id === dataset);
  return (ds?.editions ?? [])
    .filter((e) => e.states.includes(code))
    .map((e) => e.year)
    .sort((a, b) => a - b);
}

type GradeFields = Pick<
  PublishedGrade,
  'grade' | 'score' | 'maxScore' | 'rank' | 'confidence' | 'inferred'
>;

/** The published grade's particulars in words, e.g. "score 72.5 of 110 · rank 1". */
export function describeGradeDetails(p: GradeFields): string {
  const parts: string[] = [];
  if (p.score !== undefined) {
    parts.push(
      `score ${formatScore(p.score)}${p.maxScore !== undefined ? ` of ${p.maxScore}` : ''}`,
    );
  }
  if (p.rank !== undefined) parts.push(`rank ${p.rank}`);
  parts.push(`confidence ${CONFIDENCE_LABELS[p.confidence].toLowerCase()}`);
  if (p.inferred) parts.push('inferred from the sources, not named in them');
  return parts.join(' · ');
}

export function publishedGradeOf(
  states: readonly SummaryState[],
  code: string,
): SummaryState['published'] | undefined {
  return states.find((s) => s.code === code)?.published;
}

export interface PreparedText {
  blocks: BlockGroup[];
  footnotes: SegmentedFootnote[];
}

/** Blocks and their footnotes (the introduction, an appendix entry), anchored in their own scope. */
export function prepareBlocks(
  scope: string,
  blocks: readonly Block[],
  footnotes: readonly Footnote[] | undefined,
): PreparedText {
  const anchors = createAnchors(scope, footnotes);
  const grouped = segmentBlocks(blocks, anchors);
  return { blocks: grouped, footnotes: segmentFootnotes(footnotes, anchors) };
}
