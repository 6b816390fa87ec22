import { publishedGradeSchema, webUrlSchema } from '@/domain/contract/evaluation-file-schema';
import {
  confidenceSchema,
  type Confidence,
  type JuvenileJurisdiction,
  type PublishedGrade,
  type Source,
} from '@/domain/contract/evaluation-schema';
import { isStateCode, STATE_CODES } from '@/domain/format/jurisdictions';
import { isInferredNote, sourceFromCitation } from '@/domain/contract/derive-grade-history';
import { cell, InputError, parseCsvTable, type CsvRow } from './csv';

/** Reads the reference CSVs in data/reference/ (see its README) into typed facts. */

export const JUVENILE_SOURCES_FILE = 'juvenile-jurisdiction-sources.csv';
export const JUVENILE_FILE = 'juvenile-jurisdiction-2022.csv';
export const GRADES_FILE = 'published-grades.csv';
/** The juvenile table describes the law at the end of 2022, so it belongs to the 2022 edition. */
export const JUVENILE_YEAR = 2022;

const SOURCE_COLUMNS = ['key', 'source', 'url', 'as_of'] as const;
const JUVENILE_COLUMNS = [
  'state',
  'code',
  'min_age',
  'min_age_exceptions',
  'min_conf',
  'upper_age',
  'upper_age_note',
  'upper_conf',
  'statutory_exclusion',
  'direct_file',
  'judicial_waiver',
  'transfer_conf',
  'notes',
  'sources',
] as const;
const GRADE_COLUMNS = [
  'year',
  'code',
  'grade',
  'score',
  'max_score',
  'rank',
  'confidence',
  'note',
  'sources',
] as const;

function fail(file: string, row: CsvRow, column: string, detail: string): never {
  throw new InputError(file, row.line, `${column}: ${detail}`);
}

function optionalText(value: string): string | undefined {
  return value === '' ? undefined : value;
}

function stateCode(file: string, row: CsvRow): string {
  const code = cell(row, 'code');
  if (!isStateCode(code)) fail(file, row, 'code', `unknown state code "${code}"`);
  return code;
}

function confidence(file: string, row: CsvRow, column: string): Confidence | undefined {
  const value = cell(row, column);
  if (value === '') return undefined;
  const parsed = confidenceSchema.safeParse(value);
  if (!parsed.success) fail(file, row, column, `"${value}" is not high, medium or low`);
  return parsed.data;
}

function integer(file: string, row: CsvRow, column: string, value: string): number {
  if (!/^\d+$/.test(value)) fail(file, row, column, `"${value}" is not a whole number`);
  return Number(value);
}

/** yes / no / unclear; `unclear` and an empty cell are unknown (null), never a guess. */
function yesNo(file: string, row: CsvRow, column: string): boolean | null {
  const value = cell(row, column).toLowerCase();
  if (value === 'yes') return true;
  if (value === 'no') return false;
  if (value === 'unclear' || value === '') return null;
  return fail(file, row, column, `"${value}" is not yes, no or unclear`);
}

function webUrl(file: string, row: CsvRow, column: string, value: string): string {
  if (!webUrlSchema.safeParse(value).success) {
    fail(file, row, column, `"${value}" is not an http(s) URL`);
  }
  return value;
}

export function parseJuvenileSources(
  text: string,
  file = JUVENILE_SOURCES_FILE,
): Map<string, Source> {
  const sources = new Map<string, Source>();
  for (const row of parseCsvTable(text, file, SOURCE_COLUMNS)) {
    const key = cell(row, 'key');
    if (key === '') fail(file, row, 'key', 'empty key');
    if (sources.has(key)) fail(file, row, 'key', `key "${key}" appears twice`);
    const title = cell(row, 'source');
    if (title === '') fail(file, row, 'source', 'empty title');
    const url = cell(row, 'url');
    const asOf = optionalText(cell(row, 'as_of'));
    sources.set(key, {
      key,
      title,
      ...(url === '' ? {} : { url: webUrl(file, row, 'url', url) }),
      ...(asOf === undefined ? {} : { asOf }),
    });
  }
  return sources;
}

/** Juvenile court jurisdiction for every jurisdiction, keyed by USPS code. */
export function parseJuvenileJurisdiction(
  text: string,
  sources: ReadonlyMap<string, Source>,
  file = JUVENILE_FILE,
): Map<string, JuvenileJurisdiction> {
  const facts = new Map<string, JuvenileJurisdiction>();
  for (const row of parseCsvTable(text, file, JUVENILE_COLUMNS)) {
    const code = stateCode(file, row);
    if (facts.has(code)) fail(file, row, 'code', `${code} appears twice`);

    const minText = cell(row, 'min_age').toLowerCase();
    // `none` means the law sets no minimum: that is the value null, not zero.
    if (minText === '') fail(file, row, 'min_age', 'empty (write "none" for no statutory minimum)');
    const minAge = minText === 'none' ? null : integer(file, row, 'min_age', minText);
    const maxText = cell(row, 'upper_age');
    const maxAge = maxText === '' ? null : integer(file, row, 'upper_age', maxText);

    const keys = cell(row, 'sources')
      .split(';')
      .map((k) => k.trim())
      .filter((k) => k !== '');
    if (keys.length === 0) fail(file, row, 'sources', 'no source named');
    const rowSources = keys.map((key) => {
      const source = sources.get(key);
      if (!source)
        fail(file, row, 'sources', `unknown source key "${key}" (not in ${JUVENILE_SOURCES_FILE})`);
      return source;
    });
    const duplicateKey = keys.find((k, i) => keys.indexOf(k) !== i);
    if (duplicateKey !== undefined)
      fail(file, row, 'sources', `source key "${duplicateKey}" appears twice`);

    const conf = {
      minAge: confidence(file, row, 'min_conf'),
      maxAge: confidence(file, row, 'upper_conf'),
      transfer: confidence(file, row, 'transfer_conf'),
    };
    const confEntries = Object.entries(conf).filter(([, v]) => v !== undefined);
    const minAgeExceptions = optionalText(cell(row, 'min_age_exceptions'));
    const maxAgeNote = optionalText(cell(row, 'upper_age_note'));
    const notes = optionalText(cell(row, 'notes'));

    facts.set(code, {
      minAge,
      ...(minAgeExceptions === undefined ? {} : { minAgeExceptions }),
      maxAge,
      ...(maxAgeNote === undefined ? {} : { maxAgeNote }),
      automaticTransfer: yesNo(file, row, 'statutory_exclusion'),
      directFile: yesNo(file, row, 'direct_file'),
      discretionaryTransfer: yesNo(file, row, 'judicial_waiver'),
      // The reference table does not say whether trauma must be considered.
      traumaConsidered: null,
      basis: 'reference',
      ...(confEntries.length === 0 ? {} : { confidence: Object.fromEntries(confEntries) }),
      ...(notes === undefined ? {} : { notes }),
      sources: rowSources,
    });
  }
  // The table promises one row per jurisdiction; a missing row means a broken file, not an unknown.
  const missing = STATE_CODES.filter((code) => !facts.has(code));
  if (missing.length > 0) throw new InputError(file, null, `no row for ${missing.join(', ')}`);
  return facts;
}

export type GradesByEdition = Map<number, Map<string, PublishedGrade>>;

/** Published overall grades, by edition and USPS code. */
export function parsePublishedGrades(
  text: string,
  editions: readonly number[],
  file = GRADES_FILE,
): GradesByEdition {
  const grades: GradesByEdition = new Map(editions.map((e) => [e, new Map()]));
  for (const row of parseCsvTable(text, file, GRADE_COLUMNS)) {
    const year = integer(file, row, 'year', cell(row, 'year'));
    const edition = grades.get(year);
    if (!edition) fail(file, row, 'year', `${year} is not an edition (${editions.join(', ')})`);
    const code = stateCode(file, row);
    if (edition.has(code)) fail(file, row, 'code', `${code} has two ${year} grades`);

    const grade = cell(row, 'grade').toUpperCase();
    const scoreText = cell(row, 'score');
    const maxText = cell(row, 'max_score');
    const rankText = cell(row, 'rank');
    const number = (column: string, value: string) => {
      const n = Number(value);
      if (!/^\d+(\.\d+)?$/.test(value) || !Number.isFinite(n)) {
        fail(file, row, column, `"${value}" is not a number`);
      }
      return n;
    };
    const conf = confidence(file, row, 'confidence');
    if (conf === undefined) fail(file, row, 'confidence', 'empty (high, medium or low)');
    const note = optionalText(cell(row, 'note'));
    const citations = cell(row, 'sources')
      .split(/\s*;\s+/)
      .map((c) => c.trim())
      .filter((c) => c !== '');
    if (citations.length === 0) fail(file, row, 'sources', 'no source named');
    const sources = citations.map((c) => {
      const source = sourceFromCitation(c);
      if (!source)
        fail(
          file,
          row,
          'sources',
          `"${c}" is not an http(s) URL (with an optional remark in parentheses)`,
        );
      return source;
    });

    const value = {
      grade,
      ...(scoreText === '' ? {} : { score: number('score', scoreText) }),
      ...(maxText === '' ? {} : { maxScore: number('max_score', maxText) }),
      ...(rankText === '' ? {} : { rank: integer(file, row, 'rank', rankText) }),
      confidence: conf,
      ...(note !== undefined && isInferredNote(note) ? { inferred: true } : {}),
      ...(note === undefined ? {} : { note }),
      sources,
    };
    const parsed = publishedGradeSchema.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      fail(file, row, String(issue?.path[0] ?? 'grade'), issue?.message ?? 'invalid grade');
    }
    edition.set(code, value as PublishedGrade);
  }
  return grades;
}
