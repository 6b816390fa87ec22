import type { ReactNode } from 'react';
import { ChartHeading } from '@/components/chart-frame';
import type { CompareArea, CompareRow } from '@/domain/compare/rows';
import { stateName } from '@/domain/format/jurisdictions';
import { GoalCell, type StateDetails } from './goal-cell';
import { stateColor } from '@/domain/compare/state-colors';

export interface CompareGoalsProps {
  /** Issue areas with the rows to show (already filtered) */
  areas: readonly CompareArea[];
  codes: readonly string[];
  /** Per state: what is known about it (score, evaluation loading or failed), under its name */
  info: readonly ReactNode[];
  details: readonly StateDetails[];
  showDetails: boolean;
  /** Phones: a list of states under each goal instead of a wide table */
  stacked: boolean;
  collapsed: ReadonlySet<string>;
  onToggleArea: (id: string) => void;
}

function areaMeta(area: CompareArea): string {
  const differing = area.rows.filter((r) => r.differs).length;
  return `${differing} of ${area.total} ${area.total === 1 ? 'goal differs' : 'goals differ'}`;
}

function AreaHeading({
  area,
  collapsed,
  onToggle,
}: {
  area: CompareArea;
  collapsed: boolean;
  onToggle: () => void;
}) {
  return (
    <ChartHeading level={3} className="compare-area__heading">
      <button type="button" aria-expanded={!collapsed} onClick={onToggle}>
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

/** One state's answer to one goal, in the table and in the list alike. */
function StateCell({
  row,
  index,
  details,
  showDetails,
}: Pick<CompareGoalsProps, 'details' | 'showDetails'> & { row: CompareRow; index: number }) {
  return (
    <GoalCell
      goalId={row.goalId}
      status={row.statuses[index] ?? 'not-evaluated'}
      details={details[index] ?? { kind: 'none' }}
      showDetails={showDetails}
    />
  );
}

/** The goal-by-goal comparison: a table on wide screens, a list per goal on phones. */
export function CompareGoals(props: CompareGoalsProps) {
  return props.stacked ? <StackedGoals {...props} /> : <GoalsTable {...props} />;
}

function GoalsTable({
  areas,
  codes,
  info,
  details,
  showDetails,
  collapsed,
  onToggleArea,
}: CompareGoalsProps) {
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
          return (
            <tbody key={area.id}>
              <tr className="compare-table__area">
                <th colSpan={codes.length + 1} scope="rowgroup">
                  <AreaHeading
                    area={area}
                    collapsed={isCollapsed}
                    onToggle={() => onToggleArea(area.id)}
                  />
                </th>
              </tr>
              {isCollapsed
                ? null
                : area.rows.map((row) => (
                    <tr key={row.goalId} className={row.differs ? 'compare-row--differs' : ''}>
                      <th scope="row" className="compare-table__goal">
                        <span className="compare-goal__id">{row.goalId}</span> {row.title}
                      </th>
                      {codes.map((code, i) => (
                        <td key={code}>
                          <StateCell
                            row={row}
                            index={i}
                            details={details}
                            showDetails={showDetails}
                          />
                        </td>
                      ))}
                    </tr>
                  ))}
            </tbody>
          );
        })}
      </table>
    </div>
  );
}

function StackedGoals({
  areas,
  codes,
  info,
  details,
  showDetails,
  collapsed,
  onToggleArea,
}: CompareGoalsProps) {
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
        return (
          <section key={area.id} className="compare-area">
            <AreaHeading
              area={area}
              collapsed={isCollapsed}
              onToggle={() => onToggleArea(area.id)}
            />
            {isCollapsed ? null : (
              <ol className="compare-stack__goals">
                {area.rows.map((row) => (
                  <li key={row.goalId} className="compare-goal">
                    <ChartHeading level={4} className="compare-goal__title">
                      <span className="compare-goal__id">{row.goalId}</span> {row.title}
                    </ChartHeading>
                    <ul className="compare-goal__states">
                      {codes.map((code, i) => (
                        <li key={code}>
                          <span className="compare-goal__state">
                            <Swatch index={i} />
                            {stateName(code)}
                          </span>
                          <StateCell
                            row={row}
                            index={i}
                            details={details}
                            showDetails={showDetails}
                          />
                        </li>
                      ))}
                    </ul>
                  </li>
                ))}
              </ol>
            )}
          </section>
        );
      })}
    </div>
  );
}
