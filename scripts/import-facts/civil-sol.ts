import {
  factConfidenceSchema,
  factSetSchema,
  LIMITATION_VALUE_KINDS,
  type FactSet,
  type FactSetRow,
  type LimitationValue,
  type LimitationValueKind,
} from '@/domain/contract/fact-set-schema';
import { SCHEMA_VERSION } from '@/domain/contract/shared-schema';
import { isStateCode } from '@/domain/format/jurisdictions';
import { zodViolations } from '@/domain/contract/validate-evaluation';
import { safeParseData } from '@/domain/contract/schema-messages';
import { cell, InputError, parseCsvTable, type CsvRow } from '../import-reference/csv';

/**
 * Reads data/reference/civil-sol-trafficking.csv (the civil limitation period for claims of child
 * sex trafficking, one row per jurisdiction) into the fact set data/facts/civil-sol-trafficking.json.
 * Every problem is collected with its line; one problem means no fact set.
 */

export const CIVIL_SOL_CSV = 'civil-sol-trafficking.csv';
export const CIVIL_SOL_ID = 'civil-sol-trafficking';

const COLUMNS = [
  'state',
  'kind',
  'age_or_years',
  'discovery_rule',
  'citation',
  'source_url',
  'source_version_note',
  'source_date',
  'confidence',
  'note',
] as const;

/**
 * What the set is and whose reading it is. Written here, beside the CSV's reader, from the
 * reference folder's README: the views take these words from the fact set file.
 */
const CIVIL_SOL_META: Omit<FactSet, 'schemaVersion' | 'rows'> = {
  id: CIVIL_SOL_ID,
  title: 'Civil statute of limitations for child sex trafficking claims',
  measures:
    'How long a survivor of child sex trafficking has to bring a civil claim: no limit, until an age, or a number of years after the act or majority.',
  informs: { factKind: 'statuteOfLimitations' },
  source: {
    name: 'CHILD USA state pages',
    url: 'https://childusa.org/law/',
    version:
      'CHILD USA’s state pages (“civil SOL snapshot”), undated; where several stored versions of a page were read, each row names the one used. Five rows (KY, MA, MI, NE, TN) are read from the statute itself and carry their own date.',
  },
  asOf: { period: 'about 2024 (latest legislation cited 2023)' },
  caveat:
    'As reported by CHILD USA; not verified as current law. Not part of any evaluation in the framework: it says nothing about a goal’s status.',
};

export interface CivilSolResult {
  set: FactSet | null;
  /** "civil-sol-trafficking.csv:12: kind "forever" is not one of none, until_age, …" */
  problems: string[];
}

/** An optional text column: absent from the row when empty. */
function field<K extends string>(key: K, row: CsvRow, column: string): Partial<Record<K, string>> {
  const value = cell(row, column);
  return value === '' ? {} : ({ [key]: value } as Record<K, string>);
}

function parseValue(row: CsvRow, problem: (message: string) => void): LimitationValue | undefined {
  const kind = cell(row, 'kind') as LimitationValueKind;
  const number = cell(row, 'age_or_years');
  if (!(LIMITATION_VALUE_KINDS as readonly string[]).includes(kind)) {
    problem(
      (kind as string) === ''
        ? `kind is empty (one of ${LIMITATION_VALUE_KINDS.join(', ')})`
        : `kind "${kind}" is not one of ${LIMITATION_VALUE_KINDS.join(', ')}`,
    );
    return undefined;
  }
  if (kind === 'none' || kind === 'unresolved') {
    if (number !== '') {
      problem(`age_or_years is "${number}", but a row of kind ${kind} has no age or years`);
      return undefined;
    }
    return { kind };
  }
  const what = kind === 'until_age' ? 'an age' : 'a number of years';
  if (number === '') {
    problem(`age_or_years is empty: a row of kind ${kind} needs ${what}`);
    return undefined;
  }
  const n = Number(number);
  const valid = kind === 'until_age' ? Number.isInteger(n) && n >= 1 && n <= 120 : n > 0;
  if (!/^\d+(\.\d+)?$/.test(number) || !valid) {
    problem(`age_or_years "${number}" is not ${what}`);
    return undefined;
  }
  return kind === 'until_age' ? { kind, age: n } : { kind, years: n };
}

/** Parses the CSV text; `file` names it in messages. */
export function parseCivilSol(text: string, file = CIVIL_SOL_CSV): CivilSolResult {
  let table: CsvRow[];
  try {
    table = parseCsvTable(text, file, COLUMNS);
  } catch (error) {
    if (error instanceof InputError) return { set: null, problems: [error.message] };
    throw error;
  }
  const problems: string[] = [];
  const rows: FactSetRow[] = [];
  const lineOf = new Map<string, number>();
  for (const row of table) {
    const problem = (message: string) => problems.push(`${file}:${row.line}: ${message}`);
    const before = problems.length;
    const state = cell(row, 'state').toUpperCase();
    if (state === '') problem('state is empty (a USPS code, e.g. CT)');
    else if (!isStateCode(state)) problem(`unknown state code "${cell(row, 'state')}"`);
    else if (lineOf.has(state))
      problem(`${state} appears again (first on line ${lineOf.get(state)})`);
    else lineOf.set(state, row.line);

    const value = parseValue(row, problem);
    const confidenceText = cell(row, 'confidence').toLowerCase();
    const confidence = factConfidenceSchema.safeParse(confidenceText);
    if (!confidence.success) {
      problem(
        confidenceText === ''
          ? 'confidence is empty (high, medium or low)'
          : `confidence "${cell(row, 'confidence')}" is not high, medium or low`,
      );
    }
    const sourceUrl = cell(row, 'source_url');
    if (!/^https?:\/\/\S+$/.test(sourceUrl)) {
      problem(
        sourceUrl === '' ? 'source_url is empty' : `source_url "${sourceUrl}" is not a web address`,
      );
    }
    if (problems.length > before || value === undefined || !confidence.success) continue;
    rows.push({
      state,
      value,
      ...field('discoveryRule', row, 'discovery_rule'),
      confidence: confidence.data,
      ...field('citation', row, 'citation'),
      sourceUrl,
      ...field('sourceVersion', row, 'source_version_note'),
      ...field('sourceDate', row, 'source_date'),
      ...field('note', row, 'note'),
    });
  }
  if (table.length === 0) problems.push(`${file}: no rows after the header`);
  if (problems.length > 0) return { set: null, problems };

  const set = { schemaVersion: SCHEMA_VERSION, ...CIVIL_SOL_META, rows };
  // The same schema the data build reads: what is written is what will be accepted.
  const parsed = safeParseData(factSetSchema, set);
  if (!parsed.success) {
    return {
      set: null,
      problems: zodViolations(parsed.error).map((v) => `${file}: ${v.path}: ${v.message}`),
    };
  }
  return { set: parsed.data, problems: [] };
}
