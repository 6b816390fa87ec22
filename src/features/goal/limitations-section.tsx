import { useMemo, useState } from 'react';
import { ChartFrame } from '@/components/chart-frame';
import { TileMap, type TileDatum } from '@/components/tile-map';
import {
  describeLimitation,
  describeLimitationScope,
  LIMITATION_CATEGORY_COLORS,
  LIMITATION_CATEGORY_LABELS,
  LIMITATION_KIND_LABELS,
  LIMITATION_KINDS,
  limitationCategory,
  limitationTileValue,
  type LimitationKind,
} from '@/domain/facts/limitations';
import type { LimitationsChart } from './goal-chart';
import { chosenLabel, notChosenTile } from './chosen-mark';
import { frameOf } from './goal-frame';
import { StateFactTable } from './state-fact-table';

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
  const { rows, shown, chosen, mapSubtitles } = chart.model;
  const [kind, setKind] = useState<LimitationKind>('criminal');
  const tiles = useMemo(() => {
    const chosenSet = new Set(chosen.codes);
    const map = new Map<string, TileDatum>();
    for (const row of rows) {
      if (chosen.only && !chosenSet.has(row.code)) {
        map.set(row.code, notChosenTile(row.name));
        continue;
      }
      const rule = row.facts?.[kind] ?? null;
      const category = limitationCategory(rule);
      const colors = category === 'unknown' ? null : LIMITATION_CATEGORY_COLORS[category];
      map.set(row.code, {
        fill: colors?.fill ?? 'transparent',
        textColor: colors?.text ?? 'inherit',
        value: limitationTileValue(rule),
        label: chosenLabel(
          `${row.name}: ${LIMITATION_KIND_LABELS[kind].toLowerCase()} statute of limitation: ${describeLimitation(rule).toLowerCase()}`,
          chosenSet.has(row.code),
        ),
        noData: category === 'unknown',
      });
    }
    return map;
  }, [rows, kind, chosen]);
  const byCode = useMemo(() => new Map(rows.map((r) => [r.code, r])), [rows]);

  return (
    <ChartFrame
      {...frameOf(chart, exportable)}
      subtitle={mapSubtitles[kind]}
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
            {(
              Object.keys(LIMITATION_CATEGORY_COLORS) as (keyof typeof LIMITATION_CATEGORY_COLORS)[]
            ).map((c) => (
              <li key={c}>
                <span
                  className="legend__swatch"
                  style={{ background: LIMITATION_CATEGORY_COLORS[c].fill }}
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
      table={
        <StateFactTable
          rows={shown}
          chosen={chosen.codes}
          caption="Criminal and civil statutes of limitation by state"
          columns={LIMITATION_KINDS.map((k) => LIMITATION_KIND_LABELS[k])}
          cells={(row) => LIMITATION_KINDS.map((k) => describeLimitationScope(row.facts?.[k]))}
          stateHref={stateHref}
        />
      }
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
