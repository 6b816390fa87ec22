import { useMemo } from 'react';
import { ChartFrame } from '@/components/chart-frame';
import { TileMap, type TileDatum } from '@/components/tile-map';
import {
  describeProtectionCount,
  PROTECTION_COUNT_COLORS,
  PROTECTION_FIELDS,
  PROTECTION_LABELS,
} from '@/domain/facts/protections';
import type { ProtectionsChart } from './goal-chart';
import { YesNoValue } from './goal-fact';
import { chosenLabel, notChosenTile } from './chosen-mark';
import { frameOf } from './goal-frame';
import { StateFactTable } from './state-fact-table';

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
  const { rows, shown, chosen } = chart.model;
  const tiles = useMemo(() => {
    const chosenSet = new Set(chosen.codes);
    const map = new Map<string, TileDatum>();
    for (const row of rows) {
      if (chosen.only && !chosenSet.has(row.code)) {
        map.set(row.code, notChosenTile(row.name));
        continue;
      }
      const colors = row.facts ? PROTECTION_COUNT_COLORS[row.provided] : undefined;
      map.set(row.code, {
        fill: colors?.fill ?? 'transparent',
        textColor: colors?.text ?? 'inherit',
        value: row.facts ? `${row.unknown > 0 ? '≥' : ''}${row.provided}/3` : '?',
        label: chosenLabel(`${row.name}: ${describeProtectionCount(row)}`, chosenSet.has(row.code)),
        noData: !row.facts,
      });
    }
    return map;
  }, [rows, chosen]);
  const byCode = useMemo(() => new Map(rows.map((r) => [r.code, r])), [rows]);

  return (
    <ChartFrame
      {...frameOf(chart, exportable)}
      legend={
        <div className="legend" role="group" aria-label="Legend: protections in law">
          <span className="legend__title">Protections in law</span>
          <ul className="legend__items">
            {PROTECTION_COUNT_COLORS.map((c, n) => (
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
      table={
        <StateFactTable
          rows={shown}
          chosen={chosen.codes}
          caption="Victim protections in court by state"
          columns={[...PROTECTION_FIELDS.map((f) => PROTECTION_LABELS[f]), 'In law']}
          cells={(row) => [
            ...PROTECTION_FIELDS.map((f) => <YesNoValue key={f} value={row.values[f]} />),
            describeProtectionCount(row),
          ]}
          stateHref={stateHref}
        />
      }
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
