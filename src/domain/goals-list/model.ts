import { decodeStatus } from '@/domain/contract/derive-summary';
import { STATUSES, type Status } from '@/domain/contract/evaluation-schema';
import type { Framework } from '@/domain/contract/framework-schema';
import type { EditionSummary } from '@/domain/contract/summary-schema';
import { JURISDICTIONS } from '@/domain/format/jurisdictions';

/**
 * The list of goals: every goal of the framework, grouped by issue area, with how many
 * jurisdictions are at each status in one edition of one dataset. A jurisdiction the summary does
 * not hold counts as not evaluated, so every goal's counts add up to the same 51.
 */

export type StatusCounts = Record<Status, number>;

export interface GoalListItem {
  id: string;
  title: string;
  counts: StatusCounts;
}

export interface GoalListArea {
  id: string;
  title: string;
  goals: GoalListItem[];
}

export interface GoalsList {
  areas: GoalListArea[];
  /** Goals in the list (after a search: those that match) */
  goalCount: number;
  /** Goals in the framework */
  frameworkGoalCount: number;
  /** Jurisdictions each goal's counts are of */
  jurisdictionCount: number;
  /** Jurisdictions with at least one goal evaluated, by name, with how many goals */
  evaluated: { code: string; name: string; goals: number }[];
}

function emptyCounts(): StatusCounts {
  return Object.fromEntries(STATUSES.map((s) => [s, 0])) as StatusCounts;
}

export function goalsList(framework: Framework, summary: EditionSummary): GoalsList {
  const byCode = new Map(summary.states.map((s) => [s.code, s]));
  const index = new Map(summary.goals.map((id, i) => [id, i]));
  const areas = framework.issueAreas.map((area) => ({
    id: area.id,
    title: area.title,
    goals: area.goals.map((goal) => {
      const counts = emptyCounts();
      const i = index.get(goal.id);
      for (const j of JURISDICTIONS) {
        const state = byCode.get(j.code);
        counts[state && i !== undefined ? decodeStatus(state.statuses, i) : 'not-evaluated'] += 1;
      }
      return { id: goal.id, title: goal.title, counts };
    }),
  }));
  const goalCount = areas.reduce((n, a) => n + a.goals.length, 0);
  const evaluated = JURISDICTIONS.flatMap((j) => {
    const goals = byCode.get(j.code)?.evaluated ?? 0;
    return goals > 0 ? [{ code: j.code, name: j.name, goals }] : [];
  }).sort((a, b) => a.name.localeCompare(b.name, 'en'));
  return {
    areas,
    goalCount,
    frameworkGoalCount: goalCount,
    jurisdictionCount: JURISDICTIONS.length,
    evaluated,
  };
}

function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’‘`]/g, "'");
}

// Words a person types around a goal's number ("goal 2.5"): they name no goal on their own.
const IGNORED_WORDS = new Set(['goal', 'goals', 'policy']);
const ID_LIKE = /^\d{1,2}(\.\d{0,2})?$/;

/** The words of a search, lower case, without accents or the words that name no goal. */
export function searchTokens(query: string): string[] {
  return (
    normalise(query)
      .split(/[\s,;:!?()"“”]+/)
      // "2." reads as "2" (its area's goals), "court." as "court".
      .map((t) => t.replace(/^[.']+|[.']+$/g, ''))
      .filter((t) => t && !IGNORED_WORDS.has(t))
  );
}

function idMatches(id: string, token: string): boolean {
  if (!token.includes('.')) return id.startsWith(`${token}.`);
  return id.startsWith(token);
}

/**
 * Whether a goal matches every word of a search: a number matches the goal's id (`2` its issue
 * area's goals, `2.5` goal 2.5 and, while typing, `2.1` goals 2.1, 2.10, 2.11…) or a number in its
 * title; other words match anywhere in the title ("juven" finds "juvenile").
 */
export function goalMatches(goal: Pick<GoalListItem, 'id' | 'title'>, tokens: readonly string[]) {
  const title = normalise(goal.title);
  const words = new Set(title.split(/[^a-z0-9']+/).filter(Boolean));
  return tokens.every((token) => {
    if (ID_LIKE.test(token)) return idMatches(goal.id, token) || words.has(token);
    return title.includes(token);
  });
}

/** The list with only the goals that match a search (areas without a match left out). */
export function filterGoalsList(list: GoalsList, query: string): GoalsList {
  const tokens = searchTokens(query);
  if (tokens.length === 0) return list;
  const areas = list.areas
    .map((area) => ({ ...area, goals: area.goals.filter((g) => goalMatches(g, tokens)) }))
    .filter((area) => area.goals.length > 0);
  return { ...list, areas, goalCount: areas.reduce((n, a) => n + a.goals.length, 0) };
}

/** Each status's share of a goal's jurisdictions, in percent, for a bar. */
export function statusShares(counts: StatusCounts): { status: Status; percent: number }[] {
  const total = STATUSES.reduce((n, s) => n + counts[s], 0);
  return STATUSES.filter((s) => counts[s] > 0).map((status) => ({
    status,
    percent: total === 0 ? 0 : (counts[status] / total) * 100,
  }));
}
