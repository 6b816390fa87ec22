import type { FactSet } from '@/domain/contract/fact-set-schema';
import type { EditionSummary } from '@/domain/contract/summary-schema';
import type { ChartDefinition } from '@/domain/export/chart-definition';
import { exportFileStem, statesPart } from '@/domain/export/name';
import { frameworkExportMeta, type ExportSpec } from '@/domain/export/spec';
import type { Framework, FrameworkGoal } from '@/domain/contract/framework-schema';
import {
  describeFactSet,
  FACT_CLASS_COLORS,
  FACT_CLASS_LABELS,
  factSetCredit,
  factSetRows,
  factSetTable,
  factTileValue,
  type FactSetRowView,
} from '@/domain/facts/fact-set';
import { publisherName } from '@/domain/format/publisher';
import { stateName } from '@/domain/format/jurisdictions';
import { TILE_LAYOUT } from '@/components/tile-map';

/**
 * A fact set on its goal's page: a map of its classes and its table, with whose reading it is and
 * as of when in the subtitle. Not an evaluation: the page's status map is drawn from the report
 * alone, and nothing here reaches it.
 */
export interface FactSetModel {
  set: FactSet;
  /** All 51 jurisdictions */
  rows: FactSetRowView[];
  /** The rows where this edition's report also gives a value */
  compared: FactSetRowView[];
}

export type FactSetChart = ChartDefinition<FactSetModel>;

export function factSetChart(input: {
  set: FactSet;
  framework: Framework;
  goal: FrameworkGoal;
  summary: EditionSummary;
  highlighted: readonly string[];
}): FactSetChart {
  const { set, framework, goal, summary, highlighted } = input;
  const byCode = new Map(summary.states.map((s) => [s.code, s]));
  // The report's value is compared only on report data: demo values describe no real law.
  const rows = factSetRows(set, (code) =>
    summary.synthetic ? null : byCode.get(code)?.facts?.statuteOfLimitations?.civil,
  );
  const compared = rows.filter((r) => r.comparison !== null);
  const title = set.title;
  const subtitle = `As reported by ${factSetCredit(set)} · a reference fact, not part of the ${summary.year} ${framework.editionNoun ?? 'report'}`;
  const source = [
    `Source: ${set.source.name} (${set.source.url}), ${set.source.version}`,
    set.caveat ?? '',
    compared.length > 0
      ? `Report values: ${publisherName(framework)}, ${summary.year}, as read by Statewise.`
      : '',
  ]
    .filter(Boolean)
    .join(' ');
  const notes = [
    '“No limit” is a value. “Unknown (unresolved)”: not found in a trustworthy source.',
    'A reference fact, not an evaluation: it never sets or changes a goal’s status.',
  ];
  const exportSpec: ExportSpec = {
    fileStem: exportFileStem({
      view: 'goal',
      subject: goal.id,
      year: summary.year,
      selection: [set.id, statesPart(highlighted)],
      synthetic: false,
    }),
    meta: {
      view: `Goal ${goal.id}`,
      title,
      subtitle,
      edition: summary.year,
      dataset: summary.dataset,
      synthetic: false,
      selection: [{ label: 'Goal', value: `${goal.id} ${goal.title}` }],
      source,
      asOf: set.asOf.date ? [set.asOf.date] : [],
      ...frameworkExportMeta(framework),
      notes,
    },
    table: () => factSetTable(rows),
    svg: async () => {
      const { tileMapSvg } = await import('@/domain/export/svg-tile-map');
      return tileMapSvg({
        title,
        subtitle,
        source,
        synthetic: false,
        layout: TILE_LAYOUT,
        legend: {
          title: 'Civil limitation',
          entries: [
            ...(Object.keys(FACT_CLASS_COLORS) as (keyof typeof FACT_CLASS_COLORS)[]).map((c) => ({
              label: FACT_CLASS_LABELS[c],
              fill: FACT_CLASS_COLORS[c].fill,
            })),
            { label: FACT_CLASS_LABELS.unknown, fill: null },
          ],
        },
        tiles: rows.map((row) => {
          const colors = row.cls === 'unknown' ? null : FACT_CLASS_COLORS[row.cls];
          return {
            code: row.code,
            fill: colors?.fill ?? null,
            textColor: colors?.text ?? '#111111',
            value: factTileValue(row.row?.value),
            highlighted: highlighted.includes(row.code),
          };
        }),
      });
    },
  };
  return {
    model: { set, rows, compared },
    title,
    subtitle,
    source,
    asOf: set.asOf.date ? [set.asOf.date] : [],
    summary:
      describeFactSet(set, rows) +
      (highlighted.length > 0 ? ` Marked: ${highlighted.map(stateName).join(', ')}.` : ''),
    synthetic: false,
    exportSpec,
  };
}
