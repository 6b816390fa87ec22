import type { ExportColumn, ExportTable, ExportValue } from '@/domain/export/spec';
import { measureLabel, type OverviewMeasure } from './measure';
import { noDataMeaning, type MeasureChart, type StateValue } from './values';

/**
 * The overview's rows for CSV and JSON: the map's table (all 51 jurisdictions) and the chart
 * beside it (the ranking, or each value with its states). Numbers stay numbers; an unknown value
 * is empty (null) with the reason in the notes, never zero.
 */

/** A state's value in the measure's unit: a number where it is one, else words; null = no data. */
export function overviewValue(value: StateValue, measure: OverviewMeasure): ExportValue {
  if (!value.known) return null;
  switch (measure.kind) {
    case 'score':
    case 'issue':
      return value.sortValue;
    case 'min-age':
    case 'max-age':
      return value.group === 'none' ? 'no statutory minimum' : Number(value.display);
    default:
      return value.display;
  }
}

function publishedGrade(value: StateValue): string | null {
  const p = value.state?.published;
  if (!p) return null;
  return `${p.grade}${p.inferred ? ' (inferred)' : ''}`;
}

/** The value column: a score measure's values are written as scores ("80.0"). */
function valueColumn(measure: OverviewMeasure): ExportColumn {
  return {
    key: 'value',
    label: measureLabel(measure),
    ...(measure.kind === 'score' || measure.kind === 'issue' ? { format: 'score' as const } : {}),
  };
}

export function overviewMapTable(
  values: readonly StateValue[],
  measure: OverviewMeasure,
  goalCount: number,
): ExportTable {
  return {
    columns: [
      { key: 'state', label: 'State' },
      { key: 'code', label: 'Code' },
      valueColumn(measure),
      { key: 'goalsEvaluated', label: 'Goals evaluated' },
      { key: 'goals', label: 'Goals in the framework' },
      { key: 'publishedGrade', label: 'Published grade' },
      { key: 'lawsAsOf', label: 'Laws as of' },
      { key: 'notes', label: 'Notes' },
    ],
    rows: values.map((v) => ({
      state: v.name,
      code: v.code,
      value: overviewValue(v, measure),
      goalsEvaluated: v.state ? v.state.evaluated : 0,
      goals: goalCount,
      publishedGrade: publishedGrade(v),
      lawsAsOf: v.state?.asOf && v.state.evaluated > 0 ? v.state.asOf : null,
      notes: v.notes.join('; ') || null,
    })),
  };
}

export function overviewChartTable(chart: MeasureChart, measure: OverviewMeasure): ExportTable {
  const label = measureLabel(measure);
  if (chart.type === 'ranked') {
    // A rank among one or two states would read as a verdict on all 51: none below three.
    const ranked = chart.rows.length >= 3;
    return {
      columns: [
        { key: 'rank', label: 'Rank' },
        { key: 'tied', label: 'Tied' },
        { key: 'state', label: 'State' },
        { key: 'code', label: 'Code' },
        valueColumn(measure),
        { key: 'goalsEvaluated', label: 'Goals evaluated' },
        { key: 'goals', label: 'Goals in scope' },
        { key: 'notes', label: 'Notes' },
      ],
      rows: [
        ...chart.rows.map(({ value, rank, tied }) => ({
          rank: ranked ? rank : null,
          tied: ranked ? tied : null,
          state: value.name,
          code: value.code,
          value: overviewValue(value, measure),
          goalsEvaluated: value.evaluated,
          goals: value.goalsInScope,
          notes: value.notes.join('; ') || null,
        })),
        ...chart.unknown.map((value) => ({
          rank: null,
          tied: null,
          state: value.name,
          code: value.code,
          value: null,
          goalsEvaluated: value.evaluated,
          goals: value.goalsInScope,
          notes: `No data: ${value.notes[0] ?? noDataMeaning(measure)}`,
        })),
      ],
    };
  }
  return {
    columns: [
      { key: 'value', label },
      { key: 'states', label: 'States' },
      { key: 'names', label: 'Which' },
      { key: 'codes', label: 'Codes' },
    ],
    rows: [
      ...chart.groups.map((g) => ({
        value: g.label,
        states: g.states.length,
        names: g.states
          .map((v) => `${v.name}${v.short.endsWith('*') ? ' (inferred)' : ''}`)
          .join(', '),
        codes: g.states.map((v) => v.code).join(' '),
      })),
      ...(chart.unknown.length > 0
        ? [
            {
              value: `No data: ${noDataMeaning(measure).toLowerCase()}`,
              states: chart.unknown.length,
              names: chart.unknown.map((v) => v.name).join(', '),
              codes: chart.unknown.map((v) => v.code).join(' '),
            },
          ]
        : []),
    ],
  };
}
