import type { Framework } from '@/domain/contract/framework-schema';

/**
 * How the heatmap and goal 2.9 read their `sort` from the URL. Kept apart from heatmap/model.ts
 * and facts/juvenile.ts because the share-link pins (on every page's critical path) need only
 * these, not the models, which would add to every page's critical-path size.
 */

export type HeatmapSort =
  | { kind: 'score' }
  | { kind: 'name' }
  | { kind: 'issue'; issueId: string; title: string }
  | { kind: 'goal'; goalId: string; title: string };

/**
 * The heatmap's order for a URL sort key: by name, by an issue area's score, by one goal's status,
 * else by score.
 */
export function heatmapSort(sort: string | null, framework: Framework): HeatmapSort {
  if (sort === 'name') return { kind: 'name' };
  if (sort?.startsWith('issue:')) {
    const issueId = sort.slice('issue:'.length);
    const area = framework.issueAreas.find((a) => a.id === issueId);
    if (area) return { kind: 'issue', issueId, title: area.title };
  }
  if (sort?.startsWith('goal:')) {
    const goalId = sort.slice('goal:'.length);
    const goal = framework.issueAreas.flatMap((a) => a.goals).find((g) => g.id === goalId);
    if (goal) return { kind: 'goal', goalId, title: goal.title };
  }
  return { kind: 'score' };
}

/** The URL value of a sort. */
export function sortKey(sort: HeatmapSort): string {
  if (sort.kind === 'issue') return `issue:${sort.issueId}`;
  if (sort.kind === 'goal') return `goal:${sort.goalId}`;
  return sort.kind;
}

/** The URL value of the sort by one goal's status. */
export function goalStatusSortKey(goalId: string): string {
  return `goal:${goalId}`;
}

export type JuvenileSortKey = 'name' | 'min-age' | 'max-age';

export function juvenileSortKey(sort: string | null): JuvenileSortKey {
  return sort === 'name' || sort === 'max-age' ? sort : 'min-age';
}

export type GradesSortKey = 'name' | 'grade';

/** Grades over time: by the latest published grade (`sort=grade`), else by name. */
export function gradesSortKey(sort: string | null): GradesSortKey {
  return sort === 'grade' ? 'grade' : 'name';
}
