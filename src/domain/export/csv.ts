import { formatScore } from '@/domain/format/numbers';
import {
  asOfWords,
  datasetWords,
  sourceWords,
  type ExportColumn,
  type ExportContext,
  type ExportMeta,
  type ExportTable,
  type ExportValue,
} from './spec';

/**
 * CSV of exactly the rows a view shows. RFC 4180: CRLF line ends, fields with a comma, a quote or a
 * line break are quoted and their quotes doubled. Before the header row come comment lines
 * (`# …`) naming the view, edition, dataset (with the synthetic mark), filters, source, as-of
 * date and link, so a file that travels alone still says what it is; most tools skip them
 * (pandas `comment="#"`, R `comment.char = "#"`).
 *
 * The file starts with a UTF-8 byte order mark. Excel, where many readers open a CSV, decodes a
 * file without one in the system's legacy code page and garbles ’, – and ✓; pandas, R and
 * spreadsheet imports read the mark as UTF-8 and drop it.
 *
 * Spreadsheets run a cell that starts with = + - @ (or a tab or carriage return) as a formula:
 * such text cells are prefixed with an apostrophe, so text from data stays text. Numbers are
 * written as numbers.
 */
export const CSV_BOM = '\uFEFF';
const EOL = '\r\n';
const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell made safe against formula injection. */
export function neutralizeFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export function csvField(value: ExportValue): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  const text = neutralizeFormula(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A cell of a column: a score in the one score format ("80.0", never "80"), else csvField. */
export function csvCell(value: ExportValue, column: ExportColumn): string {
  return column.format === 'score' && typeof value === 'number' && Number.isFinite(value)
    ? formatScore(value)
    : csvField(value);
}

export function csvRow(values: readonly ExportValue[]): string {
  return values.map(csvField).join(',');
}

/** The lines that say what a file holds, shared by the CSV header, the JSON meta and the README. */
export function describeExport(meta: ExportMeta, ctx: ExportContext): [string, string][] {
  const lines: [string, string][] = [
    ['Title', meta.title],
    ['Subtitle', meta.subtitle],
    ['View', meta.view],
    ['Edition', meta.edition === null ? 'all editions shown' : String(meta.edition)],
    ['Dataset', datasetWords(meta.dataset, meta.synthetic)],
  ];
  for (const item of meta.selection) lines.push([item.label, item.value]);
  lines.push(['Source', sourceWords(meta.source)]);
  const asOf = asOfWords(meta.asOf);
  lines.push(['Laws as of', asOf || 'not stated (no evaluated law shown)']);
  for (const note of meta.notes ?? []) lines.push(['Note', note]);
  lines.push(['Link', ctx.url]);
  lines.push(['Retrieved', ctx.retrieved]);
  return lines;
}

/** A comment line: one line, and never the start of a formula in a cell after a comma. */
function commentLine(label: string, value: string): string {
  const text = `${label}: ${value}`.replace(/[\r\n]+/g, ' ');
  // Spreadsheets that do not skip comments split the line at commas: keep each piece inert.
  const safe = text.replace(/,(\s*)(?=[=+\-@])/g, ",$1'");
  return `# ${safe}`;
}

export function toCsv(table: ExportTable, meta: ExportMeta, ctx: ExportContext): string {
  const lines = [
    `# Statewise export`,
    ...describeExport(meta, ctx).map(([label, value]) => commentLine(label, value)),
    csvRow(table.columns.map((c) => c.label)),
    ...table.rows.map((row) => table.columns.map((c) => csvCell(row[c.key] ?? null, c)).join(',')),
  ];
  return CSV_BOM + lines.join(EOL) + EOL;
}
