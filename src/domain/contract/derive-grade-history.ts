import { isStateCode } from '@/domain/format/jurisdictions';
import { maxScoreOf, type Framework } from './framework-schema';
import {
  gradeHistorySchema,
  type GradeHistory,
  type HistoryEntry,
  type HistoryFramework,
  type HistorySource,
} from './grade-history-schema';
import { safeParseData, zodViolations } from './schema-messages';
import { confidenceSchema, GRADES, SCHEMA_VERSION, type Grade } from './shared-schema';

/**
 * The grade history from the published-grades tables (data/reference/*.csv), pure: rows in, the
 * history file or the violations out. Every value keeps what its row says of it (confidence,
 * inferred, evidence, note, sources); nothing is filled in. A row's framework is the one whose
 * editions hold its year, so a table may span frameworks.
 */

/** One row of a table: its line in the file and its values by column name. */
export interface GradeTableRow {
  line: number;
  values: Readonly<Record<string, string>>;
}

export interface GradeTable {
  /** The file, as messages name it */
  file: string;
  rows: readonly GradeTableRow[];
}

export interface GradeHistoryViolation {
  file: string;
  /** "line 12 (score)" */
  path: string;
  message: string;
}

export type GradeHistoryResult =
  { ok: true; history: GradeHistory } | { ok: false; violations: GradeHistoryViolation[] };

/** The columns every table needs; `area<N>`, `evidence` and `rank` are read where present. */
export const GRADE_TABLE_COLUMNS = [
  'year',
  'code',
  'grade',
  'score',
  'max_score',
  'confidence',
  'note',
  'sources',
] as const;

const AREA_COLUMN = /^area(\d{1,2})$/;
const NUMBER = /^\d+(\.\d+)?$/;

/**
 * A source cited as a bare URL, optionally followed by a remark in parentheses. The title is the
 * address without its scheme (there is no better name in the data), plus the remark.
 */
export function sourceFromCitation(citation: string): HistorySource | null {
  const match = /^(https?:\/\/\S+)(?:\s+\((.+)\))?$/.exec(citation.trim());
  const url = match?.[1];
  if (!match || url === undefined) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (!/^https?:$/.test(parsed.protocol)) return null;
  const host = parsed.hostname.replace(/^www\./, '');
  const path = parsed.pathname === '/' ? '' : parsed.pathname.replace(/\/$/, '');
  const remark = match[2];
  const title = `${host}${path}${parsed.search}${remark === undefined ? '' : ` (${remark})`}`;
  return { title, url };
}

/** A row's note marks a value the sources imply rather than name. */
export function isInferredNote(note: string): boolean {
  return /\binferred\b/i.test(note);
}

/** The framework as the history describes it: names, editions, maxima and issue areas. */
export function historyFramework(framework: Framework): HistoryFramework {
  return {
    id: framework.id,
    name: framework.name,
    shortName: framework.shortName ?? framework.name,
    publisher: framework.publisher,
    ...(framework.publisherShortName ? { publisherShortName: framework.publisherShortName } : {}),
    ...(framework.reportTitle ? { reportTitle: framework.reportTitle } : {}),
    ...(framework.editionNoun ? { editionNoun: framework.editionNoun } : {}),
    ...(framework.url ? { url: framework.url } : {}),
    ...(framework.citation ? { citation: framework.citation } : {}),
    editions: [...framework.editions].sort((a, b) => a - b),
    ...(framework.publishedScores
      ? { scoreDescription: framework.publishedScores.description }
      : {}),
    maxScores: framework.publishedScores?.maxScores ?? [],
    issueAreas: framework.issueAreas.map((a) => ({
      id: a.id,
      title: a.title,
      ...(a.points ? { points: a.points } : {}),
    })),
  };
}

function cellOf(row: GradeTableRow, column: string): string {
  return (row.values[column] ?? '').trim();
}

function readRow(
  row: GradeTableRow,
  frameworks: readonly Framework[],
  add: (column: string | null, message: string) => void,
): HistoryEntry | null {
  const before = { count: 0 };
  const fail = (column: string | null, message: string) => {
    before.count += 1;
    add(column, message);
  };
  const number = (column: string): number | undefined => {
    const text = cellOf(row, column);
    if (text === '') return undefined;
    if (!NUMBER.test(text)) {
      fail(column, `"${text}" is not a number`);
      return undefined;
    }
    return Number(text);
  };

  const yearText = cellOf(row, 'year');
  const year = /^\d{4}$/.test(yearText) ? Number(yearText) : null;
  if (year === null) fail('year', `"${yearText}" is not a year`);
  const code = cellOf(row, 'code').toUpperCase();
  if (!isStateCode(code)) fail('code', `unknown state code "${cellOf(row, 'code')}"`);

  const owners = year === null ? [] : frameworks.filter((f) => f.editions.includes(year));
  const framework = owners.length === 1 ? owners[0] : undefined;
  if (year !== null && owners.length === 0) {
    const known = frameworks.map((f) => `${f.id}: ${f.editions.join(', ')}`).join('; ');
    fail('year', `${year} is not an edition of any framework (${known})`);
  } else if (owners.length > 1) {
    fail('year', `${year} is an edition of ${owners.map((f) => f.id).join(' and ')}: ambiguous`);
  }

  const gradeText = cellOf(row, 'grade').toUpperCase();
  const grade = gradeText === '' ? undefined : (gradeText as Grade);
  if (grade !== undefined && !GRADES.includes(grade)) {
    fail('grade', `"${cellOf(row, 'grade')}" is not a letter grade (${GRADES.join(', ')})`);
  }
  const score = number('score');
  const maxScore = number('max_score');
  const rankText = cellOf(row, 'rank');
  let rank: number | undefined;
  if (rankText !== '') {
    if (/^[1-9]\d*$/.test(rankText)) rank = Number(rankText);
    else fail('rank', `"${rankText}" is not a rank (a whole number from 1)`);
  }
  if (grade === undefined && score === undefined && gradeText === '') {
    fail('grade', 'neither a grade nor a score');
  }

  const confidenceText = cellOf(row, 'confidence');
  const confidence = confidenceSchema.safeParse(confidenceText);
  if (!confidence.success) fail('confidence', `"${confidenceText}" is not high, medium or low`);

  const citations = cellOf(row, 'sources')
    .split(/\s*;\s+/)
    .map((c) => c.trim())
    .filter((c) => c !== '');
  if (citations.length === 0) fail('sources', 'no source named');
  const sources: HistorySource[] = [];
  for (const c of citations) {
    const source = sourceFromCitation(c);
    if (source) sources.push(source);
    else fail('sources', `"${c}" is not an http(s) URL (with an optional remark in parentheses)`);
  }

  const areaScores: { area: string; score: number }[] = [];
  for (const column of Object.keys(row.values)) {
    const area = AREA_COLUMN.exec(column)?.[1];
    if (area === undefined) continue;
    const value = number(column);
    if (value === undefined) continue;
    if (framework && !framework.issueAreas.some((a) => a.id === area)) {
      fail(column, `${framework.shortName ?? framework.name} has no issue area ${area}`);
      continue;
    }
    areaScores.push({ area, score: value });
  }

  if (framework && year !== null) {
    const max = maxScoreOf(framework, year);
    const allowed = max ? [max.maxScore, max.maxScore + (max.extraCredit ?? 0)] : [];
    if (maxScore !== undefined && max && !allowed.includes(maxScore)) {
      fail(
        'max_score',
        `${maxScore} is not the ${year} maximum of ${framework.shortName ?? framework.name} (${[...new Set(allowed)].join(' or ')})`,
      );
    }
    const ceiling = maxScore ?? (max ? max.maxScore + (max.extraCredit ?? 0) : undefined);
    if (score !== undefined && ceiling !== undefined && score > ceiling) {
      fail('score', `${score} is above the ${year} maximum of ${ceiling}`);
    }
    for (const a of areaScores) {
      const points = framework.issueAreas
        .find((x) => x.id === a.area)
        ?.points?.find((p) => p.editions.includes(year))?.points;
      if (points !== undefined && a.score > points) {
        fail(`area${a.area}`, `${a.score} is above the ${points} points of issue area ${a.area}`);
      }
    }
  }

  if (before.count > 0 || !framework || year === null || !confidence.success) return null;
  const note = cellOf(row, 'note');
  const evidence = cellOf(row, 'evidence');
  return {
    year,
    state: code,
    framework: framework.id,
    ...(grade === undefined ? {} : { grade }),
    ...(score === undefined ? {} : { score }),
    ...(maxScore === undefined ? {} : { maxScore }),
    ...(rank === undefined ? {} : { rank }),
    ...(areaScores.length > 0 ? { areaScores } : {}),
    confidence: confidence.data,
    inferred: note !== '' && isInferredNote(note),
    ...(evidence === '' ? {} : { evidence }),
    ...(note === '' ? {} : { note }),
    sources,
  };
}

/**
 * The history from the tables and the frameworks their years belong to. Refuses (with every
 * problem, by file, line and column) a row it cannot trust: an unknown state, a year no framework
 * has, a score above its edition's maximum, an issue area the framework does not have, a state and
 * year given twice.
 */
export function deriveGradeHistory(input: {
  frameworks: readonly Framework[];
  tables: readonly GradeTable[];
}): GradeHistoryResult {
  const violations: GradeHistoryViolation[] = [];
  const entries: HistoryEntry[] = [];
  const where = new Map<string, string>();
  for (const table of input.tables) {
    for (const row of table.rows) {
      const add = (column: string | null, message: string) =>
        violations.push({
          file: table.file,
          path: column === null ? `line ${row.line}` : `line ${row.line} (${column})`,
          message,
        });
      const entry = readRow(row, input.frameworks, add);
      if (!entry) continue;
      const key = `${entry.state} ${entry.year}`;
      const first = where.get(key);
      if (first !== undefined) {
        add('code', `${entry.state} ${entry.year} is given twice (first at ${first})`);
        continue;
      }
      where.set(key, `${table.file} line ${row.line}`);
      entries.push(entry);
    }
  }
  if (violations.length > 0) return { ok: false, violations };

  const used = new Set(entries.map((e) => e.framework));
  const frameworks = input.frameworks
    .filter((f) => used.has(f.id))
    .map(historyFramework)
    .sort((a, b) => a.editions[0]! - b.editions[0]!);
  if (frameworks.length === 0) {
    return {
      ok: false,
      violations: input.tables.map((t) => ({
        file: t.file,
        path: '(root)',
        message: 'no published grade in the table',
      })),
    };
  }
  const first = frameworks[0]!.editions[0]!;
  const last = frameworks.at(-1)!.editions.at(-1)!;
  const history: GradeHistory = {
    schemaVersion: SCHEMA_VERSION,
    years: Array.from({ length: last - first + 1 }, (_, i) => first + i),
    frameworks,
    entries: entries.sort((a, b) => a.year - b.year || (a.state < b.state ? -1 : 1)),
  };
  // What the schema says beyond the rows (frameworks in order, no overlap) is checked here too.
  const parsed = safeParseData(gradeHistorySchema, history);
  if (!parsed.success) {
    return {
      ok: false,
      violations: zodViolations(parsed.error).map((v) => ({
        file: input.tables.map((t) => t.file).join(', '),
        ...v,
      })),
    };
  }
  return { ok: true, history: parsed.data };
}

/** The published grade an evaluation file holds, as far as the history compares it. */
export interface PublishedOfEvaluation {
  state: string;
  year: number;
  published?:
    | {
        grade: Grade;
        score?: number | undefined;
        rank?: number | undefined;
        inferred?: boolean | undefined;
      }
    | undefined;
}

/**
 * The history and the evaluation files of a dataset must agree on every published grade of its
 * framework's editions (both come from the same table; an edit to one alone would show two grades).
 */
export function crossCheckPublished(
  history: GradeHistory,
  frameworkId: string,
  evaluations: readonly PublishedOfEvaluation[],
): { state: string; year: number; message: string }[] {
  const problems: { state: string; year: number; message: string }[] = [];
  const byKey = new Map(
    history.entries
      .filter((e) => e.framework === frameworkId)
      .map((e) => [`${e.state} ${e.year}`, e]),
  );
  const years = new Set(evaluations.map((e) => e.year));
  const seen = new Set<string>();
  const words = (v: {
    grade?: Grade | undefined;
    score?: number | undefined;
    rank?: number | undefined;
  }) =>
    [
      v.grade ?? 'no grade',
      v.score === undefined ? null : `score ${v.score}`,
      v.rank === undefined ? null : `rank ${v.rank}`,
    ]
      .filter(Boolean)
      .join(', ');
  for (const evaluation of evaluations) {
    const key = `${evaluation.state} ${evaluation.year}`;
    seen.add(key);
    const entry = byKey.get(key);
    const published = evaluation.published;
    if (!published && !entry?.grade) continue;
    const same =
      published !== undefined &&
      entry !== undefined &&
      entry.grade === published.grade &&
      entry.score === published.score &&
      entry.rank === published.rank &&
      entry.inferred === (published.inferred ?? false);
    if (!same) {
      problems.push({
        state: evaluation.state,
        year: evaluation.year,
        message: `the published grade (${published ? words(published) : 'none'}) differs from the published-grades table (${entry ? words(entry) : 'none'}): run npm run import-reference`,
      });
    }
  }
  for (const [key, entry] of byKey) {
    if (!seen.has(key) && years.has(entry.year) && entry.grade !== undefined) {
      problems.push({
        state: entry.state,
        year: entry.year,
        message: `the published-grades table has a ${entry.year} grade for ${entry.state}, which has no evaluation file`,
      });
    }
  }
  return problems;
}
