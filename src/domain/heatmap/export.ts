import type { ExportSelectionItem, ExportTable } from '@/domain/export/spec';
import type { HeatmapModel } from './model';
import { STATUS_WORDS } from '@/domain/format/status-words';
import { stateName } from '@/domain/format/jurisdictions';
import { sortWords } from './text';

/**
 * The heatmap's rows for CSV and JSON: one row per state shown (after the filters, in the sort
 * shown), a column per goal shown with its status in words, then the coverage score (null when
 * no goal is evaluated: unknown, not zero) and the goals it rests on.
 */
export function heatmapTable(model: HeatmapModel): ExportTable {
  const issue = model.sort.kind === 'issue' ? model.sort : null;
  return {
    columns: [
      { key: 'state', label: 'State' },
      { key: 'code', label: 'Code' },
      ...model.columns.map((c) => ({ key: `goal ${c.goalId}`, label: `Goal ${c.goalId}` })),
      { key: 'score', label: 'Coverage score', format: 'score' },
      { key: 'goalsEvaluated', label: 'Goals evaluated' },
      { key: 'goals', label: 'Goals in the framework' },
      ...(issue
        ? [
            {
              key: 'issueScore',
              label: `Issue area ${issue.issueId} score`,
              format: 'score' as const,
            },
            { key: 'issueGoalsEvaluated', label: `Issue area ${issue.issueId} goals evaluated` },
          ]
        : []),
      { key: 'lawsAsOf', label: 'Laws as of' },
    ],
    rows: model.rows.map((row) => ({
      state: row.name,
      code: row.code,
      ...Object.fromEntries(
        model.columns.map((c, i) => [
          `goal ${c.goalId}`,
          STATUS_WORDS[row.statuses[i] ?? 'not-evaluated'],
        ]),
      ),
      score: row.score,
      goalsEvaluated: row.evaluated,
      goals: model.totalGoals,
      ...(issue ? { issueScore: row.keyScore, issueGoalsEvaluated: row.keyEvaluated } : {}),
      lawsAsOf: row.evaluated > 0 ? row.asOf : null,
    })),
  };
}

/** The heatmap's filters in words. */
export function heatmapSelection(
  model: HeatmapModel,
  states: readonly string[],
): ExportSelectionItem[] {
  return [
    { label: 'States', value: states.length > 0 ? states.map(stateName).join(', ') : 'all' },
    {
      label: 'Issue areas',
      value:
        model.columns.length < model.totalGoals
          ? model.groups.map((g) => `${g.issueId}. ${g.title}`).join('; ')
          : 'all',
    },
    ...(model.goalFilter.length > 0
      ? [{ label: 'Goals', value: model.columns.map((c) => c.goalId).join(', ') || 'none' }]
      : []),
    {
      label: 'Statuses',
      value:
        model.statusFilter.length > 0
          ? model.statusFilter.map((s) => STATUS_WORDS[s]).join(', ')
          : 'all',
    },
    { label: 'Sort', value: sortWords(model.sort) },
  ];
}
