import type { SortDirection } from '@/domain/goal/status';

export interface SortHeaderProps {
  label: string;
  /** The direction when this column is the sort, else null */
  direction: SortDirection | null;
  onSort: () => void;
}

/** A column header that sorts the table: a button inside the header cell, with aria-sort. */
export function SortHeader({ label, direction, onSort }: SortHeaderProps) {
  return (
    <th scope="col" aria-sort={direction ?? 'none'}>
      <button type="button" className="goal-sort" onClick={onSort}>
        {label}
        <span className="goal-sort__arrow" aria-hidden="true">
          {direction === 'ascending' ? '▲' : direction === 'descending' ? '▼' : '↕'}
        </span>
      </button>
    </th>
  );
}
