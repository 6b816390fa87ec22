import { useMemo, useState } from 'react';
import { useFactSet } from '@/api/fact-set-query';
import { ChartFrame } from '@/components/chart-frame';
import { QueryPanel } from '@/components/query-panel';
import { Link } from '@/components/router';
import { ScrollFrame } from '@/components/scroll-frame';
import { TileMap, type TileDatum } from '@/components/tile-map';
import { useViewState } from '@/components/view-state';
import type { Framework, FrameworkGoal } from '@/domain/contract/framework-schema';
import type { EditionSummary } from '@/domain/contract/summary-schema';
import {
  CONFIDENCE_WORDS,
  FACT_CLASS_COLORS,
  FACT_CLASS_LABELS,
  FACT_KIND_FILTER_LABELS,
  FACT_KIND_FILTERS,
  FACT_SET_SORT_LABELS,
  factKindCounts,
  factSetCredit,
  factSetsOfGoal,
  factTileValue,
  sortAndFilterFactRows,
  type FactKindFilter,
  type FactSetRowView,
  type FactSetSort,
} from '@/domain/facts/fact-set';
import { factSetChart, type FactSetChart } from './fact-set-chart';
import { frameOf } from './goal-frame';

/** Every fact set that informs the goal, each after the report's comparisons. */
export function FactSetsOfGoal({
  framework,
  goal,
  summary,
  stateHref,
}: {
  framework: Framework;
  goal: FrameworkGoal;
  summary: EditionSummary;
  stateHref: (code: string) => string;
}) {
  const { manifest } = useViewState();
  const entries = factSetsOfGoal(manifest.factSets, framework, goal.id);
  return (
    <>
      {entries.map((entry) => (
        <GoalFactSet
          key={entry.id}
          id={entry.id}
          path={entry.path}
          title={entry.title}
          framework={framework}
          goal={goal}
          summary={summary}
          stateHref={stateHref}
        />
      ))}
    </>
  );
}

function GoalFactSet({
  id,
  path,
  title,
  ...rest
}: {
  id: string;
  path: string;
  title: string;
  framework: Framework;
  goal: FrameworkGoal;
  summary: EditionSummary;
  stateHref: (code: string) => string;
}) {
  const query = useFactSet(id);
  return (
    <QueryPanel query={query} what={`the fact set “${title}”`} height="40rem" file={path}>
      {(set) => <FactSetLoaded set={set} {...rest} />}
    </QueryPanel>
  );
}

function FactSetLoaded({
  set,
  framework,
  goal,
  summary,
  stateHref,
}: {
  set: Parameters<typeof factSetChart>[0]['set'];
  framework: Framework;
  goal: FrameworkGoal;
  summary: EditionSummary;
  stateHref: (code: string) => string;
}) {
  const { state } = useViewState();
  const chart = useMemo(
    () => factSetChart({ set, framework, goal, summary, highlighted: state.states }),
    [set, framework, goal, summary, state.states],
  );
  return <FactSetSection chart={chart} stateHref={stateHref} highlighted={state.states} />;
}

/** A fact set's map of classes, the report cross-check, and its table (filter by kind, sort). */
export function FactSetSection({
  chart,
  stateHref,
  highlighted,
}: {
  chart: FactSetChart;
  stateHref: (code: string) => string;
  highlighted: readonly string[];
}) {
  const { set, rows, compared } = chart.model;
  const [filter, setFilter] = useState<FactKindFilter>('all');
  const [sort, setSort] = useState<FactSetSort>('value');
  const counts = useMemo(() => factKindCounts(rows), [rows]);
  const shown = useMemo(() => sortAndFilterFactRows(rows, filter, sort), [rows, filter, sort]);
  const tiles = useMemo(() => {
    const map = new Map<string, TileDatum>();
    for (const row of rows) {
      const colors = row.cls === 'unknown' ? null : FACT_CLASS_COLORS[row.cls];
      const low = row.row?.confidence === 'low' ? ', low confidence' : '';
      map.set(row.code, {
        fill: colors?.fill ?? 'transparent',
        textColor: colors?.text ?? 'inherit',
        value: factTileValue(row.row?.value),
        label: `${row.name}: civil limitation ${row.value.toLowerCase()}${low}`,
        noData: colors === null,
      });
    }
    return map;
  }, [rows]);
  const byCode = useMemo(() => new Map(rows.map((r) => [r.code, r])), [rows]);
  const headingId = `fact-set-${set.id}-table`;

  return (
    <>
      <ChartFrame
        {...frameOf(chart, true)}
        legend={
          <div className="legend" role="group" aria-label="Legend: civil limitation">
            <span className="legend__title">Civil limitation</span>
            <ul className="legend__items">
              {(Object.keys(FACT_CLASS_COLORS) as (keyof typeof FACT_CLASS_COLORS)[]).map((c) => (
                <li key={c}>
                  <span
                    className="legend__swatch"
                    style={{ background: FACT_CLASS_COLORS[c].fill }}
                    aria-hidden="true"
                  />
                  {FACT_CLASS_LABELS[c]}
                  {c === 'none' ? ' (∞)' : c === 'years' ? ' (e.g. 10y)' : ''}
                </li>
              ))}
              <li>
                <span className="legend__swatch goal-swatch--hatched" aria-hidden="true" />
                {FACT_CLASS_LABELS.unknown} (?)
              </li>
            </ul>
          </div>
        }
        table={
          <FactSetTable
            rows={sortAndFilterFactRows(rows, 'all', 'state')}
            stateHref={stateHref}
            caption={`${set.title}, by state`}
          />
        }
      >
        {compared.length > 0 ? <ReportCheck rows={compared} /> : null}
        <TileMap
          title={`${set.title} by state`}
          tiles={tiles}
          hrefFor={stateHref}
          highlighted={highlighted}
          tooltip={(code) => {
            const row = byCode.get(code);
            if (!row) return null;
            return (
              <>
                <strong>{row.name}</strong>
                <br />
                {row.value}
                {row.row ? ` · ${CONFIDENCE_WORDS[row.row.confidence]} confidence` : ''}
              </>
            );
          }}
        />
      </ChartFrame>

      <section className="goal-section" aria-labelledby={headingId}>
        <h2 id={headingId}>{set.title}: every jurisdiction</h2>
        <p className="goal-section__note">
          {set.measures} As reported by {factSetCredit(set)}. {set.caveat}
        </p>
        <div className="fact-set-controls">
          <div className="segmented" role="group" aria-label="Show the kind">
            {FACT_KIND_FILTERS.map((f) => (
              <button
                key={f}
                type="button"
                aria-pressed={filter === f}
                onClick={() => setFilter(f)}
              >
                {FACT_KIND_FILTER_LABELS[f]} ({counts[f]})
              </button>
            ))}
          </div>
          <div className="segmented" role="group" aria-label="Sort the table by">
            {(Object.keys(FACT_SET_SORT_LABELS) as FactSetSort[]).map((s) => (
              <button key={s} type="button" aria-pressed={sort === s} onClick={() => setSort(s)}>
                {FACT_SET_SORT_LABELS[s]}
              </button>
            ))}
          </div>
        </div>
        <p className="goal-section__note" aria-live="polite">
          {shown.length} of {rows.length} jurisdictions
          {filter === 'all' ? '' : ` (${FACT_KIND_FILTER_LABELS[filter].toLowerCase()})`}, sorted by{' '}
          {FACT_SET_SORT_LABELS[sort].toLowerCase()}.
        </p>
        <ScrollFrame className="goal-table-scroll" label={`Table: ${set.title} (scrolls sideways)`}>
          <FactSetTable
            rows={shown}
            stateHref={stateHref}
            caption={`${set.title}, by state`}
            full
          />
        </ScrollFrame>
        <p className="goal-section__source">{chart.source}</p>
      </section>
    </>
  );
}

/** Where the report and the fact set both give a value: both, and whether they agree. */
function ReportCheck({ rows }: { rows: readonly FactSetRowView[] }) {
  return (
    <ul className="fact-set-check" aria-label="The report and the fact set">
      {rows.map((r) =>
        r.comparison ? (
          <li key={r.code}>
            <strong>{r.name}</strong>: {r.comparison.sentence}
          </li>
        ) : null,
      )}
    </ul>
  );
}

function Confidence({ row }: { row: FactSetRowView }) {
  if (!row.row) return <>—</>;
  return row.row.confidence === 'low' ? (
    <strong className="goal-confidence-low">⚠ Low</strong>
  ) : (
    <>{CONFIDENCE_WORDS[row.row.confidence]}</>
  );
}

function FactSetTable({
  rows,
  stateHref,
  caption,
  full = false,
}: {
  rows: readonly FactSetRowView[];
  stateHref: (code: string) => string;
  caption: string;
  full?: boolean;
}) {
  const anyReport = rows.some((r) => r.comparison);
  return (
    <table className={full ? 'table fact-set-table' : 'table'}>
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">State</th>
          <th scope="col">Civil limitation</th>
          <th scope="col">Confidence</th>
          {full ? (
            <>
              <th scope="col">Discovery rule</th>
              <th scope="col">Citation and source</th>
              <th scope="col">Note</th>
            </>
          ) : null}
          {anyReport ? <th scope="col">Report</th> : null}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.code}>
            <th scope="row">
              <Link to={stateHref(r.code)}>{r.name}</Link>
            </th>
            <td>{r.value}</td>
            <td>
              <Confidence row={r} />
            </td>
            {full ? (
              <>
                <td>{r.row?.discoveryRule ?? '—'}</td>
                <td>
                  {r.row?.citation ? <>{r.row.citation}. </> : null}
                  {r.row ? (
                    <a href={r.row.sourceUrl} rel="noopener noreferrer" target="_blank">
                      Source<span className="visually-hidden"> for {r.name}</span>
                    </a>
                  ) : (
                    '—'
                  )}
                  {r.row?.sourceDate ? <> ({r.row.sourceDate})</> : null}
                </td>
                <td className="fact-set-table__note">{r.row?.note ?? '—'}</td>
              </>
            ) : null}
            {anyReport ? <td>{r.comparison ? r.comparison.sentence : '—'}</td> : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
