/**
 * File names of exports, after the view and what it shows: `heatmap-2022-CT-MA-NY.csv`,
 * `overview-2022-score.png`, `goal-2.9-2022-ages.svg`, `compare-2022-CT-MA-NY.zip`, with `-demo`
 * for the synthetic dataset (a file that travels alone still says what it is). Names keep to
 * letters, digits, dots and hyphens, so they are safe on every file system and in a URL.
 */
export interface ExportNameParts {
  /** The view: overview, heatmap, scores, compare, goal, state */
  view: string;
  /** What comes before the edition: a goal id (goal-2.9-2022…), a state code */
  subject?: string;
  /** The edition; null when the export spans editions */
  year: number | null;
  /** What the view shows, in order: states, measure, a chart's name… */
  selection?: readonly (string | null | undefined | false)[];
  synthetic: boolean;
}

/** More states than this are named by their count ("12-states"), to keep names short. */
export const MAX_NAMED_STATES = 6;
const MAX_STEM_LENGTH = 120;

/** One part of a name: anything but letters, digits and dots becomes a hyphen. */
export function namePart(text: string): string {
  return (
    text
      .normalize('NFKD')
      // Accents fall away (É → E) rather than becoming hyphens.
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^A-Za-z0-9.]+/g, '-')
      .replace(/^[-.]+|[-.]+$/g, '')
      .replace(/-{2,}/g, '-')
  );
}

/** "CT-MA-NY" for a few states, "12-states" for many, "" for all (no filter). */
export function statesPart(codes: readonly string[]): string {
  if (codes.length === 0) return '';
  if (codes.length > MAX_NAMED_STATES) return `${codes.length}-states`;
  return codes.map((c) => namePart(c.toUpperCase())).join('-');
}

/** The file name without its extension. */
export function exportFileStem(parts: ExportNameParts): string {
  const pieces = [
    parts.view,
    parts.subject,
    parts.year === null ? null : String(parts.year),
    ...(parts.selection ?? []),
  ]
    .filter((p): p is string => typeof p === 'string' && p.length > 0)
    .map(namePart)
    .filter(Boolean);
  let stem = pieces.join('-') || 'statewise';
  if (stem.length > MAX_STEM_LENGTH) stem = stem.slice(0, MAX_STEM_LENGTH).replace(/[-.]+$/, '');
  return parts.synthetic ? `${stem}-demo` : stem;
}

export type ExportFormat = 'png' | 'svg' | 'csv' | 'json' | 'zip' | 'md';

export function exportFileName(stem: string, format: ExportFormat): string {
  return `${stem}.${format}`;
}
