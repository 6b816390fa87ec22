import type { ReactNode } from 'react';
import { Link } from '@/components/router';
import { BASIS_LABELS, type FactBasis } from '@/domain/facts/fact-values';
import { ChosenMark } from './chosen-mark';

export interface StateFactTableProps<R> {
  rows: readonly R[];
  /** Read by screen readers: what the table lists */
  caption: string;
  /** Columns between the state and the basis of its facts */
  columns: readonly string[];
  /** The row's cells in those columns */
  cells: (row: R) => ReactNode[];
  stateHref: (code: string) => string;
  /** The chosen states, marked in their rows */
  chosen?: readonly string[];
}

/**
 * A comparison as a table: one row per state (its name linking to its report), the row's values,
 * and where its facts come from ("No data" for a state without any).
 */
export function StateFactTable<
  R extends { code: string; name: string; facts: { basis: FactBasis } | null },
>({ rows, caption, columns, cells, stateHref, chosen = [] }: StateFactTableProps<R>) {
  return (
    <table className="table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">State</th>
          {columns.map((label) => (
            <th key={label} scope="col">
              {label}
            </th>
          ))}
          <th scope="col">Basis</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.code} className={chosen.includes(row.code) ? 'goal-row--chosen' : undefined}>
            <th scope="row">
              <Link to={stateHref(row.code)}>{row.name}</Link>
              {chosen.includes(row.code) ? <ChosenMark /> : null}
            </th>
            {cells(row).map((cell, i) => (
              <td key={columns[i] ?? i}>{cell}</td>
            ))}
            <td>{row.facts ? BASIS_LABELS[row.facts.basis] : 'No data'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
