import type { Framework } from '@/domain/contract/framework-schema';
import type { DatasetId } from '@/domain/contract/summary-schema';
import type { PublisherWords } from '@/domain/format/publisher';

/**
 * What a chart hands to its export menu: the rows it shows, who and what they are (meta), and
 * a standalone SVG of the chart. The menu (src/components/export-menu.tsx) turns these into PNG,
 * SVG, CSV, JSON and ZIP downloads. Rows and the SVG are built on demand, when a user asks for a
 * file, so drawing a chart costs nothing extra.
 */

/** One cell: numbers stay numbers (JSON keeps them typed), null is unknown, never zero. */
export type ExportValue = string | number | boolean | null;

export interface ExportColumn {
  /** Key of the value in each row (and the JSON property) */
  key: string;
  /** Column heading in the CSV, as the table alternative names it */
  label: string;
  /** A score column: the CSV writes it as every view does ("80.0"); JSON keeps the number */
  format?: 'score';
}

export type ExportRow = Readonly<Record<string, ExportValue>>;

export interface ExportTable {
  columns: readonly ExportColumn[];
  rows: readonly ExportRow[];
}

export interface ExportSelectionItem {
  /** "States", "Issue areas", "Sort" … */
  label: string;
  /** In words: "Connecticut, Massachusetts, New York", "all" */
  value: string;
}

export interface ExportMeta {
  /** The view the chart belongs to: "Heatmap", "Goal 2.9" … */
  view: string;
  title: string;
  subtitle: string;
  /** Edition (report-card year); null when a chart spans editions (published grades) */
  edition: number | null;
  dataset: DatasetId;
  synthetic: boolean;
  /** Filters and choices in force, in words */
  selection: readonly ExportSelectionItem[];
  /** The chart's source line, as shown under it */
  source: string;
  /** Distinct as-of dates of the laws shown, oldest first (may be empty) */
  asOf: readonly string[];
  /** How the coverage score is computed (from the framework), for the README */
  method?: string;
  /** Whose framework the data is read against, for the suggested citation */
  framework?: ExportFramework;
  /** What a reader must know to read the rows: what empty cells and "no data" mean */
  notes?: readonly string[];
}

/** The publisher's words of the framework the data is read against (for the citation). */
export interface ExportFramework extends PublisherWords {
  url?: string;
}

/** Known at the moment of the download, not when the chart is drawn. */
export interface ExportContext {
  /** The link to the view as shown (the page's URL) */
  url: string;
  /** The date the file was made, YYYY-MM-DD */
  retrieved: string;
  /** The view's pinned share link, for the citation (the page's URL where none is known) */
  shareLink?: string | undefined;
}

export interface SvgDocument {
  /** A standalone SVG document (XML declaration, namespace, explicit colours) */
  markup: string;
  width: number;
  height: number;
}

export interface ExportSpec {
  /** File name without extension: see exportFileStem (export/name.ts) */
  fileStem: string;
  meta: ExportMeta;
  /** The rows the view shows, after its filters and sort */
  table: () => ExportTable;
  /** The chart as SVG; the builders are loaded on first use */
  svg: () => Promise<SvgDocument>;
}

/** Follows the words "Synthetic demo data" wherever the mark is written out. */
export const SYNTHETIC_NOTE =
  'generated for development and demonstration; it does not describe any state’s real law.';

/** The source line without its "Source:" label (files label it themselves). */
export function sourceWords(source: string): string {
  return source.replace(/^Sources?:\s*/, '');
}

export function datasetWords(dataset: DatasetId, synthetic: boolean): string {
  return synthetic
    ? `${dataset} — SYNTHETIC DEMO DATA: ${SYNTHETIC_NOTE}`
    : `${dataset} (report data)`;
}

/** "2022-08-01", "2022-08-01 to 2022-09-30", or "" */
export function asOfWords(asOf: readonly string[]): string {
  if (asOf.length === 0) return '';
  const sorted = [...asOf].sort();
  return sorted.length === 1 ? sorted[0]! : `${sorted[0]} to ${sorted[sorted.length - 1]}`;
}

/** The framework's name and the method of the coverage score, in words, for an export's meta. */
export function frameworkExportMeta(
  framework: Framework | undefined,
): Pick<ExportMeta, 'method' | 'framework'> {
  if (!framework) return {};
  const frameworkMeta: ExportFramework = {
    publisher: framework.publisher,
    name: framework.name,
    ...(framework.publisherShortName ? { publisherShortName: framework.publisherShortName } : {}),
    ...(framework.reportTitle ? { reportTitle: framework.reportTitle } : {}),
    ...(framework.editionNoun ? { editionNoun: framework.editionNoun } : {}),
    ...(framework.url ? { url: framework.url } : {}),
  };
  // A framework without goals has no coverage score to explain.
  if (!framework.scoring) return { framework: frameworkMeta };
  const { credit, weightsNote, description } = framework.scoring;
  const method =
    `${description} Credit per goal: meets ${credit.meets}, partly meets ${credit.partial}, ` +
    `does not meet ${credit['does-not-meet']}; goals not evaluated are left out. ` +
    `Weights: ${weightsNote}`;
  return { method, framework: frameworkMeta };
}

/**
 * The link written into the files: the page's URL, with the edition added when the URL leaves it
 * to the default, so the link keeps showing what the file holds after the default changes.
 */
export function exportLink(href: string, edition: number | null): string {
  const url = new URL(href);
  if (edition === null || url.searchParams.has('year')) return href;
  const search = url.search ? `${url.search}&year=${edition}` : `?year=${edition}`;
  return `${url.origin}${url.pathname}${search}${url.hash}`;
}
