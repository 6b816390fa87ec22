import { memo, useEffect, useMemo, type ReactNode } from 'react';
import { ChartHeading } from '@/components/chart-frame';
import type { CompareArea, CompareRow } from '@/domain/compare/rows';
import { stateColor } from '@/domain/compare/state-colors';
import type { FactReading } from '@/domain/facts/fact-readings';
import { stateName } from '@/domain/format/jurisdictions';
import { GoalCell, type StateDetails } from './goal-cell';
import { useProgressiveRows } from './use-progressive-rows';

export interface CompareGoalsProps {
  /** Issue areas with the rows to show (already filtered) */
  areas: readonly CompareArea[];
  codes: readonly string[];
  /** Per state: what is known about it (score, evaluation loading or failed), under its name */
  info: readonly ReactNode[];
  details: readonly StateDetails[];
  /** Per goal with typed facts, per state: what the summary holds (values, basis) */
  facts: ReadonlyMap<string, readonly (readonly FactReading[])[]>;
  showDetails: boolean;
  /** Phones: a list of states under each goal instead of a wide table */
  stacked: boolean;
  collapsed: ReadonlySet<string>;
  onToggleArea: (id: string) => void;
  /** Called once every row shown is drawn with what is known (for the benchmark's mark) */
  onDrawn?: () => void;
  /**
   * Draw the rows a few at a time (the page, with analyses); false draws them all at once (the
   * embed: statuses only, cheap, and what follows the table must not move once shown).
   */
  progressive?: boolean;
}

function areaMeta(area: CompareArea): string {
  const notCompared = area.notComparable > 0 ? ` · ${area.notComparable} not compared` : '';
  if (area.chosen < area.total) {
    return `${area.chosen} of ${area.total} goals chosen · ${area.differing} ${area.differing === 1 ? 'differs' : 'differ'}${notCompared}`;
  }
  return `${area.differing} of ${area.total} ${area.total === 1 ? 'goal differs' : 'goals differ'}${notCompared}`;
}

function AreaHeading({
  area,
  collapsed,
  onToggle,
}: {
  area: CompareArea;
  collapsed: boolean;
  onToggle: (id: string) => void;
}) {
  return (
    <ChartHeading level={3} className="compare-area__heading">
      <button type="button" aria-expanded={!collapsed} onClick={() => onToggle(area.id)}>
        <span className="compare-area__chevron" aria-hidden="true">
          {collapsed ? '▸' : '▾'}
        </span>
        <span className="compare-area__title">
          {area.id}. {area.title}
        </span>
        <span className="compare-area__meta">{areaMeta(area)}</span>
      </button>
    </ChartHeading>
  );
}

function Swatch({ index }: { index: number }) {
  return (
    <span
      className="compare-chip__swatch"
      style={{ background: stateColor(index) }}
      aria-hidden="true"
    />
  );
}

/** Under a goal's title: why it was not compared, or among whom it was. */
function ComparisonNote({ row, codes }: { row: CompareRow; codes: readonly string[] }) {
  if (row.comparison === 'not-comparable') {
    const known = codes.length - row.unknown.length;
    return (
      <span className="compare-goal__note compare-goal__note--unknown">
        Not compared:{' '}
        {known === 0
          ? 'no state has a status'
          : `only ${known} of ${codes.length} states have a status`}
      </span>
    );
  }
  if (row.unknown.length > 0) {
    return (
      <span className="compare-goal__note">
        Compared without {row.unknown.map(stateName).join(', ')} (no status)
      </span>
    );
  }
  return row.differs ? <span className="compare-goal__note">States differ</span> : null;
}

/** What one row draws. */
interface RowInputs {
  row: CompareRow;
  details: readonly StateDetails[];
  facts: readonly (readonly FactReading[])[] | undefined;
  showDetails: boolean;
}

function cells(inputs: RowInputs, index: number) {
  const { row, details, facts, showDetails } = inputs;
  return (
    <GoalCell
      goalId={row.goalId}
      status={row.statuses[index] ?? 'not-evaluated'}
      details={details[index] ?? { kind: 'none' }}
      showDetails={showDetails}
      factKinds={row.factKinds}
      summaryFacts={facts?.[index]}
    />
  );
}

// Props one by one, each the same object until it changes: a row redraws only when it changes.
type RowProps = RowInputs & { codes: readonly string[] };

const TableRow = memo(function TableRow({ codes, ...inputs }: RowProps) {
  const { row } = inputs;
  return (
    <tr className={row.differs ? 'compare-row--differs' : ''}>
      <th scope="row" className="compare-table__goal">
        <span className="compare-goal__id">{row.goalId}</span> {row.title}
        <ComparisonNote row={row} codes={codes} />
      </th>
      {codes.map((code, i) => (
        <td key={code}>{cells(inputs, i)}</td>
      ))}
    </tr>
  );
});

const StackedRow = memo(function StackedRow({ codes, ...inputs }: RowProps) {
  const { row } = inputs;
  return (
    <li className={`compare-goal${row.differs ? ' compare-goal--differs' : ''}`}>
      <ChartHeading level={4} className="compare-goal__title">
        <span className="compare-goal__id">{row.goalId}</span> {row.title}
      </ChartHeading>
      <ComparisonNote row={row} codes={codes} />
      <ul className="compare-goal__states">
        {codes.map((code, i) => (
          <li key={code}>
            <span className="compare-goal__state">
              <Swatch index={i} />
              {stateName(code)}
            </span>
            {cells(inputs, i)}
          </li>
        ))}
      </ul>
    </li>
  );
});

/**
 * The goal-by-goal comparison: a table on wide screens, a list per goal on phones. Drawn in steps
 * (useProgressiveRows): the first rows at once, the rest a few at a time after each paint, and a
 * change (an evaluation arriving, the analyses shown or hidden) reaches the rows the same way, so
 * no step blocks a slow phone for long.
 */
export const CompareGoals = memo(function CompareGoals(props: CompareGoalsProps) {
  const { areas, codes, details, facts, showDetails, stacked, collapsed, onDrawn } = props;
  const open = areas.filter((a) => !collapsed.has(a.id));
  const total = open.reduce((n, a) => n + a.rows.length, 0);
  const now = useMemo(() => ({ details, showDetails }), [details, showDetails]);
  const { drawn, fresh, previous } = useProgressiveRows(
    total,
    `${codes.join('~')}|${stacked}`,
    now,
    props.progressive !== false,
  );

  let index = 0;
  const inputsOf = (row: CompareRow): RowInputs | null => {
    const i = index++;
    if (i >= drawn) return null;
    // A row not yet brought up to date is drawn as it was: its cells then skip their redraw.
    const { details: d, showDetails: show } = i < fresh ? now : previous;
    return { row, details: d, facts: facts.get(row.goalId), showDetails: show };
  };

  const complete = drawn >= total && fresh >= drawn;
  useEffect(() => {
    if (complete) onDrawn?.();
  }, [complete, onDrawn]);

  return stacked ? (
    <StackedGoals {...props} inputsOf={inputsOf} />
  ) : (
    <GoalsTable {...props} inputsOf={inputsOf} />
  );
});

type Drawing = CompareGoalsProps & { inputsOf: (row: CompareRow) => RowInputs | null };

function rowsOf(area: CompareArea, collapsed: boolean, inputsOf: Drawing['inputsOf']) {
  if (collapsed) return [];
  return area.rows.flatMap((row) => {
    const inputs = inputsOf(row);
    return inputs ? [inputs] : [];
  });
}

function GoalsTable({ areas, codes, info, collapsed, onToggleArea, inputsOf }: Drawing) {
  const names = codes.map(stateName);
  return (
    <div
      className="compare-table__scroll"
      role="region"
      aria-label="Goal-by-goal table"
      tabIndex={0}
    >
      <table className="table compare-table" style={{ minWidth: `${12 + codes.length * 11}rem` }}>
        <caption className="visually-hidden">
          Status of each policy goal in {names.join(', ')}
        </caption>
        <thead>
          <tr>
            <th scope="col" className="compare-table__goal-col">
              Policy goal
            </th>
            {codes.map((code, i) => (
              <th key={code} scope="col" className="compare-table__state">
                <Swatch index={i} />
                {names[i]}
              </th>
            ))}
          </tr>
          <tr className="compare-table__info">
            <td />
            {codes.map((code, i) => (
              <td key={code}>{info[i]}</td>
            ))}
          </tr>
        </thead>
        {areas.map((area) => {
          const isCollapsed = collapsed.has(area.id);
          const rows = rowsOf(area, isCollapsed, inputsOf);
          if (!isCollapsed && rows.length === 0) return null;
          return (
            <tbody key={area.id}>
              <tr className="compare-table__area">
                <th colSpan={codes.length + 1} scope="rowgroup">
                  <AreaHeading area={area} collapsed={isCollapsed} onToggle={onToggleArea} />
                </th>
              </tr>
              {rows.map((inputs) => (
                <TableRow key={inputs.row.goalId} {...inputs} codes={codes} />
              ))}
            </tbody>
          );
        })}
      </table>
    </div>
  );
}

function StackedGoals({ areas, codes, info, collapsed, onToggleArea, inputsOf }: Drawing) {
  return (
    <div className="compare-stack">
      <ul className="compare-stack__states" aria-label="States compared">
        {codes.map((code, i) => (
          <li key={code}>
            <strong>
              <Swatch index={i} />
              {stateName(code)}
            </strong>
            {info[i]}
          </li>
        ))}
      </ul>
      {areas.map((area) => {
        const isCollapsed = collapsed.has(area.id);
        const rows = rowsOf(area, isCollapsed, inputsOf);
        if (!isCollapsed && rows.length === 0) return null;
        return (
          <section key={area.id} className="compare-area">
            <AreaHeading area={area} collapsed={isCollapsed} onToggle={onToggleArea} />
            {isCollapsed ? null : (
              <ol className="compare-stack__goals">
                {rows.map((inputs) => (
                  <StackedRow key={inputs.row.goalId} {...inputs} codes={codes} />
                ))}
              </ol>
            )}
          </section>
        );
      })}
    </div>
  );
}
