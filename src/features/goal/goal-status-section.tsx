import { useMemo, useState } from 'react';
import { ChartFrame } from '@/components/chart-frame';
import { Link } from '@/components/router';
import { ON_DATA_TEXT, STATUS_COLORS } from '@/domain/format/palette';
import { STATUS_GLYPHS, STATUS_LABELS } from '@/domain/format/status-words';
import { StatusGlyph, StatusLegend } from '@/components/status-glyph';
import { TileMap, type TileDatum } from '@/components/tile-map';
import { describeAgeRange } from '@/domain/facts/juvenile';
import {
  describeGoalStatuses,
  sortStatusRows,
  type GoalStatusRow,
  type SortDirection,
  type StatusSortKey,
} from '@/domain/goal/status';
import { SortHeader } from './goal-sort';
import type { ExportSpec } from '@/domain/export/spec';

export interface GoalStatusSectionProps {
  goalId: string;
  rows: GoalStatusRow[];
  /** "2022 edition, report data" */
  subtitle: string;
  source: string;
  synthetic: boolean;
  /** Link to a state's report; with `goalId`, to the goal's section in it */
  stateHref: (code: string, goalId?: string) => string;
  /** States with an evaluation file in this edition (the others have no report to open) */
  statesWithFile: ReadonlySet<string>;
  highlighted: readonly string[];
  onPrefetch: (code: string) => void;
  /** What the chart exports (Download menu) */
  exportSpec?: ExportSpec;
}

/** One goal's status in every state: a tile map, and a sortable table as its alternative. */
export function GoalStatusSection({
  goalId,
  rows,
  subtitle,
  source,
  synthetic,
  stateHref,
  statesWithFile,
  highlighted,
  onPrefetch,
  exportSpec,
}: GoalStatusSectionProps) {
  const tiles = useMemo(() => {
    const map = new Map<string, TileDatum>();
    for (const row of rows) {
      const unknown = row.status === 'not-evaluated';
      map.set(row.code, {
        fill: unknown ? 'transparent' : STATUS_COLORS[row.status],
        textColor: ON_DATA_TEXT,
        value: STATUS_GLYPHS[row.status],
        label: `${row.name}: ${unknown ? 'not evaluated (unknown)' : STATUS_LABELS[row.status].toLowerCase()}`,
        noData: unknown,
      });
    }
    return map;
  }, [rows]);
  const byCode = useMemo(() => new Map(rows.map((r) => [r.code, r])), [rows]);

  return (
    <ChartFrame
      title={`Goal ${goalId}: status by state`}
      subtitle={subtitle}
      source={source}
      synthetic={synthetic}
      {...(exportSpec ? { exportSpec } : {})}
      summary={<p>{describeGoalStatuses(rows, goalId)}</p>}
      legend={<StatusLegend />}
      table={
        <GoalStatusTable
          goalId={goalId}
          rows={rows}
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
  stateHref: (code: string, goalId?: string) => string;
  statesWithFile: ReadonlySet<string>;
  onPrefetch: (code: string) => void;
}

export function GoalStatusTable({
  goalId,
  rows,
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
  const withAges = goalId === '2.9';

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
          {withAges ? <th scope="col">Juvenile court ages</th> : null}
          <th scope="col">Analysis</th>
        </tr>
      </thead>
      <tbody>
        {sorted.map((row) => {
          const hasFile = statesWithFile.has(row.code);
          const ages =
            row.summary?.facts?.juvenileJurisdiction ??
            row.summary?.facts?.referenceJuvenileJurisdiction;
          return (
            <tr key={row.code}>
              <th scope="row">
                <Link
                  to={stateHref(row.code)}
                  onPrefetch={hasFile ? () => onPrefetch(row.code) : undefined}
                >
                  {row.name}
                </Link>
              </th>
              <td>
                <StatusGlyph status={row.status} withLabel />
              </td>
              {withAges ? <td>{ages ? describeAgeRange(ages) : 'Unknown'}</td> : null}
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
