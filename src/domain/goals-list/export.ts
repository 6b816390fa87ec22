import { STATUSES } from '@/domain/contract/evaluation-schema';
import type { ExportTable } from '@/domain/export/spec';
import { STATUS_LABELS } from '@/domain/format/status-words';
import type { GoalsList } from './model';

/** The list as rows for CSV and JSON: one row per goal shown, its counts as numbers. */
export function goalsListTable(list: GoalsList): ExportTable {
  return {
    columns: [
      { key: 'issueArea', label: 'Issue area' },
      { key: 'issueAreaTitle', label: 'Issue area title' },
      { key: 'goal', label: 'Goal' },
      { key: 'title', label: 'Title' },
      ...STATUSES.map((s) => ({ key: s, label: STATUS_LABELS[s] })),
      { key: 'jurisdictions', label: 'Jurisdictions' },
    ],
    rows: list.areas.flatMap((area) =>
      area.goals.map((goal) => ({
        issueArea: area.id,
        issueAreaTitle: area.title,
        goal: goal.id,
        title: goal.title,
        ...Object.fromEntries(STATUSES.map((s) => [s, goal.counts[s]])),
        jurisdictions: list.jurisdictionCount,
      })),
    ),
  };
}
