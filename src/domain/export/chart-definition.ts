import type { ExportSpec } from './spec';

/**
 * Everything about one chart except drawing it, computed once from the loaded data and the view
 * state: the page, its embed and every export draw from the same definition, so none of them
 * restates a title, a source line or a summary. Each view extends it with its own model fields.
 */
export interface ChartDefinition<M> {
  /** What is drawn: rows, cells, series */
  model: M;
  title: string;
  /** One line: what is shown, for which edition and dataset */
  subtitle: string;
  /** The visible source line, built from the framework's publisher and the data's own sources */
  source: string;
  /** Distinct as-of dates of the laws shown, oldest first (may be empty) */
  asOf: readonly string[];
  /** A sentence or two saying what the chart shows, read before it */
  summary: string;
  synthetic: boolean;
  /** Rows, meta and SVG for the Download menu */
  exportSpec: ExportSpec;
}
