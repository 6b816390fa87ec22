import { JURISDICTIONS } from '@/domain/format/jurisdictions';
import { formatIsoDate } from '@/domain/format/dates';
import type { Manifest } from '@/domain/contract/summary-schema';

/** What data exists, per dataset and edition, from the manifest: the About page's table. */
export interface EditionRow {
  year: number;
  files: string;
  evaluated: string;
  publishedGrades: string;
  asOf: AsOfDates;
}

export interface DatasetRows {
  id: Manifest['datasets'][number]['id'];
  label: string;
  synthetic: boolean;
  rows: EditionRow[];
}

const TOTAL = JURISDICTIONS.length;

/** The as-of dates of an edition: none, all of them when few, else the range. */
export type AsOfDates =
  | { kind: 'none' }
  | { kind: 'list'; dates: { iso: string; text: string }[] }
  | {
      kind: 'range';
      first: { iso: string; text: string };
      last: { iso: string; text: string };
      count: number;
    };

const day = (iso: string) => ({ iso, text: formatIsoDate(iso) });

export function describeAsOf(dates: readonly string[]): AsOfDates {
  if (dates.length === 0) return { kind: 'none' };
  const sorted = [...new Set(dates)].sort();
  if (sorted.length > 3) {
    return {
      kind: 'range',
      first: day(sorted[0]!),
      last: day(sorted[sorted.length - 1]!),
      count: sorted.length,
    };
  }
  return { kind: 'list', dates: sorted.map(day) };
}

export function datasetRows(manifest: Manifest): DatasetRows[] {
  return manifest.datasets.map((d) => ({
    id: d.id,
    label: d.label,
    synthetic: d.synthetic,
    rows: [...d.editions]
      .sort((a, b) => a.year - b.year)
      .map((e) => ({
        year: e.year,
        files: `${e.states.length} of ${TOTAL}`,
        evaluated: `${e.evaluatedStates} of ${TOTAL}`,
        publishedGrades: `${e.publishedGrades} of ${TOTAL}`,
        asOf: describeAsOf(e.asOf),
      })),
  }));
}
