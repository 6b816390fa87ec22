import { memo } from 'react';
import { ChartFrame } from '@/components/chart-frame';
import { frameTexts, type CompareProfileDefinition } from './compare-chart';
import { CompareProfileChart } from './compare-profile-chart';
import { CompareTable } from './compare-table';

/** The issue-area profile in its frame, drawn from its definition: chart, legend, table, notes. */
export const CompareProfileFrame = memo(function CompareProfileFrame({
  chart,
}: {
  chart: CompareProfileDefinition;
}) {
  const { model } = chart;
  return (
    <ChartFrame
      {...frameTexts(chart)}
      exportSpec={chart.exportSpec}
      summary={
        <>
          {model.lines.map((line) => (
            <p key={line}>{line}</p>
          ))}
          {model.gapNote ? <p className="compare__gap-note">{model.gapNote}</p> : null}
          {model.scopeNote ? <p className="compare__gap-note">{model.scopeNote}</p> : null}
        </>
      }
      legend={
        <div className="legend" role="group" aria-label="Legend: states">
          <span className="legend__title">States</span>
          <ul className="legend__items">
            {model.legend.map((entry) => (
              <li key={entry.code}>
                <span
                  className="legend__swatch"
                  style={{ background: entry.color, borderColor: entry.color }}
                  aria-hidden="true"
                />
                {entry.label}
              </li>
            ))}
          </ul>
        </div>
      }
      table={
        <CompareTable table={model.table}>
          {model.table.rows.map((row) => (
            <tr key={row.id}>
              <th scope="row">{row.header}</th>
              {row.cells.map((cell, i) => (
                <td key={model.codes[i]}>
                  {cell.value} <span className="compare__muted">{cell.note}</span>
                </td>
              ))}
            </tr>
          ))}
        </CompareTable>
      }
    >
      <CompareProfileChart
        profile={model.profile}
        codes={model.codes}
        drawn={model.drawn}
        leftOutNote={model.leftOutNote}
      />
    </ChartFrame>
  );
});
