import type { ReactNode } from 'react';
import { ChartDefinitionFrame } from '@/components/chart-definition-frame';
import { DataTable, type DataColumn } from '@/components/data-table';
import { Link } from '@/components/router';
import { measureLabel, type OverviewMeasure } from '@/domain/overview/measure';
import { lowerFirst } from '@/domain/overview/text';
import {
  noDataMeaning,
  type RankedRow,
  type StateValue,
  type ValueGroup,
} from '@/domain/overview/values';
import { bucketColor, bucketMark } from '@/domain/overview/colors';
import { Swatch } from './measure-legend';
import type { OverviewBarsChart } from './overview-chart';

export interface OverviewBarsProps {
  /** The bars' definition: the ranking or the groups, texts and export */
  chart: OverviewBarsChart;
  /** Offer the Download menu */
  exportable?: boolean;
  /** The state pointed at on the map or here, highlighted in both */
  hovered: string | null;
  /** States chosen in the URL (`states`), outlined */
  selected: readonly string[];
  onHover: (code: string | null) => void;
  hrefFor: (code: string) => string;
  onPrefetch: (code: string) => void;
}

/**
 * The chart beside the map: scores ranked state by state as bars on a 0-100 scale, or, for
 * grades, statuses and ages, each value with its states. Plain HTML, so the overview stays light.
 */
export function OverviewBars({ chart, exportable = false, ...interaction }: OverviewBarsProps) {
  const { model, measure } = chart;
  const x = { ...interaction, measure };
  return (
    <ChartDefinitionFrame
      chart={chart}
      exportable={exportable}
      table={
        model.type === 'ranked' ? (
          <RankedTable
            rows={model.rows}
            unknown={model.unknown}
            measure={measure}
            caption={chart.tableCaption}
          />
        ) : (
          <GroupedTable
            groups={model.groups}
            unknown={model.unknown}
            measure={measure}
            caption={chart.tableCaption}
          />
        )
      }
    >
      <div onMouseLeave={() => x.onHover(null)}>
        {model.type === 'ranked' ? (
          <RankedBars rows={model.rows} {...x} />
        ) : (
          <GroupedBars groups={model.groups} {...x} />
        )}
        <UnknownStates states={model.unknown} {...x} />
      </div>
    </ChartDefinitionFrame>
  );
}

type Interaction = Omit<OverviewBarsProps, 'chart' | 'exportable'> & { measure: OverviewMeasure };

function StateLink({
  value,
  hrefFor,
  onHover,
  onPrefetch,
  className,
  children,
}: {
  value: StateValue;
  className: string;
  children: ReactNode;
} & Pick<Interaction, 'hrefFor' | 'onHover' | 'onPrefetch'>) {
  return (
    <Link
      to={hrefFor(value.code)}
      className={className}
      onPrefetch={() => onPrefetch(value.code)}
      onFocus={() => onHover(value.code)}
      onBlur={() => onHover(null)}
    >
      {children}
    </Link>
  );
}

function rowClass(base: string, code: string, hovered: string | null, selected: readonly string[]) {
  return [
    base,
    hovered === code ? `${base}--hovered` : '',
    selected.includes(code) ? `${base}--selected` : '',
  ]
    .filter(Boolean)
    .join(' ');
}

function RankedBars({ rows, ...x }: { rows: readonly RankedRow[] } & Interaction) {
  if (rows.length === 0) return null;
  // A rank among one or two states would read as a verdict on all 51: it is shown from three.
  const ranked = rows.length >= 3;
  return (
    <ol className="ranked" aria-label={`${measureLabel(x.measure)}, highest first`}>
      {rows.map(({ value, rank, tied }) => {
        const color = bucketColor(value.bucket);
        const score = value.sortValue ?? 0;
        return (
          <li
            key={value.code}
            className={rowClass('ranked__row', value.code, x.hovered, x.selected)}
            onMouseEnter={() => x.onHover(value.code)}
          >
            <span className="ranked__rank" aria-hidden="true">
              {ranked ? (tied ? `=${rank}` : rank) : ''}
            </span>
            <StateLink value={value} className="ranked__name" {...x}>
              {value.name}
            </StateLink>
            <span className="ranked__track" aria-hidden="true">
              <span
                className="ranked__bar"
                style={{ width: `${Math.max(0, Math.min(100, score))}%`, background: color?.fill }}
              />
            </span>
            <span className="ranked__value">
              {ranked ? (
                <span className="visually-hidden">
                  {tied ? `Rank ${rank}, tied: ` : `Rank ${rank}: `}
                </span>
              ) : null}
              {value.display}
            </span>
            <span className="ranked__goals">
              {value.evaluated}/{value.goalsInScope}
              <span className="visually-hidden"> goals evaluated</span>
            </span>
          </li>
        );
      })}
    </ol>
  );
}

function GroupedBars({ groups, ...x }: { groups: readonly ValueGroup[] } & Interaction) {
  if (groups.length === 0) return null;
  const max = Math.max(...groups.map((g) => g.states.length));
  return (
    <ul className="grouped">
      {groups.map((group) => {
        const color = bucketColor(group.bucket);
        const mark = bucketMark(group.bucket);
        return (
          <li key={group.key} className="grouped__group">
            <div className="grouped__head">
              <Swatch bucket={group.bucket} {...(mark ? { mark } : {})} />
              <span className="grouped__label">{group.label}</span>
              <span className="grouped__count">
                {group.states.length} {group.states.length === 1 ? 'state' : 'states'}
              </span>
            </div>
            <span className="grouped__track" aria-hidden="true">
              <span
                className="grouped__bar"
                style={{
                  width: `${(group.states.length / max) * 100}%`,
                  background: color?.fill,
                }}
              />
            </span>
            <StateChips states={group.states} {...x} />
          </li>
        );
      })}
    </ul>
  );
}

function StateChips({ states, ...x }: { states: readonly StateValue[] } & Interaction) {
  return (
    <ul className="state-chips">
      {states.map((v) => (
        <li
          key={v.code}
          className={rowClass('state-chip', v.code, x.hovered, x.selected)}
          onMouseEnter={() => x.onHover(v.code)}
        >
          <StateLink value={v} className="state-chip__link" {...x}>
            <span aria-hidden="true">{v.code}</span>
            <span className="visually-hidden">
              {v.name} ({v.code}){v.short.endsWith('*') ? ', inferred' : ''}
            </span>
            {v.short.endsWith('*') ? <span aria-hidden="true">*</span> : null}
          </StateLink>
        </li>
      ))}
    </ul>
  );
}

function UnknownStates({ states, ...x }: { states: readonly StateValue[] } & Interaction) {
  if (states.length === 0) return null;
  return (
    <div className="unknown-states">
      <p className="unknown-states__head">
        <Swatch bucket="no-data" />
        <span>
          <strong>
            No data: {states.length} {states.length === 1 ? 'state' : 'states'}
          </strong>{' '}
          <span className="legend__note">({noDataMeaning(x.measure).toLowerCase()})</span>
        </span>
      </p>
      <details className="unknown-states__list">
        <summary>List them</summary>
        <StateChips states={states} {...x} />
      </details>
    </div>
  );
}

type RankedTableRow = { ranked: RankedRow; code: string } | { unknown: StateValue; code: string };

function RankedTable({
  rows,
  unknown,
  measure,
  caption,
}: {
  rows: readonly RankedRow[];
  unknown: readonly StateValue[];
  measure: OverviewMeasure;
  caption: string;
}) {
  const value = (r: RankedTableRow) => ('ranked' in r ? r.ranked.value : r.unknown);
  const columns: DataColumn<RankedTableRow>[] = [
    {
      key: 'rank',
      header: 'Rank',
      cell: (r) => {
        if (!('ranked' in r) || rows.length < 3) return '—';
        return r.ranked.tied ? `${r.ranked.rank} (tied)` : r.ranked.rank;
      },
    },
    { key: 'state', header: 'State', rowHeader: true, cell: (r) => value(r).name },
    {
      key: 'value',
      header: measureLabel(measure),
      cell: (r) =>
        'ranked' in r
          ? r.ranked.value.display
          : `no data (${lowerFirst(r.unknown.notes[0] ?? noDataMeaning(measure))})`,
    },
    {
      key: 'evaluated',
      header: 'Goals evaluated',
      cell: (r) => `${value(r).evaluated} of ${value(r).goalsInScope}`,
    },
  ];
  return (
    <DataTable
      className="overview-table"
      caption={caption}
      columns={columns}
      rows={[
        ...rows.map((ranked) => ({ ranked, code: ranked.value.code })),
        ...unknown.map((u) => ({ unknown: u, code: u.code })),
      ]}
      rowKey={(r) => r.code}
    />
  );
}

function GroupedTable({
  groups,
  unknown,
  measure,
  caption,
}: {
  groups: readonly ValueGroup[];
  unknown: readonly StateValue[];
  measure: OverviewMeasure;
  caption: string;
}) {
  const rows = groups.map((g) => ({
    key: g.key,
    label: g.label,
    count: g.states.length,
    which: g.states.map((v) => `${v.name}${v.short.endsWith('*') ? ' (inferred)' : ''}`).join(', '),
  }));
  if (unknown.length > 0) {
    rows.push({
      key: 'no-data',
      label: `No data: ${lowerFirst(noDataMeaning(measure))}`,
      count: unknown.length,
      which: unknown.map((v) => v.name).join(', '),
    });
  }
  return (
    <DataTable
      className="overview-table"
      caption={caption}
      columns={GROUPED_COLUMNS(measureLabel(measure))}
      rows={rows}
      rowKey={(r) => r.key}
    />
  );
}

const GROUPED_COLUMNS = (
  label: string,
): DataColumn<{ label: string; count: number; which: string }>[] => [
  { key: 'label', header: label, rowHeader: true, cell: (r) => r.label },
  { key: 'count', header: 'States', cell: (r) => r.count },
  { key: 'which', header: 'Which', cell: (r) => r.which },
];
