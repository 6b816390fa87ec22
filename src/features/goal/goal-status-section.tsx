import { useEffect, useMemo, useRef, useState } from 'react';
import { ChartFrame } from '@/components/chart-frame';
import { Link } from '@/components/router';
import type { Status } from '@/domain/contract/evaluation-schema';
import { ON_DATA_TEXT, STATUS_COLORS } from '@/domain/format/palette';
import { STATUS_GLYPHS, STATUS_WORDS } from '@/domain/format/status-words';
import { StatusGlyph, StatusLegend } from '@/components/status-glyph';
import { TileMap, type TileDatum } from '@/components/tile-map';
import type { StatusFactColumn } from '@/domain/facts/registry';
import {
  sortStatusRows,
  type GoalStatusRow,
  type SortDirection,
  type StatusSortKey,
} from '@/domain/goal/status';
import type { GoalStatusChart } from './goal-chart';
import { frameOf } from './goal-frame';
import { SortHeader } from './goal-sort';
import { ChosenMark, chosenLabel, notChosenTile } from './chosen-mark';

export interface GoalStatusSectionProps {
  chart: GoalStatusChart;
  /** Link to a state's report; with `goalId`, to the goal's section in it */
  stateHref: (code: string, goalId?: string) => string;
  /** States with an evaluation file in this edition (the others have no report to open) */
  statesWithFile: ReadonlySet<string>;
  highlighted: readonly string[];
  onPrefetch: (code: string) => void;
  /** With the Download menu (the page; an embed has none) */
  exportable: boolean;
  /**
   * The page's link to the table filtered by one status, for a status with too many states to
   * name in the summary; without it (the embed) the summary is plain text
   */
  statusHref?: (status: Status) => string;
  /** Lifts the status filter (the page) */
  onShowAll?: () => void;
}

/** One goal's status in every state: a tile map, and a sortable table as its alternative. */
export function GoalStatusSection({
  chart,
  stateHref,
  statesWithFile,
  highlighted,
  onPrefetch,
  exportable,
  statusHref,
  onShowAll,
}: GoalStatusSectionProps) {
  const { goalId, rows, shown, columns, chosen, statusFilter, summaryPieces, filterNote } =
    chart.model;
  const tiles = useMemo(() => {
    const chosenSet = new Set(chosen.codes);
    const map = new Map<string, TileDatum>();
    for (const row of rows) {
      if (chosen.only && !chosenSet.has(row.code)) {
        map.set(row.code, notChosenTile(row.name));
        continue;
      }
      const unknown = row.status === 'not-evaluated';
      map.set(row.code, {
        fill: unknown ? 'transparent' : STATUS_COLORS[row.status],
        textColor: ON_DATA_TEXT,
        value: STATUS_GLYPHS[row.status],
        label: chosenLabel(
          `${row.name}: ${unknown ? 'not evaluated (unknown)' : STATUS_WORDS[row.status]}`,
          chosenSet.has(row.code),
        ),
        noData: unknown,
      });
    }
    return map;
  }, [rows, chosen]);
  const byCode = useMemo(() => new Map(rows.map((r) => [r.code, r])), [rows]);

  // A status filter is about the table: opening one (the summary's "see the 13") shows the
  // table, and moves focus to what it now lists.
  const filterKey = statusFilter.join('~');
  const [asTable, setAsTable] = useState(filterKey !== '');
  const [seenFilter, setSeenFilter] = useState(filterKey);
  if (seenFilter !== filterKey) {
    setSeenFilter(filterKey);
    if (filterKey !== '') setAsTable(true);
  }
  const noteRef = useRef<HTMLParagraphElement>(null);
  const focusedFilter = useRef(filterKey);
  useEffect(() => {
    if (filterKey === focusedFilter.current) return;
    focusedFilter.current = filterKey;
    if (filterKey !== '') noteRef.current?.focus();
  }, [filterKey]);

  const frame = frameOf(chart, exportable);
  return (
    <ChartFrame
      {...frame}
      summary={
        <>
          <p>
            {statusHref
              ? summaryPieces.map((piece, i) =>
                  typeof piece === 'string' ? (
                    piece
                  ) : (
                    <span key={i} className="goal-summary-link">
                      {' ('}
                      <Link
                        to={statusHref(piece.status)}
                        aria-label={`${piece.label} ${piece.more}`}
                      >
                        {piece.label}
                      </Link>
                      {')'}
                    </span>
                  ),
                )
              : chart.summary}
          </p>
          {filterNote ? (
            <p className="goal-filter-note" ref={noteRef} tabIndex={-1}>
              <strong>{filterNote}</strong>
              {onShowAll ? (
                <>
                  {' '}
                  <button type="button" className="goal-filter-note__clear" onClick={onShowAll}>
                    Show every status
                  </button>
                </>
              ) : null}
            </p>
          ) : null}
        </>
      }
      asTable={asTable}
      onAsTableChange={setAsTable}
      legend={<StatusLegend />}
      table={
        <GoalStatusTable
          goalId={goalId}
          rows={shown}
          columns={columns}
          chosen={chosen.codes}
          stateHref={stateHref}
          statesWithFile={statesWithFile}
          onPrefetch={onPrefetch}
        />
      }
    >
      <TileMap
        title={`Status of goal ${goalId} by state`}
        tiles={tiles}
        hrefFor={(code) => (statesWithFile.has(code) ? stateHref(code, goalId) : stateHref(code))}
        highlighted={highlighted}
        onPrefetch={(code) => {
          if (statesWithFile.has(code)) onPrefetch(code);
        }}
        tooltip={(code) => {
          const row = byCode.get(code);
          if (!row) return null;
          return (
            <>
              <strong>{row.name}</strong>
              <br />
              <StatusGlyph status={row.status} withLabel />
              {row.status === 'not-evaluated' ? (
                <>
                  <br />
                  Unknown: no evaluation of this goal in this dataset.
                </>
              ) : null}
            </>
          );
        }}
      />
    </ChartFrame>
  );
}

export interface GoalStatusTableProps {
  goalId: string;
  rows: GoalStatusRow[];
  /** Columns the goal's typed facts add */
  columns: readonly StatusFactColumn[];
  /** The chosen states, marked in their rows */
  chosen: readonly string[];
  stateHref: (code: string, goalId?: string) => string;
  statesWithFile: ReadonlySet<string>;
  onPrefetch: (code: string) => void;
}

export function GoalStatusTable({
  goalId,
  rows,
  columns,
  chosen,
  stateHref,
  statesWithFile,
  onPrefetch,
}: GoalStatusTableProps) {
  const [sort, setSort] = useState<{ key: StatusSortKey; direction: SortDirection }>({
    key: 'name',
    direction: 'ascending',
  });
  const sorted = useMemo(
    () => sortStatusRows(rows, sort.key, sort.direction),
    [rows, sort.key, sort.direction],
  );
  const toggle = (key: StatusSortKey) =>
    setSort((s) => ({
      key,
      direction: s.key === key && s.direction === 'ascending' ? 'descending' : 'ascending',
    }));

  return (
    <table className="table goal-status-table">
      <caption className="visually-hidden">
        Status of goal {goalId} by state, sorted by {sort.key === 'name' ? 'state' : 'status'} (
        {sort.direction}). Use the column header buttons to sort.
      </caption>
      <thead>
        <tr>
          <SortHeader
            label="State"
            direction={sort.key === 'name' ? sort.direction : null}
            onSort={() => toggle('name')}
          />
          <SortHeader
            label="Status"
            direction={sort.key === 'status' ? sort.direction : null}
            onSort={() => toggle('status')}
          />
          {columns.map((c) => (
            <th key={c.key} scope="col">
              {c.label}
            </th>
          ))}
          <th scope="col">Analysis</th>
        </tr>
      </thead>
      <tbody>
        {sorted.map((row) => {
          const hasFile = statesWithFile.has(row.code);
          const isChosen = chosen.includes(row.code);
          return (
            <tr key={row.code} className={isChosen ? 'goal-row--chosen' : undefined}>
              <th scope="row">
                <Link
                  to={stateHref(row.code)}
                  onPrefetch={hasFile ? () => onPrefetch(row.code) : undefined}
                >
                  {row.name}
                </Link>
                {isChosen ? <ChosenMark /> : null}
              </th>
              <td>
                <StatusGlyph status={row.status} withLabel />
              </td>
              {columns.map((c) => (
                <td key={c.key}>{c.value(row.summary) ?? 'Unknown'}</td>
              ))}
              <td>
                {row.status !== 'not-evaluated' && hasFile ? (
                  <Link to={stateHref(row.code, goalId)} onPrefetch={() => onPrefetch(row.code)}>
                    Read the analysis <span className="visually-hidden">of {row.name}</span>
                  </Link>
                ) : (
                  <span className="goal-muted">None in this dataset</span>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
