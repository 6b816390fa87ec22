import type { GradeHistory } from '@/domain/contract/grade-history-schema';
import { formatPublished } from '@/domain/format/numbers';
import { publisherName, publisherPossessive, reportTitle } from '@/domain/format/publisher';
import { eraSpan, gapYears, type GradeEra, type GradeGrid, type GradeValue } from './model';

/** What the grid and the table say where a state has no value for a year. */
export const NO_VALUE = 'No published grade found';

/** The mark of an inferred value, always with its word beside it (never colour alone). */
export const INFERRED_MARK = '*';

/** A published score as written: "94.5", with its maximum where known: "94.5 of 102.5". */
export function scoreWords(value: Pick<GradeValue, 'score' | 'maxScore'>): string | null {
  if (value.score === null) return null;
  return value.maxScore === null
    ? formatPublished(value.score)
    : `${formatPublished(value.score)} of ${formatPublished(value.maxScore)}`;
}

/** The cell's short text: the grade, else the score. */
export function valueShort(value: GradeValue): string {
  return value.grade ?? formatPublished(value.score);
}

/** "A, 94.5 of 102.5, rank 1; inferred; medium confidence": the value in words. */
export function describeValue(value: GradeValue): string {
  const what = [
    value.grade ? `grade ${value.grade}` : 'no grade given',
    scoreWords(value) ? `score ${scoreWords(value)}` : null,
    value.rank === null ? null : `rank ${value.rank}`,
  ].filter(Boolean);
  const how = [
    value.inferred ? 'inferred from the sources, not named in them' : null,
    `${value.confidence} confidence`,
  ].filter(Boolean);
  return `${what.join(', ')}; ${how.join('; ')}`;
}

/** The accessible name of a grid cell: state, year, framework, value. */
export function cellLabel(name: string, value: GradeValue | null, year: number): string {
  if (!value) return `${name}, ${year}: ${NO_VALUE.toLowerCase()}`;
  return `${name}, ${year} (${value.era.framework.shortName}): ${describeValue(value)}`;
}

/** Where a value comes from, for its link: the first source's title and how many more. */
export function sourceWords(value: GradeValue): string {
  const [first] = value.sources;
  const more = value.sources.length - 1;
  return `${first?.title ?? 'source'}${more > 0 ? ` and ${more} more` : ''}`;
}

export function gridTitle(): string {
  return 'Published grades over time';
}

/** The frameworks named with their years: "Protected Innocence Challenge, 2011–2019 | Report Cards, 2021–". */
export function erasWords(eras: readonly GradeEra[]): string {
  return eras.map((e) => e.label).join(' | ');
}

export function gridSubtitle(grid: GradeGrid): string {
  // The newest framework's publisher names the grades (each framework names its own publisher).
  const framework = grid.eras.at(-1)?.framework;
  const first = grid.columns[0]?.year;
  const last = grid.columns.at(-1)?.year;
  const who = framework ? `${publisherPossessive(framework)} letter grades and scores` : 'Grades';
  return `${who} for every state, ${first}–${last}, as published, under ${grid.eras.length === 2 ? 'two frameworks' : `${grid.eras.length} frameworks`} (the double rule marks the change).`;
}

/** The source line: each framework's publication and the secondary sources behind each value. */
export function gridSource(history: Pick<GradeHistory, 'frameworks'>, eras: readonly GradeEra[]) {
  const names = eras.map((e) => `${reportTitle(e.framework)} (${eraSpan(e)})`);
  const publishers = [...new Set(history.frameworks.map((f) => publisherName(f)))];
  return `Sources: ${publishers.join(', ')}, ${names.join('; ')}, as reported by the news articles and releases linked with each value; collected with their sources in this project’s reference data.`;
}

/** The text summary read before the grid. */
export function gridSummary(grid: GradeGrid): string {
  const total = grid.counts.reduce((n, c) => n + c, 0);
  const states = grid.rows.filter((r) => r.cells.some(Boolean)).length;
  const perYear = grid.columns
    .map((c, i) => ({ year: c.year, n: grid.counts[i] ?? 0, era: c.era }))
    .filter((c) => c.era !== null);
  const complete = perYear.filter((c) => c.n === grid.rows.length).map((c) => c.year);
  const [older, newer] = [grid.eras.at(-2), grid.eras.at(-1)];
  const parts = [
    `${total} published values for ${states} of ${grid.rows.length} jurisdictions.`,
    complete.length > 0
      ? `Only ${complete.join(', ')} ${complete.length === 1 ? 'has' : 'have'} a value for every jurisdiction; in the other years a blank cell means no published grade was found in this project’s sources (unknown, not a failing grade).`
      : 'No year has a value for every jurisdiction: a blank cell means no published grade was found in this project’s sources (unknown, not a failing grade).',
  ];
  if (older && newer) {
    parts.push(
      `The ${older.label} and the ${newer.label} are different frameworks: a grade that changes across the break measures the change of framework, not of the state’s laws, and the two are never joined.`,
    );
  }
  const gaps = gapYears(grid);
  if (gaps.length > 0) {
    parts.push(
      `The sources hold no grade for ${gaps.join(', ')} under either framework: ${gaps.length === 1 ? 'that year is' : 'those years are'} shown without data.`,
    );
  }
  parts.push(`Values the sources imply rather than state are marked ${INFERRED_MARK} (inferred).`);
  return parts.join(' ');
}
