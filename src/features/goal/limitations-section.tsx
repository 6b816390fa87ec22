import { useMemo, useState } from 'react';
import { ChartFrame } from '@/components/chart-frame';
import { Link } from '@/components/router';
import { TileMap, type TileDatum } from '@/components/tile-map';
import { BASIS_LABELS } from '@/domain/facts/fact-values';
import {
  describeLimitation,
  describeLimitationScope,
  LIMITATION_CATEGORY_LABELS,
  LIMITATION_KIND_LABELS,
  LIMITATION_KINDS,
  limitationCategory,
  limitationTileValue,
  type LimitationCategory,
  type LimitationKind,
  type LimitationRow,
} from '@/domain/facts/limitations';
import type { LimitationsChart } from './goal-chart';

/** Sequential blues: the longer the time to act, the darker; "no time limit" darkest. */
const CATEGORY_COLORS: Record<
  Exclude<LimitationCategory, 'unknown'>,
  { fill: string; text: string }
> = {
  none: { fill: '#08519c', text: '#ffffff' },
  long: { fill: '#2171b5', text: '#ffffff' },
  medium: { fill: '#9ecae1', text: '#111111' },
  short: { fill: '#deebf7', text: '#111111' },
};

export interface LimitationsSectionProps {
  chart: LimitationsChart;
  stateHref: (code: string) => string;
  highlighted: readonly string[];
  /** With the Download menu (the page; an embed has none) */
  exportable: boolean;
}

/** Criminal and civil statutes of limitation, on a map (one at a time) and in a table. */
export function LimitationsSection({
  chart,
  stateHref,
  highlighted,
  exportable,
}: LimitationsSectionProps) {
  const { rows, mapSubtitles } = chart.model;
  const [kind, setKind] = useState<LimitationKind>('criminal');
  const tiles = useMemo(() => {
    const map = new Map<string, TileDatum>();
    for (const row of rows) {
      const rule = row.facts?.[kind] ?? null;
      const category = limitationCategory(rule);
      const colors = category === 'unknown' ? null : CATEGORY_COLORS[category];
      map.set(row.code, {
        fill: colors?.fill ?? 'transparent',
        textColor: colors?.text ?? 'inherit',
        value: limitationTileValue(rule),
        label: `${row.name}: ${LIMITATION_KIND_LABELS[kind].toLowerCase()} statute of limitation: ${describeLimitation(rule).toLowerCase()}`,
        noData: category === 'unknown',
      });
    }
    return map;
  }, [rows, kind]);
  const byCode = useMemo(() => new Map(rows.map((r) => [r.code, r])), [rows]);

  return (
    <ChartFrame
      title={chart.title}
      subtitle={mapSubtitles[kind]}
      source={chart.source}
      synthetic={chart.synthetic}
      {...(exportable ? { exportSpec: chart.exportSpec } : {})}
      summary={<p>{chart.summary}</p>}
      actions={
        <div className="segmented" role="group" aria-label="Show on the map">
          {LIMITATION_KINDS.map((k) => (
            <button key={k} type="button" aria-pressed={kind === k} onClick={() => setKind(k)}>
              {LIMITATION_KIND_LABELS[k]}
            </button>
          ))}
        </div>
      }
      legend={
        <div className="legend" role="group" aria-label="Legend: statute of limitation">
          <span className="legend__title">{LIMITATION_KIND_LABELS[kind]} limit</span>
          <ul className="legend__items">
            {(Object.keys(CATEGORY_COLORS) as (keyof typeof CATEGORY_COLORS)[]).map((c) => (
              <li key={c}>
                <span
                  className="legend__swatch"
                  style={{ background: CATEGORY_COLORS[c].fill }}
                  aria-hidden="true"
                />
                {LIMITATION_CATEGORY_LABELS[c]}
                {c === 'none' ? ' (∞)' : ''}
              </li>
            ))}
            <li>
              <span className="legend__swatch goal-swatch--hatched" aria-hidden="true" />
              {LIMITATION_CATEGORY_LABELS.unknown}
            </li>
          </ul>
        </div>
      }
      table={<LimitationsTable rows={rows} stateHref={stateHref} />}
    >
      <TileMap
        title={`${LIMITATION_KIND_LABELS[kind]} statute of limitation by state`}
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
              Criminal: {describeLimitation(row.facts?.criminal)}
              <br />
              Civil: {describeLimitation(row.facts?.civil)}
            </>
          );
        }}
      />
    </ChartFrame>
  );
}

export function LimitationsTable({
  rows,
  stateHref,
}: {
  rows: readonly LimitationRow[];
  stateHref: (code: string) => string;
}) {
  return (
    <table className="table">
      <caption className="visually-hidden">
        Criminal and civil statutes of limitation by state
      </caption>
      <thead>
        <tr>
          <th scope="col">State</th>
          <th scope="col">Criminal</th>
          <th scope="col">Civil</th>
          <th scope="col">Basis</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.code}>
            <th scope="row">
              <Link to={stateHref(row.code)}>{row.name}</Link>
            </th>
            <td>{describeLimitationScope(row.facts?.criminal)}</td>
            <td>{describeLimitationScope(row.facts?.civil)}</td>
            <td>{row.facts ? BASIS_LABELS[row.facts.basis] : 'No data'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
