import { memo } from 'react';
import { SyntheticMark } from '@/components/synthetic-mark';
import type { EditionGrades, GradeCell } from '@/domain/compare/grades';
import type { Evaluation } from '@/domain/contract/evaluation-schema';
import { GRADE_COLORS } from '@/domain/format/palette';
import { Link } from '@/components/router';
import type { CompareState } from './compare-chart';
import { SourceList } from './goal-cell';

export interface CompareGradesProps {
  grades: readonly EditionGrades[];
  states: readonly CompareState[];
  /** The edition shown: its grades' sources come with the states' evaluations */
  year: number;
  synthetic: boolean;
  /** Per state, its evaluation of the edition shown, once loaded */
  evaluations: readonly (Evaluation | undefined)[];
  hrefFor: (code: string, year: number) => string;
}

function Grade({ cell }: { cell: GradeCell }) {
  switch (cell.kind) {
    case 'loading':
      return <span className="compare__muted">Loading…</span>;
    case 'error':
      return <span className="compare__muted">Could not be loaded</span>;
    case 'none':
      return <span className="compare__muted">No published grade found in the sources</span>;
    case 'grade': {
      const colors = GRADE_COLORS[cell.published.grade];
      return (
        <>
          <span
            className="compare-grade"
            style={colors ? { background: colors.fill, color: colors.text } : undefined}
          >
            {cell.published.grade}
          </span>{' '}
          <span className="compare-grade__details">{cell.details}</span>
        </>
      );
    }
  }
}

/**
 * The publisher's overall grade of each compared state in each edition the dataset holds, with
 * its confidence; the sources of the edition shown come from each state's evaluation, the others'
 * are on that edition's report. A grade is the publisher's, never computed here.
 */
export const CompareGrades = memo(function CompareGrades({
  grades,
  states,
  year,
  synthetic,
  evaluations,
  hrefFor,
}: CompareGradesProps) {
  const withSources = states
    .map((s, i) => ({ state: s, published: evaluations[i]?.published }))
    .filter((x) => x.published);
  const others = grades.filter((g) => g.year !== year).map((g) => g.year);
  return (
    <section className="compare-grades" aria-labelledby="compare-grades-heading">
      <h2 id="compare-grades-heading">Published grades, by edition</h2>
      {synthetic ? <SyntheticMark /> : null}
      <p className="compare__muted">
        The publisher’s overall grade in each edition of this dataset, where a source names it; not
        this project’s coverage score, and never worked out from it.
      </p>
      <div
        className="compare-table__scroll"
        role="region"
        aria-label="Published grades, table"
        tabIndex={0}
      >
        <table className="table compare-grades__table">
          <caption className="visually-hidden">
            Published grades of {states.map((s) => s.name).join(', ')} by edition
          </caption>
          <thead>
            <tr>
              <th scope="col">Edition</th>
              {states.map((s) => (
                <th key={s.code} scope="col">
                  {s.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {grades.map((g) => (
              <tr key={g.year}>
                <th scope="row">
                  {g.year}
                  {g.year === year ? <span className="compare__muted"> (shown)</span> : null}
                </th>
                {g.cells.map((cell, i) => (
                  <td key={states[i]?.code ?? i}>
                    <Grade cell={cell} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {withSources.length > 0 ? (
        <div className="compare-grades__sources">
          <h3>Sources of the {year} grades</h3>
          <ul>
            {withSources.map(({ state, published }) => (
              <li key={state.code}>
                <strong>{state.name}</strong>
                {published!.note ? (
                  <span className="compare__muted"> — {published!.note}</span>
                ) : null}
                <SourceList sources={published!.sources} />
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {others.length > 0 ? (
        <p className="compare__muted">
          The sources of the other editions’ grades are on each state’s report for that edition:{' '}
          {states.map((s, i) => (
            <span key={s.code}>
              {i > 0 ? '; ' : ''}
              {s.name}{' '}
              {others.map((y, j) => (
                <span key={y}>
                  {j > 0 ? ', ' : ''}
                  <Link to={hrefFor(s.code, y)}>
                    {y}
                    <span className="visually-hidden"> report of {s.name}</span>
                  </Link>
                </span>
              ))}
            </span>
          ))}
          .
        </p>
      ) : null}
    </section>
  );
});
