import { useId } from 'react';
import { ErrorPanel } from '@/components/error-panel';
import { ExportMenu } from '@/components/export-menu';
import { GRADE_COLORS } from '@/domain/format/palette';
import { Link } from '@/components/router';
import { SyntheticMark } from '@/components/synthetic-mark';
import {
  GRADES,
  describePublished,
  gradeCounts,
  type GradeRow,
  type PublishedCell,
} from '@/domain/scores/grades';
import type { GradesChart } from './scores-chart';

export interface PublishedGradesProps {
  /** The grades' definition: rows by edition, texts and export */
  chart: GradesChart;
  /** Editions that could not be loaded, with their retry */
  failed: readonly { year: number; message: string; retry: () => void; retrying: boolean }[];
  hrefFor: (code: string) => string;
}

/**
 * The publisher's own letter grades by edition, as the data holds them: "—" where none was
 * published, inferred grades marked, confidence stated. No grade is ever derived from a score.
 */
export function PublishedGrades({ chart, failed, hrefFor }: PublishedGradesProps) {
  const headingId = useId();
  const { years, model: rows } = chart;
  return (
    <section className="chart-frame grades" aria-labelledby={headingId}>
      <div className="chart-frame__head">
        <div>
          <h2 id={headingId} className="chart-frame__title">
            {chart.title}
          </h2>
          <p className="chart-frame__subtitle">{chart.subtitle}</p>
        </div>
        {years.length > 0 ? (
          <div className="chart-frame__actions">
            <ExportMenu spec={chart.exportSpec} title={chart.title} />
          </div>
        ) : null}
      </div>
      {chart.synthetic ? <SyntheticMark /> : null}
      {failed.map((f) => (
        <ErrorPanel
          key={f.year}
          title={`Could not load the ${f.year} grades`}
          message={f.message}
          onRetry={f.retry}
          retrying={f.retrying}
          level={3}
        />
      ))}
      <GradesLegend />
      {years.length > 0 ? (
        <div
          className="grades__scroll"
          tabIndex={0}
          role="region"
          aria-label="Table of published grades (scrolls sideways on small screens)"
        >
          <table className="table grades__table">
            <caption className="visually-hidden">{chart.tableCaption}</caption>
            <thead>
              <tr>
                <th scope="col">State</th>
                {years.map((y) => (
                  <th key={y} scope="col">
                    {y}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.code}>
                  <th scope="row">
                    <Link to={hrefFor(row.code)}>{row.name}</Link>
                  </th>
                  {row.cells.map((cell, i) => (
                    <td key={years[i]}>
                      <GradeCell cell={cell} />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">Grades published</th>
                {years.map((y, i) => (
                  <td key={y}>
                    <CountsCell rows={rows} index={i} />
                  </td>
                ))}
              </tr>
            </tfoot>
          </table>
        </div>
      ) : null}
      <p className="chart-frame__source">{chart.source}</p>
    </section>
  );
}

function GradeBadge({ cell }: { cell: PublishedCell }) {
  const colors = GRADE_COLORS[cell.grade];
  return (
    <span
      className={`scores-grade${cell.inferred ? ' scores-grade--inferred' : ''}`}
      style={{ background: colors?.fill, color: colors?.text }}
    >
      {cell.grade}
      {cell.inferred ? <span aria-hidden="true">*</span> : null}
    </span>
  );
}

function GradeCell({ cell }: { cell: PublishedCell | null }) {
  if (!cell) {
    return (
      <span className="grades__none">
        <span aria-hidden="true">—</span>
        <span className="visually-hidden">not published</span>
      </span>
    );
  }
  const extra = [
    cell.inferred ? 'inferred' : null,
    cell.confidence === 'high' ? null : `${cell.confidence} confidence`,
    cell.rank !== undefined ? `rank ${cell.rank}` : null,
  ].filter(Boolean);
  return (
    <span className="grades__cell" title={describePublished(cell)}>
      <GradeBadge cell={cell} />
      {extra.length > 0 ? <span className="grades__extra">{extra.join(' · ')}</span> : null}
    </span>
  );
}

function CountsCell({ rows, index }: { rows: readonly GradeRow[]; index: number }) {
  const c = gradeCounts(rows, index);
  return (
    <span className="grades__counts">
      {c.published} of {rows.length}
      <span className="grades__extra">
        {GRADES.map((g) => `${g} ${c.grades[g]}`).join(' · ')}
        {c.inferred > 0 ? ` · ${c.inferred} inferred` : ''}
      </span>
    </span>
  );
}

function GradesLegend() {
  return (
    <div className="legend" role="group" aria-label="Legend: published grades">
      <span className="legend__title">Grade</span>
      <ul className="legend__items">
        {GRADES.map((g) => (
          <li key={g}>
            <span
              className="scores-grade"
              style={{ background: GRADE_COLORS[g]?.fill, color: GRADE_COLORS[g]?.text }}
            >
              {g}
            </span>
          </li>
        ))}
        <li>
          <span
            className="scores-grade scores-grade--inferred"
            style={{ background: GRADE_COLORS.F?.fill, color: GRADE_COLORS.F?.text }}
          >
            F*
          </span>{' '}
          inferred: the sources imply the grade without naming it
        </li>
        <li>
          <span aria-hidden="true">—</span> not published, or not in this project’s sources
          (unknown)
        </li>
        <li>confidence: high = two sources agree, medium = one source, low = sources conflict</li>
      </ul>
    </div>
  );
}
