import type { SummaryState, EditionSummary } from '@/domain/contract/summary-schema';
import { CONFIDENCE_LABELS } from '@/domain/facts/juvenile';

/**
 * The publisher's grade of each compared state in every edition the dataset holds, each read from
 * that edition's summary (a grade the sources did not name stays absent: never derived from this
 * project's scores), with its confidence and whether it is inferred.
 */
type Published = NonNullable<SummaryState['published']>;

export type GradeCell =
  | { kind: 'loading' }
  | { kind: 'error' }
  /** The edition holds no published grade for the state */
  | { kind: 'none' }
  | { kind: 'grade'; published: Published; details: string };

export interface EditionGrades {
  year: number;
  /** One per compared state, in the selection's order */
  cells: GradeCell[];
}

export interface EditionSummaryState {
  year: number;
  summary: EditionSummary | undefined;
  failed: boolean;
}

/** "score 72.5 of 110 · rank 1 · confidence high (two sources agree) · inferred from the sources" */
export function gradeDetails(p: Published): string {
  const parts: string[] = [];
  if (p.score !== undefined) {
    parts.push(`score ${p.score}${p.maxScore !== undefined ? ` of ${p.maxScore}` : ''}`);
  }
  if (p.rank !== undefined) parts.push(`rank ${p.rank}`);
  parts.push(`confidence ${CONFIDENCE_LABELS[p.confidence].toLowerCase()}`);
  if (p.inferred) parts.push('inferred from the sources, not named in them');
  return parts.join(' · ');
}

export function publishedGrades(
  editions: readonly EditionSummaryState[],
  codes: readonly string[],
): EditionGrades[] {
  return [...editions]
    .sort((a, b) => a.year - b.year)
    .map(({ year, summary, failed }) => {
      const byCode = summary ? new Map(summary.states.map((s) => [s.code, s])) : null;
      return {
        year,
        cells: codes.map((code): GradeCell => {
          if (!byCode) return failed ? { kind: 'error' } : { kind: 'loading' };
          const published = byCode.get(code)?.published;
          return published
            ? { kind: 'grade', published, details: gradeDetails(published) }
            : { kind: 'none' };
        }),
      };
    });
}

/** The grades as one line per state, for a text summary: "Massachusetts: 2021 F, 2022 F, 2023 none". */
export function gradeLines(grades: readonly EditionGrades[], names: readonly string[]): string[] {
  return names.map(
    (name, i) =>
      `${name}: ${grades
        .map((g) => {
          const cell = g.cells[i];
          if (cell?.kind === 'grade') {
            return `${g.year} ${cell.published.grade}${cell.published.inferred ? ' (inferred)' : ''}`;
          }
          return `${g.year} ${cell?.kind === 'none' ? 'no grade found' : '…'}`;
        })
        .join(', ')}`,
  );
}
