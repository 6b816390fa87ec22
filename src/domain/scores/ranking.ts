import { statusesById } from '@/domain/contract/derive-summary';
import type { Status } from '@/domain/contract/evaluation-schema';
import { frameworkGoals, type Framework } from '@/domain/contract/framework-schema';
import { JURISDICTIONS, stateName } from '@/domain/format/jurisdictions';
import { coverageScore, frameworkWeights } from '@/domain/contract/scoring';
import { effectiveWeights, weightOverrides, type WeightOverrides } from './weights';
import type { EditionSummary } from '@/domain/contract/summary-schema';
import { formatScore } from '@/domain/format/numbers';

/**
 * The ranked coverage scores of one edition, under the framework's weights and, for the what-if
 * panel, under the analyst's weights. Scores are recomputed from the summary's statuses with
 * coverageScore, so the data build and this view can never disagree.
 */
export interface RankedState {
  code: string;
  name: string;
  /** Score under the weights in force (what-if or framework) */
  score: number;
  /** Score under the framework's weights; null if it had none */
  baseScore: number | null;
  rank: number;
  baseRank: number | null;
  /** Places moved up (+) or down (-) from the framework ranking; null without a base rank */
  rankChange: number | null;
  evaluated: number;
  issueScores: (number | null)[];
  /** Points each issue area adds to the score, in framework order; they sum to the score */
  contributions: number[];
}

export type UnscoredReason = 'not-evaluated' | 'no-file' | 'zero-weight';

export interface UnscoredState {
  code: string;
  name: string;
  reason: UnscoredReason;
  evaluated: number;
}

export interface Ranking {
  ranked: RankedState[];
  unscored: UnscoredState[];
  totalGoals: number;
  /** True when the analyst's weights differ from the framework's */
  weighted: boolean;
}

/** Points each issue area contributes to the overall score (unrounded, so segments add up). */
export function areaContributions(
  framework: Framework,
  statusOf: (goalId: string) => Status,
  weights: Readonly<Record<string, number>>,
): number[] {
  // Only a framework with goals has scoring (the schema holds it): without goals, nothing adds up.
  if (!framework.scoring) return framework.issueAreas.map(() => 0);
  const credit = framework.scoring.credit;
  let possible = 0;
  const earned = framework.issueAreas.map((area) => {
    let sum = 0;
    for (const goal of area.goals) {
      const status = statusOf(goal.id);
      if (status === 'not-evaluated') continue;
      const weight = weights[goal.id] ?? goal.weight;
      possible += weight;
      sum += weight * credit[status];
    }
    return sum;
  });
  return earned.map((e) => (possible > 0 ? (100 * e) / possible : 0));
}

/** Standard competition ranking ("1, 2, 2, 4") over scores already sorted high to low. */
function competitionRanks(scores: readonly number[]): number[] {
  const ranks: number[] = [];
  scores.forEach((score, i) => {
    ranks.push(i > 0 && score === scores[i - 1] ? ranks[i - 1]! : i + 1);
  });
  return ranks;
}

function byScoreThenName<T extends { score: number; name: string }>(a: T, b: T): number {
  return b.score - a.score || a.name.localeCompare(b.name);
}

export function rankScores(
  framework: Framework,
  summary: EditionSummary,
  overrides: WeightOverrides = {},
): Ranking {
  const clean = weightOverrides(framework, overrides);
  const weighted = Object.keys(clean).length > 0;
  const weights = effectiveWeights(framework, clean);
  const base = frameworkWeights(framework);

  const scored: Omit<RankedState, 'rank' | 'baseRank' | 'rankChange'>[] = [];
  const unscored: UnscoredState[] = [];
  const baseScores = new Map<string, number>();

  for (const state of summary.states) {
    const byId = statusesById(summary.goals, state.statuses);
    const statusOf = (id: string): Status => byId.get(id) ?? 'not-evaluated';
    const now = coverageScore(framework, statusOf, weights);
    const before = weighted ? coverageScore(framework, statusOf, base) : now;
    if (before.score !== null) baseScores.set(state.code, before.score);
    if (now.score === null) {
      unscored.push({
        code: state.code,
        name: stateName(state.code),
        reason: now.evaluated > 0 ? 'zero-weight' : 'not-evaluated',
        evaluated: now.evaluated,
      });
      continue;
    }
    scored.push({
      code: state.code,
      name: stateName(state.code),
      score: now.score,
      baseScore: before.score,
      evaluated: now.evaluated,
      issueScores: now.issueScores,
      contributions: areaContributions(framework, statusOf, weights),
    });
  }

  const inSummary = new Set(summary.states.map((s) => s.code));
  for (const j of JURISDICTIONS) {
    if (!inSummary.has(j.code)) {
      unscored.push({ code: j.code, name: j.name, reason: 'no-file', evaluated: 0 });
    }
  }

  const baseOrder = [...baseScores.entries()]
    .map(([code, score]) => ({ code, score, name: stateName(code) }))
    .sort(byScoreThenName);
  const baseRankList = competitionRanks(baseOrder.map((s) => s.score));
  const baseRanks = new Map(baseOrder.map((s, i) => [s.code, baseRankList[i]!]));

  scored.sort(byScoreThenName);
  const ranks = competitionRanks(scored.map((s) => s.score));
  const ranked = scored.map((s, i): RankedState => {
    const rank = ranks[i]!;
    const baseRank = baseRanks.get(s.code) ?? null;
    return { ...s, rank, baseRank, rankChange: baseRank === null ? null : baseRank - rank };
  });

  unscored.sort((a, b) => a.name.localeCompare(b.name));
  return { ranked, unscored, totalGoals: frameworkGoals(framework).length, weighted };
}

/** One or two sentences that say what the ranking shows, for the chart's text summary. */
export function rankingSummary(ranking: Ranking): string {
  const { ranked, unscored, totalGoals } = ranking;
  const unknown = unscored.length;
  const unknownText =
    unknown > 0
      ? ` ${unknown} ${unknown === 1 ? 'jurisdiction has' : 'jurisdictions have'} no score (not evaluated).`
      : '';
  if (ranked.length === 0) {
    return `No state has a coverage score in this edition: no goal has been evaluated.${unknownText}`;
  }
  if (ranked.length === 1) {
    const only = ranked[0]!;
    return (
      `${only.name} is the only state with a coverage score: ${formatScore(only.score)} out of 100, ` +
      `over ${only.evaluated} of ${totalGoals} goals evaluated.${unknownText}`
    );
  }
  const top = ranked[0]!;
  const bottom = ranked[ranked.length - 1]!;
  const sorted = ranked.map((r) => r.score).sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  let text =
    `${ranked.length} states have a coverage score. Highest: ${top.name} (${formatScore(top.score)}); ` +
    `lowest: ${bottom.name} (${formatScore(bottom.score)}); median ${formatScore(median)}.`;
  if (ranking.weighted) {
    const up = ranked.filter((r) => (r.rankChange ?? 0) > 0).length;
    const down = ranked.filter((r) => (r.rankChange ?? 0) < 0).length;
    const biggest = [...ranked].sort(
      (a, b) => Math.abs(b.rankChange ?? 0) - Math.abs(a.rankChange ?? 0),
    )[0];
    text += ` With your weights, ${up} ${up === 1 ? 'state moves' : 'states move'} up and ${down} down`;
    text +=
      biggest && biggest.rankChange
        ? `; the largest move is ${biggest.name} (${biggest.rankChange > 0 ? 'up' : 'down'} ${Math.abs(biggest.rankChange)}).`
        : '.';
  }
  return text + unknownText;
}
