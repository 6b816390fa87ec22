import { JURISDICTIONS } from '@/domain/format/jurisdictions';
import { formatScore } from '@/domain/format/numbers';
import type { EditionSummary, SummaryState } from '@/domain/contract/summary-schema';

/**
 * The publisher's letter grades, edition by edition, exactly as the data gives them: a grade the
 * data does not hold stays empty (never derived from a score), and inferred grades stay marked.
 */
export const GRADES = ['A', 'B', 'C', 'D', 'F'] as const;
export type Grade = (typeof GRADES)[number];

export type PublishedCell = NonNullable<SummaryState['published']>;

export interface GradeRow {
  code: string;
  name: string;
  /** One per edition, in the order given; null = no published grade in the data */
  cells: (PublishedCell | null)[];
}

export interface GradeEdition {
  year: number;
  summary: EditionSummary;
}

export function gradeRows(editions: readonly GradeEdition[]): GradeRow[] {
  const byEdition = editions.map(
    (e) => new Map(e.summary.states.map((s) => [s.code, s.published ?? null])),
  );
  return [...JURISDICTIONS]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((j) => ({
      code: j.code,
      name: j.name,
      cells: byEdition.map((m) => m.get(j.code) ?? null),
    }));
}

export interface GradeCounts {
  grades: Record<Grade, number>;
  /** Of those, grades the sources imply rather than name */
  inferred: number;
  published: number;
  notPublished: number;
}

export function gradeCounts(rows: readonly GradeRow[], index: number): GradeCounts {
  const grades = { A: 0, B: 0, C: 0, D: 0, F: 0 } as Record<Grade, number>;
  let inferred = 0;
  let published = 0;
  for (const row of rows) {
    const cell = row.cells[index];
    if (!cell) continue;
    published += 1;
    grades[cell.grade] += 1;
    if (cell.inferred) inferred += 1;
  }
  return { grades, inferred, published, notPublished: rows.length - published };
}

/** "F, inferred, medium confidence, rank 51": the cell as words, for labels and exports. */
export function describePublished(cell: PublishedCell | null): string {
  if (!cell) return 'not published';
  const parts: string[] = [cell.grade];
  if (cell.inferred) parts.push('inferred');
  parts.push(`${cell.confidence} confidence`);
  if (cell.score !== undefined) {
    parts.push(
      `score ${formatScore(cell.score)}${cell.maxScore !== undefined ? ` of ${cell.maxScore}` : ''}`,
    );
  }
  if (cell.rank !== undefined) parts.push(`rank ${cell.rank}`);
  return parts.join(', ');
}
