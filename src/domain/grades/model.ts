import type {
  GradeHistory,
  HistoryEntry,
  HistoryFramework,
  HistorySource,
} from '@/domain/contract/grade-history-schema';
import { GRADES, type Grade } from '@/domain/contract/shared-schema';
import { JURISDICTIONS } from '@/domain/format/jurisdictions';
import { gradesSortKey, type GradesSortKey } from '@/domain/url/view-sorts';

/**
 * Grades over time: every state × every year of the history as a grid, the publisher's frameworks
 * as groups of columns with the change between them drawn as a break, each value as published
 * (its grade, score and maximum, confidence, whether it is inferred, its sources). A year without a
 * value stays empty: never carried over from a neighbouring year, never interpolated.
 */

/** A framework's run of editions, as the grid heads it. */
export interface GradeEra {
  framework: HistoryFramework;
  /** "Protected Innocence Challenge, 2011–2019", "Report Cards, 2021–" */
  label: string;
  first: number;
  last: number;
  /** The newest framework: its run is open-ended */
  current: boolean;
}

/** A group of columns: one framework's editions, or years that belong to no framework. */
export type ColumnGroup =
  | { kind: 'era'; era: GradeEra; years: readonly number[] }
  | { kind: 'gap'; years: readonly number[] };

export interface GradeColumn {
  year: number;
  /** null for a year no framework has an edition in */
  era: GradeEra | null;
  /** The first column after a change of framework (or after a gap): the grid draws a break */
  breakBefore: boolean;
}

/** One published value, with what a reader needs to weigh it. */
export interface GradeValue {
  year: number;
  code: string;
  era: GradeEra;
  grade: Grade | null;
  score: number | null;
  /** The maximum the score is out of: the source's, else the edition's (without extra credit) */
  maxScore: number | null;
  rank: number | null;
  confidence: HistoryEntry['confidence'];
  inferred: boolean;
  evidence: string | null;
  note: string | null;
  sources: readonly HistorySource[];
  areaScores: readonly { area: string; title: string; score: number; points: number | null }[];
}

export interface GradeRow {
  code: string;
  name: string;
  /** One per column; null = no published grade found */
  cells: readonly (GradeValue | null)[];
  /** The newest value with a letter grade (the "latest grade" sort), or null */
  latest: GradeValue | null;
  /** Chosen in `states=` */
  chosen: boolean;
}

export type GradesSort = GradesSortKey;

export interface GradeGrid {
  eras: readonly GradeEra[];
  groups: readonly ColumnGroup[];
  columns: readonly GradeColumn[];
  rows: readonly GradeRow[];
  sort: GradesSort;
  /** Values per column */
  counts: readonly number[];
}

/** The grades view's order for a URL sort key: by the latest grade, else by name. */
export function gradesSort(sort: string | null): GradesSort {
  return gradesSortKey(sort);
}

/** "Protected Innocence Challenge, 2011–2019"; the newest framework's run is open: "Report Cards, 2021–". */
export function eraLabel(era: Pick<GradeEra, 'framework' | 'first' | 'last' | 'current'>): string {
  return `${era.framework.shortName}, ${eraSpan(era)}`;
}

/** "2011–2019"; the newest framework's: "2021–". */
export function eraSpan(era: Pick<GradeEra, 'first' | 'last' | 'current'>): string {
  if (era.current) return `${era.first}–`;
  return era.first === era.last ? `${era.first}` : `${era.first}–${era.last}`;
}

export function gradeEras(history: GradeHistory): GradeEra[] {
  return history.frameworks.map((framework, i) => {
    const first = Math.min(...framework.editions);
    const last = Math.max(...framework.editions);
    const current = i === history.frameworks.length - 1;
    return {
      framework,
      first,
      last,
      current,
      label: eraLabel({ framework, first, last, current }),
    };
  });
}

/** The column groups in year order: each era's years, and the years between eras as gaps. */
export function columnGroups(years: readonly number[], eras: readonly GradeEra[]): ColumnGroup[] {
  const groups: ColumnGroup[] = [];
  for (const year of years) {
    const era = eras.find((e) => e.framework.editions.includes(year)) ?? null;
    const last = groups.at(-1);
    if (era && last?.kind === 'era' && last.era === era) {
      groups[groups.length - 1] = { ...last, years: [...last.years, year] };
    } else if (!era && last?.kind === 'gap') {
      groups[groups.length - 1] = { kind: 'gap', years: [...last.years, year] };
    } else {
      groups.push(era ? { kind: 'era', era, years: [year] } : { kind: 'gap', years: [year] });
    }
  }
  return groups;
}

function gradeValue(entry: HistoryEntry, era: GradeEra): GradeValue {
  const edition = era.framework.maxScores.find((m) => m.editions.includes(entry.year));
  const hasScore = entry.score !== undefined;
  return {
    year: entry.year,
    code: entry.state,
    era,
    grade: entry.grade ?? null,
    score: entry.score ?? null,
    // A maximum is shown with a score; for a grade alone it says nothing.
    maxScore: hasScore ? (entry.maxScore ?? edition?.maxScore ?? null) : null,
    rank: entry.rank ?? null,
    confidence: entry.confidence,
    inferred: entry.inferred,
    evidence: entry.evidence ?? null,
    note: entry.note ?? null,
    sources: entry.sources,
    areaScores: (entry.areaScores ?? []).map((a) => {
      const area = era.framework.issueAreas.find((x) => x.id === a.area);
      return {
        area: a.area,
        title: area?.title ?? `Issue area ${a.area}`,
        score: a.score,
        points: area?.points?.find((p) => p.editions.includes(entry.year))?.points ?? null,
      };
    }),
  };
}

/** Every value of one state, oldest first. */
export function stateValues(history: GradeHistory, code: string): GradeValue[] {
  const eras = gradeEras(history);
  return history.entries
    .filter((e) => e.state === code)
    .flatMap((e) => {
      const era = eras.find((x) => x.framework.id === e.framework);
      return era ? [gradeValue(e, era)] : [];
    })
    .sort((a, b) => a.year - b.year);
}

const GRADE_RANK: Record<Grade, number> = Object.fromEntries(
  GRADES.map((g, i) => [g, i]),
) as Record<Grade, number>;

/** By the latest grade (A first; a more recent grade first among equals), then by name; none last. */
function byLatestGrade(a: GradeRow, b: GradeRow): number {
  const ga = a.latest?.grade;
  const gb = b.latest?.grade;
  if (ga && gb && ga !== gb) return GRADE_RANK[ga] - GRADE_RANK[gb];
  if (ga && !gb) return -1;
  if (!ga && gb) return 1;
  const ya = a.latest?.year ?? 0;
  const yb = b.latest?.year ?? 0;
  if (ya !== yb) return yb - ya;
  return a.name.localeCompare(b.name);
}

export interface GridOptions {
  sort: GradesSort;
  /** The states chosen in the URL, marked in the grid */
  chosen?: readonly string[];
}

export function gradeGrid(history: GradeHistory, options: GridOptions): GradeGrid {
  const eras = gradeEras(history);
  const groups = columnGroups(history.years, eras);
  const columns: GradeColumn[] = [];
  for (const group of groups) {
    group.years.forEach((year, i) =>
      columns.push({
        year,
        era: group.kind === 'era' ? group.era : null,
        breakBefore: i === 0 && columns.length > 0,
      }),
    );
  }
  const byKey = new Map<string, GradeValue>();
  for (const entry of history.entries) {
    const era = eras.find((e) => e.framework.id === entry.framework);
    if (era) byKey.set(`${entry.state} ${entry.year}`, gradeValue(entry, era));
  }
  const chosen = new Set(options.chosen ?? []);
  const rows: GradeRow[] = JURISDICTIONS.map((j) => {
    const cells = columns.map((c) => byKey.get(`${j.code} ${c.year}`) ?? null);
    const latest = [...cells].reverse().find((v) => v?.grade) ?? null;
    return { code: j.code, name: j.name, cells, latest, chosen: chosen.has(j.code) };
  });
  rows.sort(options.sort === 'grade' ? byLatestGrade : (a, b) => a.name.localeCompare(b.name));
  const counts = columns.map((_, i) => rows.filter((r) => r.cells[i]).length);
  return { eras, groups, columns, rows, sort: options.sort, counts };
}

/** The years no framework has an edition in (2020): shown as years without data. */
export function gapYears(grid: Pick<GradeGrid, 'columns'>): number[] {
  return grid.columns.filter((c) => c.era === null).map((c) => c.year);
}

/** One state and year, as the table alternative and the exports list them. */
export interface StateYear {
  code: string;
  name: string;
  year: number;
  /** The framework's short name; null for a year no framework has an edition in */
  framework: string | null;
  /** null = no published grade found */
  value: GradeValue | null;
}

/** Every state × every year, in the grid's order (a year without a value too). */
export function gridStateYears(grid: GradeGrid): StateYear[] {
  return grid.rows.flatMap((row) =>
    grid.columns.map((c, i) => ({
      code: row.code,
      name: row.name,
      year: c.year,
      framework: c.era?.framework.shortName ?? null,
      value: row.cells[i] ?? null,
    })),
  );
}

/** One framework's (or a gap's) years for one state, each with its value or none. */
export interface TimelineGroup {
  /** null for years no framework has an edition in */
  era: GradeEra | null;
  years: readonly { year: number; value: GradeValue | null }[];
}

/**
 * A state's history, framework by framework, with the years between frameworks: what the state
 * report shows beside its own editions. `except` leaves out a framework the caller shows itself
 * (the report's own, read from its editions), keeping the years between the others and it.
 */
export function stateTimeline(
  history: GradeHistory,
  code: string,
  except?: string,
): TimelineGroup[] {
  const eras = gradeEras(history);
  const values = new Map(stateValues(history, code).map((v) => [v.year, v]));
  return columnGroups(history.years, eras)
    .filter((g) => g.kind === 'gap' || g.era.framework.id !== except)
    .map((g) => ({
      era: g.kind === 'era' ? g.era : null,
      years: g.years.map((year) => ({ year, value: values.get(year) ?? null })),
    }));
}
