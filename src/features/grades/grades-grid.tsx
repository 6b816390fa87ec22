import { GRADE_COLORS } from '@/domain/format/palette';
import type { GradeGrid, GradeValue } from '@/domain/grades/model';
import { cellLabel, INFERRED_MARK, NO_VALUE, sourceWords, valueShort } from '@/domain/grades/text';
import { GRADES } from '@/domain/contract/shared-schema';
import { Link } from '@/components/router';
import { ScrollFrame } from '@/components/scroll-frame';

export interface GradesGridProps {
  grid: GradeGrid;
  caption: string;
  stateHref: (code: string) => string;
}

/**
 * Every state × every year: each framework heads its own columns, a double rule marks the change
 * of framework, a year without a value stays blank (and says so to a screen reader), an inferred
 * value carries its mark, and every value links to its source.
 */
export function GradesGrid({ grid, caption, stateHref }: GradesGridProps) {
  return (
    <ScrollFrame className="grades-grid__frame" label="Grades by state and year (scrolls sideways)">
      <table className="grades-grid">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <td className="grades-grid__corner" />
            {grid.groups.map((g, i) => (
              <th
                key={g.years[0]}
                scope="colgroup"
                colSpan={g.years.length}
                className={`grades-grid__group${i > 0 ? ' grades-grid__break' : ''}${g.kind === 'gap' ? ' grades-grid__group--gap' : ''}`}
              >
                {g.kind === 'era' ? g.era.label : 'No edition found'}
              </th>
            ))}
          </tr>
          <tr>
            <th scope="col" className="grades-grid__state">
              State
            </th>
            {grid.columns.map((c) => (
              <th
                key={c.year}
                scope="col"
                className={`grades-grid__year${c.breakBefore ? ' grades-grid__break' : ''}`}
              >
                {c.year}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {grid.rows.map((row) => (
            <tr key={row.code} className={row.chosen ? 'grades-grid__row--chosen' : undefined}>
              <th scope="row" className="grades-grid__state">
                <Link to={stateHref(row.code)}>{row.name}</Link>
                {row.chosen ? (
                  <span className="grades-grid__chosen">
                    <span aria-hidden="true"> ●</span>
                    <span className="visually-hidden"> (chosen)</span>
                  </span>
                ) : null}
              </th>
              {row.cells.map((v, i) => {
                const column = grid.columns[i]!;
                const cls = `grades-grid__cell${column.breakBefore ? ' grades-grid__break' : ''}${column.era ? '' : ' grades-grid__cell--gap'}`;
                return (
                  <td key={column.year} className={cls}>
                    {v ? (
                      <ValueLink name={row.name} value={v} />
                    ) : (
                      <span className="visually-hidden">{NO_VALUE}</span>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollFrame>
  );
}

function ValueLink({ name, value }: { name: string; value: GradeValue }) {
  const source = value.sources[0];
  const colors = value.grade ? GRADE_COLORS[value.grade] : undefined;
  const label = `${cellLabel(name, value, value.year)}. Source: ${sourceWords(value)} (opens in a new tab)`;
  const className = `grades-value${value.grade ? '' : ' grades-value--score'}${value.inferred ? ' grades-value--inferred' : ''}`;
  const style = colors ? { background: colors.fill, color: colors.text } : undefined;
  const content = (
    <>
      {valueShort(value)}
      {value.inferred ? <span aria-hidden="true">{INFERRED_MARK}</span> : null}
    </>
  );
  if (!source?.url) {
    return (
      <span className={className} style={style} role="img" aria-label={label} title={label}>
        {content}
      </span>
    );
  }
  return (
    <a
      className={className}
      style={style}
      href={source.url}
      target="_blank"
      rel="noopener noreferrer"
      aria-label={label}
      title={value.evidence ? `${label}\n“${value.evidence}”` : label}
    >
      {content}
    </a>
  );
}

/** The grid's key: grade colours (with their letters), a score alone, the inferred mark, a blank. */
export function GradesLegend() {
  return (
    <div className="legend" role="group" aria-label="Legend: grades over time">
      <span className="legend__title">Published grade</span>
      <ul className="legend__items">
        {GRADES.map((g) => (
          <li key={g}>
            <span
              className="grades-value grades-value--key"
              style={{ background: GRADE_COLORS[g]?.fill, color: GRADE_COLORS[g]?.text }}
            >
              {g}
            </span>
          </li>
        ))}
        <li>
          <span className="grades-value grades-value--score grades-value--key">66</span> a score
          only (the source gave no grade)
        </li>
        <li>
          <span
            className="grades-value grades-value--key"
            style={{ background: GRADE_COLORS.F?.fill, color: GRADE_COLORS.F?.text }}
          >
            F<span aria-hidden="true">{INFERRED_MARK}</span>
          </span>{' '}
          {INFERRED_MARK} inferred: the sources imply it rather than state it
        </li>
        <li>
          <span className="grades-legend__blank" aria-hidden="true" /> blank:{' '}
          {NO_VALUE.toLowerCase()}
        </li>
        <li>
          <span className="grades-legend__break" aria-hidden="true" /> double rule: the change of
          framework
        </li>
      </ul>
    </div>
  );
}
