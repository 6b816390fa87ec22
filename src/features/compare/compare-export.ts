import { EXPORT_ON_DATA_TEXT, STATUS_SVG_LEGEND, statusFill } from '@/domain/export/palette';
import { STATUS_GLYPHS } from '@/domain/format/status-words';
import type { CompareArea } from '@/domain/compare/rows';
import type { ProfileArea } from '@/domain/compare/profile';
import { compareGoalsTable, profileTable } from '@/domain/compare/export';
import { exportFileStem, statesPart } from '@/domain/export/name';
import { frameworkExportMeta, type ExportMeta, type ExportSpec } from '@/domain/export/spec';
import type { Framework } from '@/domain/contract/framework-schema';
import { STATUS_WORDS } from '@/domain/format/status-words';
import { jurisdictionByCode } from '@/domain/format/jurisdictions';
import type { DatasetId } from '@/domain/contract/summary-schema';
import { stateColor } from '@/domain/compare/state-colors';

/** What the comparison exports: the issue-area profile and the goal-by-goal table. */
export interface CompareExportInput {
  codes: readonly string[];
  framework: Framework;
  year: number;
  dataset: DatasetId;
  synthetic: boolean;
  source: string;
  asOf: readonly string[];
  diff: boolean;
}

function nameOf(code: string): string {
  return jurisdictionByCode(code)?.name ?? code;
}

function meta(input: CompareExportInput, title: string, subtitle: string): ExportMeta {
  return {
    view: 'Compare',
    title,
    subtitle,
    edition: input.year,
    dataset: input.dataset,
    synthetic: input.synthetic,
    selection: [
      { label: 'States', value: input.codes.map(nameOf).join(', ') },
      { label: 'Goals', value: input.diff ? 'only those where the states differ' : 'all' },
    ],
    source: input.source,
    asOf: input.asOf,
    ...frameworkExportMeta(input.framework),
  };
}

export function profileExport(
  input: CompareExportInput,
  profile: readonly ProfileArea[],
  title: string,
  subtitle: string,
): ExportSpec {
  const { codes } = input;
  return {
    fileStem: exportFileStem({
      view: 'compare',
      year: input.year,
      selection: [statesPart(codes), 'profile'],
      synthetic: input.synthetic,
    }),
    meta: {
      ...meta(input, title, subtitle),
      selection: [{ label: 'States', value: codes.map(nameOf).join(', ') }],
      notes: [
        'Scores are the coverage score within each issue area (0–100, equal weights, over the goals evaluated); empty when no goal of the area is evaluated (unknown, not zero).',
      ],
    },
    table: () => profileTable(profile, codes),
    svg: async () => {
      const { barsSvg } = await import('@/domain/export/svg-bars');
      return barsSvg({
        title,
        subtitle,
        source: input.source,
        synthetic: input.synthetic,
        max: 100,
        ticks: [0, 25, 50, 75, 100],
        legend: {
          title: 'States',
          entries: codes.map((c, i) => ({ fill: stateColor(i), label: `${nameOf(c)} (${c})` })),
        },
        notes: [
          'No bar: no goal of that issue area is evaluated for the state (unknown, not zero).',
        ],
        groups: profile.map((area) => ({
          heading: `${area.id}. ${area.title}`,
          rows: codes.map((code, i) => {
            const v = area.values[i];
            const score = v?.score ?? null;
            return {
              label: nameOf(code),
              segments: score === null ? [] : [{ value: score, fill: stateColor(i) }],
              value: score === null ? 'no score' : score.toFixed(1),
              note: `${v?.evaluated ?? 0}/${v?.total ?? 0} goals`,
            };
          }),
        })),
      });
    },
  };
}

export function goalsExport(
  input: CompareExportInput,
  areas: readonly CompareArea[],
  title: string,
  subtitle: string,
): ExportSpec {
  const { codes } = input;
  return {
    fileStem: exportFileStem({
      view: 'compare',
      year: input.year,
      selection: [statesPart(codes), input.diff ? 'differences' : null],
      synthetic: input.synthetic,
    }),
    meta: {
      ...meta(input, title, subtitle),
      notes: ['Not evaluated: no evaluation of the goal in this dataset (unknown, not a failure).'],
    },
    table: () => compareGoalsTable(areas, codes),
    svg: async () => {
      const { tableSvg } = await import('@/domain/export/svg-table');
      return tableSvg({
        title,
        subtitle,
        source: input.source,
        synthetic: input.synthetic,
        width: Math.max(640, Math.min(980, 360 + codes.length * 110)),
        maxLines: 2,
        legend: STATUS_SVG_LEGEND,
        columns: [
          { label: 'Policy goal', weight: 3 },
          ...codes.map((c) => ({ label: nameOf(c), weight: 1 })),
        ],
        sections: areas
          .filter((a) => a.rows.length > 0)
          .map((area) => ({
            heading: `${area.id}. ${area.title}`,
            rows: area.rows.map((row) => [
              `${row.goalId} ${row.title}`,
              ...row.statuses.map((status) => ({
                text: `${STATUS_GLYPHS[status]} ${STATUS_WORDS[status]}`,
                fill: statusFill(status),
                color: EXPORT_ON_DATA_TEXT,
              })),
            ]),
          })),
      });
    },
  };
}
