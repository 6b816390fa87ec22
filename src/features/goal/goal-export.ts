import { EXPORT_ON_DATA_TEXT, STATUS_SVG_LEGEND, statusFill } from '@/domain/export/palette';
import { STATUS_GLYPHS } from '@/domain/format/status-words';
import { TILE_LAYOUT } from '@/components/tile-map';
import {
  goalStatusTable,
  juvenileTable,
  limitationTable,
  protectionTable,
} from '@/domain/goal/export';
import { exportFileStem, statesPart } from '@/domain/export/name';
import { frameworkExportMeta, type ExportMeta, type ExportSpec } from '@/domain/export/spec';
import type { SvgTableColumn } from '@/domain/export/svg-table';
import type { FactKind } from '@/domain/contract/fact-kinds';
import type { Framework } from '@/domain/contract/framework-schema';
import { BASIS_LABELS, YES_NO_GLYPHS, YES_NO_WORDS } from '@/domain/facts/fact-values';
import { ageAxis, type JuvenileRow, type JuvenileSortKey } from '@/domain/facts/juvenile';
import { describeLimitationScope, type LimitationRow } from '@/domain/facts/limitations';
import {
  describeProtectionCount,
  PROTECTION_FIELDS,
  PROTECTION_LABELS,
  type ProtectionRow,
} from '@/domain/facts/protections';
import type { GoalStatusRow } from '@/domain/goal/status';
import { stateName } from '@/domain/format/jurisdictions';
import type { DatasetId } from '@/domain/contract/summary-schema';

/**
 * What the goal view's charts export: one goal's status by state (map), and the comparisons of
 * the goal's typed facts (age ranges; limitation periods and protections as tables).
 */
export interface GoalExportContext {
  goalId: string;
  goalTitle: string;
  /** The kinds of typed fact the goal holds (columns they add to the status table) */
  factKinds: readonly FactKind[];
  framework: Framework | undefined;
  year: number;
  dataset: DatasetId;
  synthetic: boolean;
  asOf: readonly string[];
  /** States chosen in the URL, outlined */
  highlighted: readonly string[];
  /** Only the chosen states are shown (and exported) */
  chosenOnly?: boolean;
}

function meta(
  ctx: GoalExportContext,
  title: string,
  subtitle: string,
  source: string,
  extra: Partial<ExportMeta> = {},
): ExportMeta {
  const selection = [{ label: 'Goal', value: `${ctx.goalId} ${ctx.goalTitle}` }];
  if (ctx.highlighted.length > 0) {
    selection.push({
      label: 'Highlighted states',
      value: ctx.highlighted.map(stateName).join(', '),
    });
  }
  if (ctx.chosenOnly) selection.push({ label: 'Shown', value: 'the chosen states only' });
  return {
    view: `Goal ${ctx.goalId}`,
    title,
    subtitle,
    edition: ctx.year,
    dataset: ctx.dataset,
    synthetic: ctx.synthetic,
    selection,
    source,
    asOf: ctx.asOf,
    ...frameworkExportMeta(ctx.framework),
    ...extra,
  };
}

function stem(ctx: GoalExportContext, chart: string, extra?: string): string {
  return exportFileStem({
    view: 'goal',
    subject: ctx.goalId,
    year: ctx.year,
    selection: [chart, extra, statesPart(ctx.highlighted)],
    synthetic: ctx.synthetic,
  });
}

export function goalStatusExport(
  ctx: GoalExportContext,
  rows: readonly GoalStatusRow[],
  title: string,
  subtitle: string,
  source: string,
): ExportSpec {
  return {
    fileStem: stem(ctx, 'status'),
    meta: meta(ctx, title, subtitle, source, {
      notes: [
        'Not evaluated: no evaluation of this goal in this dataset (unknown, not a failure).',
      ],
    }),
    table: () => goalStatusTable(rows, ctx.goalId, ctx.factKinds),
    svg: async () => {
      const { tileMapSvg } = await import('@/domain/export/svg-tile-map');
      return tileMapSvg({
        title,
        subtitle,
        source,
        synthetic: ctx.synthetic,
        layout: TILE_LAYOUT,
        legend: STATUS_SVG_LEGEND,
        tiles: rows.map((row) => ({
          code: row.code,
          fill: statusFill(row.status),
          textColor: EXPORT_ON_DATA_TEXT,
          value: STATUS_GLYPHS[row.status],
          highlighted: ctx.highlighted.includes(row.code),
        })),
      });
    },
  };
}

const SORT_WORDS: Record<JuvenileSortKey, string> = {
  'min-age': 'by minimum age (no statutory minimum first)',
  'max-age': 'by maximum age',
  name: 'by name',
};

export function juvenileExport(
  ctx: GoalExportContext,
  sorted: readonly JuvenileRow[],
  sort: JuvenileSortKey,
  title: string,
  subtitle: string,
  source: string,
): ExportSpec {
  return {
    fileStem: stem(ctx, 'ages'),
    meta: meta(ctx, title, subtitle, source, {
      selection: [
        ...meta(ctx, title, subtitle, source).selection,
        { label: 'Sort', value: SORT_WORDS[sort] },
      ],
      notes: [
        '“No statutory minimum” means the law sets no minimum age (a value, not zero and not unknown); empty cells are unknown.',
        'Where the state’s report and the reference data disagree, the report’s reading is in the main columns and the reference data beside it.',
      ],
    }),
    table: () => juvenileTable(sorted),
    svg: async () => {
      const { agesSvg, AGE_LEGEND } = await import('@/domain/export/svg-ages');
      const anyLow = sorted.some(
        (r) => r.facts?.minConfidence === 'low' || r.reference?.minConfidence === 'low',
      );
      return agesSvg({
        title,
        subtitle,
        source,
        synthetic: ctx.synthetic,
        axis: ageAxis(sorted),
        legend: AGE_LEGEND,
        ...(anyLow ? { notes: ['* Low confidence: the sources conflict.'] } : {}),
        rows: sorted.map((row) => {
          const differs =
            row.reference !== null &&
            (row.differences.includes('minAge') || row.differences.includes('maxAge'));
          return {
            name: row.name,
            range: row.facts ? { minAge: row.facts.minAge, maxAge: row.facts.maxAge } : null,
            ...(differs && row.reference
              ? { reference: { minAge: row.reference.minAge, maxAge: row.reference.maxAge } }
              : {}),
            low: row.facts?.minConfidence === 'low' || row.reference?.minConfidence === 'low',
            highlighted: ctx.highlighted.includes(row.code),
          };
        }),
      });
    },
  };
}

/** A comparison exported as a table, one row per state (the state's name first, bold if outlined). */
function stateTableExport<R extends { code: string; name: string }>(
  ctx: GoalExportContext,
  head: { chart: string; title: string; subtitle: string; source: string; notes: string[] },
  rows: readonly R[],
  table: ExportSpec['table'],
  columns: readonly SvgTableColumn[],
  cells: (row: R) => string[],
): ExportSpec {
  const { chart, title, subtitle, source, notes } = head;
  return {
    fileStem: stem(ctx, chart),
    meta: meta(ctx, title, subtitle, source, { notes }),
    table,
    svg: async () => {
      const { tableSvg } = await import('@/domain/export/svg-table');
      return tableSvg({
        title,
        subtitle,
        source,
        synthetic: ctx.synthetic,
        maxLines: 2,
        columns: [{ label: 'State', weight: 1.3 }, ...columns],
        sections: [
          {
            rows: rows.map((row) => [
              { text: row.name, bold: ctx.highlighted.includes(row.code) },
              ...cells(row),
            ]),
          },
        ],
      });
    },
  };
}

export function limitationExport(
  ctx: GoalExportContext,
  rows: readonly LimitationRow[],
  title: string,
  subtitle: string,
  source: string,
): ExportSpec {
  const notes = [
    '“No time limit” is a value; empty cells and “Unknown” mean the data does not say.',
  ];
  return stateTableExport(
    ctx,
    { chart: 'limitations', title, subtitle, source, notes },
    rows,
    () => limitationTable(rows),
    [
      { label: 'Criminal', weight: 2 },
      { label: 'Civil', weight: 2 },
      { label: 'Basis', weight: 0.9 },
    ],
    (row) => [
      describeLimitationScope(row.facts?.criminal),
      describeLimitationScope(row.facts?.civil),
      row.facts ? BASIS_LABELS[row.facts.basis] : 'No data',
    ],
  );
}

export function protectionExport(
  ctx: GoalExportContext,
  rows: readonly ProtectionRow[],
  title: string,
  subtitle: string,
  source: string,
): ExportSpec {
  const notes = ['Empty cells and “unknown” mean the data does not say (not “no”).'];
  return stateTableExport(
    ctx,
    { chart: 'protections', title, subtitle, source, notes },
    rows,
    () => protectionTable(rows),
    [
      ...PROTECTION_FIELDS.map((f) => ({ label: PROTECTION_LABELS[f], weight: 1 })),
      { label: 'In law', weight: 1.2 },
    ],
    (row) => [
      ...PROTECTION_FIELDS.map((f) =>
        row.facts ? `${YES_NO_GLYPHS[row.values[f]]} ${YES_NO_WORDS[row.values[f]]}` : '—',
      ),
      describeProtectionCount(row),
    ],
  );
}
