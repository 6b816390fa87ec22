import { useMemo } from 'react';
import { ChartFrame } from '@/components/chart-frame';
import { Link } from '@/components/router';
import { TileMap, type TileDatum } from '@/components/tile-map';
import { BASIS_LABELS } from '@/domain/facts/fact-values';
import {
  describeProtectionCount,
  PROTECTION_FIELDS,
  PROTECTION_LABELS,
  type ProtectionRow,
} from '@/domain/facts/protections';
import type { ProtectionsChart } from './goal-chart';
import { YesNoValue } from './goal-fact';

/** Sequential greens by the number of protections in law, 0 to 3. */
const COUNT_COLORS: readonly { fill: string; text: string }[] = [
  { fill: '#edf8e9', text: '#111111' },
  { fill: '#bae4b3', text: '#111111' },
  { fill: '#74c476', text: '#111111' },
  { fill: '#006d2c', text: '#ffffff' },
];

export interface ProtectionsSectionProps {
  chart: ProtectionsChart;
  stateHref: (code: string) => string;
  highlighted: readonly string[];
  /** With the Download menu (the page; an embed has none) */
  exportable: boolean;
}

/** The three protections in court, counted on a map and listed in a table. */
export function ProtectionsSection({
  chart,
  stateHref,
  highlighted,
  exportable,
}: ProtectionsSectionProps) {
  const { rows } = chart.model;
  const tiles = useMemo(() => {
    const map = new Map<string, TileDatum>();
    for (const row of rows) {
      const colors = row.facts ? COUNT_COLORS[row.provided] : undefined;
      map.set(row.code, {
        fill: colors?.fill ?? 'transparent',
        textColor: colors?.text ?? 'inherit',
        value: row.facts ? `${row.unknown > 0 ? '≥' : ''}${row.provided}/3` : '?',
        label: `${row.name}: ${describeProtectionCount(row)}`,
        noData: !row.facts,
      });
    }
    return map;
  }, [rows]);
  const byCode = useMemo(() => new Map(rows.map((r) => [r.code, r])), [rows]);

  return (
    <ChartFrame
      title={chart.title}
      subtitle={chart.subtitle}
      source={chart.source}
      synthetic={chart.synthetic}
      {...(exportable ? { exportSpec: chart.exportSpec } : {})}
      summary={<p>{chart.summary}</p>}
      legend={
        <div className="legend" role="group" aria-label="Legend: protections in law">
          <span className="legend__title">Protections in law</span>
          <ul className="legend__items">
            {COUNT_COLORS.map((c, n) => (
              <li key={n}>
                <span
                  className="legend__swatch"
                  style={{ background: c.fill }}
                  aria-hidden="true"
                />
                {n} of 3
              </li>
            ))}
            <li>
              <span className="legend__swatch goal-swatch--hatched" aria-hidden="true" />
              Unknown (no data)
            </li>
            <li>≥ some protections unknown: at least this many</li>
          </ul>
        </div>
      }
      table={<ProtectionsTable rows={rows} stateHref={stateHref} />}
    >
      <TileMap
        title="Victim protections in court by state"
        tiles={tiles}
        hrefFor={stateHref}
        highlighted={highlighted}
        tooltip={(code) => {
          const row = byCode.get(code);
          if (!row) return null;
          if (!row.facts) {
            return (
              <>
                <strong>{row.name}</strong>
                <br />
                Unknown: no data in this dataset.
              </>
            );
          }
          return (
            <>
              <strong>{row.name}</strong>
              {PROTECTION_FIELDS.map((f) => (
                <span key={f} className="goal-tooltip-line">
                  {PROTECTION_LABELS[f]}: <YesNoValue value={row.values[f]} />
                </span>
              ))}
            </>
          );
        }}
      />
    </ChartFrame>
  );
}

export function ProtectionsTable({
  rows,
  stateHref,
}: {
  rows: readonly ProtectionRow[];
  stateHref: (code: string) => string;
}) {
  return (
    <table className="table">
      <caption className="visually-hidden">Victim protections in court by state</caption>
      <thead>
        <tr>
          <th scope="col">State</th>
          {PROTECTION_FIELDS.map((f) => (
            <th key={f} scope="col">
              {PROTECTION_LABELS[f]}
            </th>
          ))}
          <th scope="col">In law</th>
          <th scope="col">Basis</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.code}>
            <th scope="row">
              <Link to={stateHref(row.code)}>{row.name}</Link>
            </th>
            {PROTECTION_FIELDS.map((f) => (
              <td key={f}>
                <YesNoValue value={row.values[f]} />
              </td>
            ))}
            <td>{describeProtectionCount(row)}</td>
            <td>{row.facts ? BASIS_LABELS[row.facts.basis] : 'No data'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
