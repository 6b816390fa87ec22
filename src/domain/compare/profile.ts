import type { Framework } from '@/domain/contract/framework-schema';
import { stateName } from '@/domain/format/jurisdictions';
import { formatScore } from '@/domain/format/numbers';
import { coverageScore } from '@/domain/contract/scoring';
import type { EditionSummary } from '@/domain/contract/summary-schema';
import { statusReaders } from './rows';

/**
 * The issue-area profile of the compared states: each state's coverage score in each issue area
 * (framework weights), with how many of the area's goals were evaluated. null = none evaluated,
 * drawn as a gap, never as zero.
 */
export interface ProfileValue {
  score: number | null;
  evaluated: number;
  total: number;
}

export interface ProfileArea {
  id: string;
  title: string;
  /** One per compared state, in the selection's order */
  values: ProfileValue[];
}

export function issueProfile(
  framework: Framework,
  summary: EditionSummary,
  codes: readonly string[],
): ProfileArea[] {
  const perState = statusReaders(summary, codes).map((statusOf) => ({
    statusOf,
    coverage: coverageScore(framework, statusOf),
  }));
  return framework.issueAreas.map((area, a) => ({
    id: area.id,
    title: area.title,
    values: perState.map(({ statusOf, coverage }) => ({
      score: coverage.issueScores[a] ?? null,
      evaluated: area.goals.filter((g) => statusOf(g.id) !== 'not-evaluated').length,
      total: area.goals.length,
    })),
  }));
}

/** Per state, the issue areas with no score (for the note under the chart). */
export function profileGaps(
  profile: readonly ProfileArea[],
  codes: readonly string[],
): { code: string; areas: string[] }[] {
  return codes
    .map((code, i) => ({
      code,
      areas: profile.filter((area) => area.values[i]?.score === null).map((area) => area.id),
    }))
    .filter((gap) => gap.areas.length > 0);
}

/** A sentence per state: its strongest and weakest issue area, or that it has no scores. */
export function profileSummary(
  profile: readonly ProfileArea[],
  codes: readonly string[],
): string[] {
  return codes.map((code, i) => {
    const scored = profile
      .map((area) => ({ area, score: area.values[i]?.score ?? null }))
      .filter((x): x is { area: ProfileArea; score: number } => x.score !== null);
    const name = stateName(code);
    if (scored.length === 0) return `${name}: no issue area has an evaluated goal.`;
    if (scored.length === 1) {
      const only = scored[0]!;
      return `${name}: only ${only.area.title} has evaluated goals (${formatScore(only.score)}).`;
    }
    const best = scored.reduce((a, b) => (b.score > a.score ? b : a));
    const worst = scored.reduce((a, b) => (b.score < a.score ? b : a));
    return (
      `${name}: highest in ${best.area.title} (${formatScore(best.score)}), ` +
      `lowest in ${worst.area.title} (${formatScore(worst.score)})` +
      (scored.length < profile.length
        ? `; ${profile.length - scored.length} issue areas not evaluated.`
        : '.')
    );
  });
}
