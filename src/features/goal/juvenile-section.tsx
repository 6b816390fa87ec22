import { ScrollFrame } from '@/components/scroll-frame';
import { Fragment, type ReactNode } from 'react';
import { ChartFrame } from '@/components/chart-frame';
import { Link } from '@/components/router';
import { SyntheticMark } from '@/components/synthetic-mark';
import { BASIS_LABELS, yesNo } from '@/domain/facts/fact-values';
import {
  CONFIDENCE_LABELS,
  JUVENILE_FIELD_LABELS,
  type JuvenileFacts,
  type JuvenileField,
  type JuvenileRow,
  type JuvenileSortKey,
} from '@/domain/facts/juvenile';
import type { JuvenileChart } from './goal-chart';
import { ChosenMark } from './chosen-mark';
import { YesNoValue } from './goal-fact';
import { frameOf } from './goal-frame';
import { JuvenileRangeChart } from './juvenile-range-chart';
import { RangeLegend } from './range-legend';

export interface JuvenileFrameProps {
  chart: JuvenileChart;
  onSort: (sort: JuvenileSortKey) => void;
  stateHref: (code: string) => string;
  highlighted: readonly string[];
  onPrefetch: (code: string) => void;
  /** With the Download menu (the page; an embed has none) */
  exportable: boolean;
  /**
   * The frame's table: `ages` (the page, whose full table of transfer laws follows the chart) or
   * `full` (the embed, where the frame is all there is)
   */
  table: 'ages' | 'full';
}

/** The age-range chart of juvenile court jurisdiction in its frame, on the page and in the embed. */
export function JuvenileFrame({
  chart,
  onSort,
  stateHref,
  highlighted,
  onPrefetch,
  exportable,
  table,
}: JuvenileFrameProps) {
  const { sorted, sort, sortLabels, axis, anyLow, listLabel, chosen } = chart.model;
  return (
    <ChartFrame
      {...frameOf(chart, exportable)}
      legend={<RangeLegend anyLow={anyLow} anyChosen={chosen.codes.length > 0} />}
      actions={
        <div className="segmented" role="group" aria-label="Sort the states by">
          {(Object.keys(sortLabels) as JuvenileSortKey[]).map((key) => (
            <button key={key} type="button" aria-pressed={sort === key} onClick={() => onSort(key)}>
              {sortLabels[key]}
            </button>
          ))}
        </div>
      }
      table={
        table === 'ages' ? (
          <JuvenileTable rows={sorted} stateHref={stateHref} full={false} chosen={chosen.codes} />
        ) : (
          <JuvenileTableRegion rows={sorted} stateHref={stateHref} chosen={chosen.codes} />
        )
      }
    >
      <JuvenileRangeChart
        rows={sorted}
        listLabel={listLabel}
        axis={axis}
        stateHref={stateHref}
        highlighted={highlighted}
        onPrefetch={onPrefetch}
      />
    </ChartFrame>
  );
}

/** The page's juvenile court comparison: the chart, then the table of ages and transfer laws. */
export function JuvenileSection(props: Omit<JuvenileFrameProps, 'table'>) {
  const { chart, stateHref } = props;
  const { sorted, sort, sortLabels, chosen } = chart.model;
  return (
    <>
      <JuvenileFrame {...props} table="ages" />

      <section className="goal-section" aria-labelledby="goal-juvenile-table-heading">
        <h2 id="goal-juvenile-table-heading">Juvenile court ages and transfer laws, by state</h2>
        {chart.synthetic ? <SyntheticMark /> : null}
        <p className="goal-section__note">
          {chosen.only ? 'The chosen states only, sorted' : 'Sorted'} by{' '}
          {sortLabels[sort].toLowerCase()}. “Unknown” means no source states it; “No statutory
          minimum” means the law sets none. Where the state’s report and the reference data
          disagree, both rows are shown and the differing values marked. Confidence is the lowest of
          the row’s facts: high when two sources agree, medium with one source, low when sources
          conflict. The sources of each row are listed on the state’s page.
        </p>
        <JuvenileTableRegion rows={sorted} stateHref={stateHref} chosen={chosen.codes} />
        <p className="goal-section__source">{chart.source}</p>
      </section>
    </>
  );
}

/** The full table, in a region that scrolls sideways (focusable, so a keyboard can scroll it). */
function JuvenileTableRegion({
  rows,
  stateHref,
  chosen,
}: {
  rows: readonly JuvenileRow[];
  stateHref: (code: string) => string;
  chosen: readonly string[];
}) {
  return (
    <ScrollFrame
      className="goal-table-scroll"
      label="Table of juvenile court ages and transfer laws (scrolls sideways)"
    >
      <JuvenileTable rows={rows} stateHref={stateHref} full chosen={chosen} />
    </ScrollFrame>
  );
}

function minAgeText(facts: JuvenileFacts): string {
  return facts.minAge === null ? 'No statutory minimum' : String(facts.minAge);
}

function maxAgeText(facts: JuvenileFacts): string {
  return facts.maxAge === null ? 'Unknown' : String(facts.maxAge);
}

const SHORT_CONFIDENCE = { high: 'High', medium: 'Medium' } as const;

function confidenceText(facts: JuvenileFacts): ReactNode {
  if (facts.basis === 'report') return 'Not rated (report)';
  if (facts.basis === 'synthetic') return 'Synthetic';
  if (!facts.minConfidence) return 'Not stated';
  return facts.minConfidence === 'low' ? (
    <strong className="goal-confidence-low">⚠ {CONFIDENCE_LABELS.low}</strong>
  ) : (
    SHORT_CONFIDENCE[facts.minConfidence]
  );
}

const TRANSFER_FIELDS: readonly JuvenileField[] = [
  'automaticTransfer',
  'directFile',
  'discretionaryTransfer',
  'traumaConsidered',
];

function factRows(
  row: JuvenileRow,
): { facts: JuvenileFacts | null; first: boolean; span: number }[] {
  if (!row.facts) return [{ facts: null, first: true, span: 1 }];
  if (!row.reference) return [{ facts: row.facts, first: true, span: 1 }];
  return [
    { facts: row.facts, first: true, span: 2 },
    { facts: row.reference, first: false, span: 2 },
  ];
}

/** A value, marked when the report and the reference data disagree on it. */
function Cell({
  row,
  field,
  children,
}: {
  row: JuvenileRow;
  field: JuvenileField;
  children: ReactNode;
}) {
  if (!row.differences.includes(field)) return <>{children}</>;
  return (
    <span className="goal-differs">
      {children} <span className="badge goal-differs__badge">differs</span>
    </span>
  );
}

/**
 * Ages by state, a row for each reading (the report's, and reference data beside it). `full`: with
 * the transfer laws and a link to each state's sources (the table of its own); else the ages only,
 * each state linked (the chart's table alternative).
 */
function JuvenileTable({
  rows,
  stateHref,
  full,
  chosen,
}: {
  rows: readonly JuvenileRow[];
  stateHref: (code: string) => string;
  full: boolean;
  /** The chosen states, marked in their rows */
  chosen: readonly string[];
}) {
  const transfers = full ? TRANSFER_FIELDS : [];
  return (
    <table className={full ? 'table goal-juvenile-table' : 'table'}>
      <caption className="visually-hidden">
        {full
          ? 'Juvenile court ages and transfer laws by state, with the basis and confidence of each row'
          : 'Ages of juvenile court jurisdiction by state'}
      </caption>
      <thead>
        <tr>
          <th scope="col">State</th>
          <th scope="col">Basis</th>
          <th scope="col">Minimum age</th>
          <th scope="col">Maximum age</th>
          {transfers.map((f) => (
            <th key={f} scope="col">
              {JUVENILE_FIELD_LABELS[f]}
            </th>
          ))}
          <th scope="col">Confidence (lowest)</th>
          {full ? <th scope="col">Sources</th> : null}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <Fragment key={row.code}>
            {factRows(row).map(({ facts, first, span }) => (
              <tr
                key={`${row.code}-${facts?.basis ?? 'none'}`}
                className={
                  [
                    full && facts?.minConfidence === 'low' ? 'goal-row--low' : '',
                    chosen.includes(row.code) ? 'goal-row--chosen' : '',
                  ]
                    .filter(Boolean)
                    .join(' ') || undefined
                }
              >
                {first ? (
                  <th scope="row" rowSpan={span}>
                    {full ? row.name : <Link to={stateHref(row.code)}>{row.name}</Link>}
                    {chosen.includes(row.code) ? <ChosenMark /> : null}
                  </th>
                ) : null}
                {facts ? (
                  <>
                    <td>{BASIS_LABELS[facts.basis]}</td>
                    <td>
                      <Cell row={row} field="minAge">
                        {minAgeText(facts)}
                      </Cell>
                    </td>
                    <td>
                      <Cell row={row} field="maxAge">
                        {maxAgeText(facts)}
                      </Cell>
                    </td>
                    {transfers.map((f) => (
                      <td key={f}>
                        <Cell row={row} field={f}>
                          <YesNoValue value={yesNo(facts[f] as boolean | null)} />
                        </Cell>
                      </td>
                    ))}
                    <td>{confidenceText(facts)}</td>
                  </>
                ) : (
                  <td colSpan={4 + transfers.length}>No data (unknown)</td>
                )}
                {full && first ? (
                  <td rowSpan={span}>
                    <Link to={stateHref(row.code)}>
                      Sources <span className="visually-hidden">for {row.name}</span>
                    </Link>
                  </td>
                ) : null}
              </tr>
            ))}
          </Fragment>
        ))}
      </tbody>
    </table>
  );
}
