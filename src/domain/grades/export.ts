import type { ExportColumn, ExportRow, ExportTable } from '@/domain/export/spec';
import { gridStateYears, type GradeGrid, type StateYear } from './model';
import { chartStateYears, type ScoreChartModel } from './series';
import { NO_VALUE } from './text';

/**
 * The rows the grades view exports: one per state and year shown, a year without a value named as
 * such (never left out, never filled), every value with its confidence, inference and sources.
 */

const COLUMNS: readonly ExportColumn[] = [
  { key: 'state', label: 'State' },
  { key: 'code', label: 'Code' },
  { key: 'year', label: 'Year' },
  { key: 'framework', label: 'Framework' },
  { key: 'value', label: 'Value' },
  { key: 'grade', label: 'Grade' },
  { key: 'score', label: 'Score' },
  { key: 'maxScore', label: 'Out of' },
  { key: 'rank', label: 'Rank' },
  { key: 'confidence', label: 'Confidence' },
  { key: 'inferred', label: 'Inferred' },
  { key: 'evidence', label: 'Evidence (quote of the source)' },
  { key: 'note', label: 'Note' },
  { key: 'sources', label: 'Sources' },
];

function valueRow({ name, code, year, framework, value: v }: StateYear): ExportRow {
  return {
    state: name,
    code,
    year,
    framework,
    value: v ? 'published' : NO_VALUE,
    grade: v?.grade ?? null,
    score: v?.score ?? null,
    maxScore: v?.maxScore ?? null,
    rank: v?.rank ?? null,
    confidence: v?.confidence ?? null,
    inferred: v ? v.inferred : null,
    evidence: v?.evidence ?? null,
    note: v?.note ?? null,
    sources: v ? v.sources.map((s) => s.url ?? s.title).join(' ; ') : null,
  };
}

/** Every state × every year of the grid, in the grid's order. */
export function gridTable(grid: GradeGrid): ExportTable {
  return { columns: COLUMNS, rows: gridStateYears(grid).map(valueRow) };
}

/** The chosen states' values in the chart's frameworks, every year of each framework's run. */
export function scoreChartTable(model: ScoreChartModel): ExportTable {
  return { columns: COLUMNS, rows: chartStateYears(model).map(valueRow) };
}
