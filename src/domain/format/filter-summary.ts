import type { Status } from '@/domain/contract/evaluation-schema';
import { stateName } from './jurisdictions';
import { STATUS_LABELS } from './status-words';

/** The filters a view holds (empty: no filter, everything shown). */
export interface FilterChoice {
  issues: readonly string[];
  goals: readonly string[];
  status?: readonly Status[];
  states?: readonly string[];
}

/** Up to three names in full, else the count: a summary line must stay one line on a phone. */
function few(items: readonly string[], noun: string, nouns: string): string {
  if (items.length <= 3) return `${items.length === 1 ? noun : nouns} ${items.join(', ')}`;
  return `${items.length} ${nouns}`;
}

/**
 * The filters in one line, for the folded filters on a phone: "All issue areas · goals 2.5, 2.9,
 * 4.6 · all statuses · 4 states". A part the view has no filter for (`status`, `states`
 * undefined) is left out.
 */
export function filterSummary(filters: FilterChoice): string {
  const parts = [
    filters.issues.length === 0
      ? 'All issue areas'
      : few(filters.issues, 'issue area', 'issue areas'),
    filters.goals.length === 0 ? 'all goals' : few(filters.goals, 'goal', 'goals'),
  ];
  if (filters.status) {
    parts.push(
      filters.status.length === 0
        ? 'all statuses'
        : filters.status.map((s) => STATUS_LABELS[s].toLowerCase()).join(', '),
    );
  }
  if (filters.states) {
    const states = filters.states;
    parts.push(
      states.length === 0
        ? 'all states'
        : states.length <= 2
          ? states.map(stateName).join(', ')
          : `${states.length} states`,
    );
  }
  const line = parts.join(' · ');
  return `${line.charAt(0).toUpperCase()}${line.slice(1)}`;
}
