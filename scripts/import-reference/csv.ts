/**
 * A small RFC 4180 CSV reader: comma-separated fields, records ended by CRLF or LF, fields in double
 * quotes may hold commas, line breaks and doubled quotes (""). Strict on purpose: reference data that
 * does not parse cleanly is rejected rather than guessed at.
 */

/** A problem in an input file, with the file and line it was found on. */
export class InputError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | null,
    detail: string,
  ) {
    super(`${file}${line === null ? '' : `:${line}`}: ${detail}`);
    this.name = 'InputError';
  }
}

export interface CsvRecord {
  /** 1-based line on which the record starts (a quoted field may span lines). */
  line: number;
  fields: string[];
}

export function parseCsv(text: string, file = '<csv>'): CsvRecord[] {
  const src = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let i = 0;
  // True once the current field started with a quote and its closing quote has been read.
  let closedQuote = false;

  const endField = () => {
    fields.push(field);
    field = '';
    closedQuote = false;
  };
  const endRecord = () => {
    endField();
    records.push({ line: recordLine, fields });
    fields = [];
  };

  while (i < src.length) {
    const ch = src[i];
    if (ch === '"') {
      if (field !== '' || closedQuote) {
        throw new InputError(
          file,
          line,
          'a quote inside an unquoted field (quote the whole field)',
        );
      }
      const startLine = line;
      i += 1;
      for (;;) {
        if (i >= src.length) {
          throw new InputError(file, startLine, 'a quoted field is not closed');
        }
        const c = src[i];
        if (c === '"') {
          if (src[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i += 1;
          break;
        }
        if (c === '\n') line += 1;
        field += c;
        i += 1;
      }
      closedQuote = true;
      const next = src[i];
      if (next !== undefined && next !== ',' && next !== '\n' && next !== '\r') {
        throw new InputError(file, line, 'text after the closing quote of a field');
      }
      continue;
    }
    if (ch === ',') {
      endField();
      i += 1;
      continue;
    }
    if (ch === '\r' || ch === '\n') {
      endRecord();
      i += ch === '\r' && src[i + 1] === '\n' ? 2 : 1;
      line += 1;
      recordLine = line;
      continue;
    }
    if (closedQuote) throw new InputError(file, line, 'text after the closing quote of a field');
    field += ch;
    i += 1;
  }
  // A final record without a line break; a trailing line break does not start an empty record.
  if (field !== '' || fields.length > 0 || closedQuote) endRecord();
  return records;
}

export interface CsvRow {
  line: number;
  values: Record<string, string>;
}

/**
 * Parses a CSV file with a header row and checks that it has the columns the caller needs and
 * that every row has one field per column. Blank lines are skipped.
 */
export function parseCsvTable(text: string, file: string, columns: readonly string[]): CsvRow[] {
  const records = parseCsv(text, file).filter(
    (r) => !(r.fields.length === 1 && r.fields[0]?.trim() === ''),
  );
  const header = records[0];
  if (!header) throw new InputError(file, null, 'the file is empty (expected a header row)');
  const names = header.fields.map((f) => f.trim());
  const missing = columns.filter((c) => !names.includes(c));
  if (missing.length > 0) {
    throw new InputError(
      file,
      header.line,
      `missing column${missing.length > 1 ? 's' : ''} ${missing.map((m) => `"${m}"`).join(', ')}`,
    );
  }
  const duplicate = names.find((n, k) => names.indexOf(n) !== k);
  if (duplicate !== undefined)
    throw new InputError(file, header.line, `column "${duplicate}" appears twice`);

  return records.slice(1).map((record) => {
    if (record.fields.length !== names.length) {
      throw new InputError(
        file,
        record.line,
        `expected ${names.length} fields, found ${record.fields.length}`,
      );
    }
    const values: Record<string, string> = {};
    names.forEach((name, k) => {
      values[name] = record.fields[k] ?? '';
    });
    return { line: record.line, values };
  });
}

/** A column's value, trimmed; the column is known to exist after parseCsvTable. */
export function cell(row: CsvRow, column: string): string {
  return (row.values[column] ?? '').trim();
}
