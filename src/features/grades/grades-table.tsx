import type { GradeValue, StateYear } from '@/domain/grades/model';
import { INFERRED_MARK, NO_VALUE, scoreWords } from '@/domain/grades/text';

/**
 * The table alternative: one row per state and year, every year (a year without a value says so),
 * each value with its grade, score, confidence, whether it is inferred, the quote it rests on and
 * every source as a link.
 */
export function GradesTable({ rows, caption }: { rows: readonly StateYear[]; caption: string }) {
  return (
    <table className="table grades-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">State</th>
          <th scope="col">Year</th>
          <th scope="col">Framework</th>
          <th scope="col">Grade</th>
          <th scope="col">Score</th>
          <th scope="col">Confidence</th>
          <th scope="col">Evidence and note</th>
          <th scope="col">Sources</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={`${r.code}-${r.year}`}>
            <th scope="row">{r.name}</th>
            <td>{r.year}</td>
            <td>{r.framework ?? 'No edition found'}</td>
            {r.value ? <ValueCells value={r.value} /> : <td colSpan={5}>{NO_VALUE}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function ValueCells({ value }: { value: GradeValue }) {
  return (
    <>
      <td>
        {value.grade ?? '—'}
        {value.inferred ? (
          <>
            <span aria-hidden="true">{INFERRED_MARK}</span> inferred
          </>
        ) : null}
        {value.rank !== null ? `, rank ${value.rank}` : null}
      </td>
      <td>{scoreWords(value) ?? '—'}</td>
      <td>{value.confidence}</td>
      <td className="grades-table__evidence">
        {value.evidence ? <q>{value.evidence}</q> : null}
        {value.evidence && value.note ? ' ' : null}
        {value.note ? <span className="grades-table__note">{value.note}</span> : null}
        {value.areaScores.length > 0 ? (
          <span className="grades-table__note">
            {' '}
            Issue areas:{' '}
            {value.areaScores
              .map((a) => `${a.area} ${a.score}${a.points === null ? '' : ` of ${a.points}`}`)
              .join(', ')}
            .
          </span>
        ) : null}
      </td>
      <td>
        <ul className="grades-table__sources">
          {value.sources.map((s, i) => (
            <li key={`${s.url ?? s.title}-${i}`}>
              {s.url ? (
                <a href={s.url} target="_blank" rel="noopener noreferrer">
                  {s.title}
                  <span className="visually-hidden"> (opens in a new tab)</span>
                </a>
              ) : (
                s.title
              )}
            </li>
          ))}
        </ul>
      </td>
    </>
  );
}
