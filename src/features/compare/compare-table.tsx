import type { ReactNode } from 'react';

/** A chart's table alternative: its caption (read, not shown), a column heading each, its rows. */
export function CompareTable({
  table,
  children,
}: {
  table: { caption: string; columns: readonly string[] };
  children: ReactNode;
}) {
  return (
    <table className="table">
      <caption className="visually-hidden">{table.caption}</caption>
      <thead>
        <tr>
          {table.columns.map((label) => (
            <th key={label} scope="col">
              {label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}
