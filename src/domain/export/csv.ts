import { formatScore } from '@/domain/format/numbers';
import type { ExportColumn, ExportMeta, ExportTable, ExportValue } from './spec';

/**
 * CSV of exactly the rows a view shows. RFC 4180: CRLF line ends, fields with a comma, a quote or a
 * line break are quoted and their quotes doubled. The first line is the header and every other line
 * a row, nothing else: Datawrapper, Excel, Google Sheets and pandas read anything before the header
 * as data. What the rows are (view, edition, dataset, filters, source, as-of date, link, citation)
 * is in the JSON's `meta` and the ZIP's README, and the file's name says the view and the dataset.
 * Synthetic demo data carries its mark in the rows themselves: a last column says so on every row,
 * so no row copied out of the file can pass for a real state's law.
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

/** The column that marks every row of synthetic demo data. */
export const SYNTHETIC_COLUMN = { label: 'Dataset', value: 'synthetic demo data' } as const;

/** The header row of the column labels, then exactly the rows given. */
export function toCsv(table: ExportTable, meta: Pick<ExportMeta, 'synthetic'>): string {
  const mark = meta.synthetic ? [SYNTHETIC_COLUMN] : [];
  const lines = [
    csvRow([...table.columns.map((c) => c.label), ...mark.map((m) => m.label)]),
    ...table.rows.map((row) =>
      [
        ...table.columns.map((c) => csvCell(row[c.key] ?? null, c)),
        ...mark.map((m) => csvField(m.value)),
      ].join(','),
    ),
  ];
  return CSV_BOM + lines.join(EOL) + EOL;
}
