import type { ReactNode } from 'react';

/** One column of a DataTable: its header, and what each row shows in it. */
export interface DataColumn<R> {
  /** Unique within the table */
  key: string;
  header: ReactNode;
  cell: (row: R) => ReactNode;
  /** The cell names its row (a `th scope="row"`): the state, usually */
  rowHeader?: boolean;
  /** On the header cell */
  className?: string;
}

/**
 * A table of rows under column headers, with a caption for screen readers: the one way views draw
 * their table alternatives, so every table reads alike (scoped headers, a row header per row).
 */
export function DataTable<R>({
  caption,
  columns,
  rows,
  rowKey,
  rowClassName,
  className,
  footer,
}: {
  caption: string;
  columns: readonly DataColumn<R>[];
  rows: readonly R[];
  rowKey: (row: R) => string;
  rowClassName?: (row: R) => string | undefined;
  /** Added to `table` */
  className?: string;
  /** Rows after the body (a `tfoot`) */
  footer?: ReactNode;
}) {
  return (
    <table className={className ? `table ${className}` : 'table'}>
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          {columns.map((c) => (
            <th key={c.key} scope="col" className={c.className}>
              {c.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={rowKey(row)} className={rowClassName?.(row)}>
            {columns.map((c) =>
              c.rowHeader ? (
                <th key={c.key} scope="row">
                  {c.cell(row)}
                </th>
              ) : (
                <td key={c.key}>{c.cell(row)}</td>
              ),
            )}
          </tr>
        ))}
      </tbody>
      {footer ? <tfoot>{footer}</tfoot> : null}
    </table>
  );
}
