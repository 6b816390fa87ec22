import { StatusGlyph } from '@/components/status-glyph';
import { STATUSES } from '@/domain/contract/evaluation-schema';
import type { HeatmapTableDefinition } from './heatmap-chart';

/** The heatmap as a plain table: per state, how many goals shown have each status, and the score. */
export function HeatmapTable({ table }: { table: HeatmapTableDefinition }) {
  return (
    <table className="table hm-table">
      <caption className="hm-table__caption">{table.caption}</caption>
      <thead>
        <tr>
          <th scope="col">State</th>
          {STATUSES.map((s) => (
            <th key={s} scope="col" className="hm-table__num">
              <StatusGlyph status={s} withLabel />
            </th>
          ))}
          <th scope="col" className="hm-table__num">
            Coverage score
          </th>
          <th scope="col" className="hm-table__num">
            Goals evaluated
          </th>
          {table.issueHeading ? (
            <th scope="col" className="hm-table__num">
              {table.issueHeading}
            </th>
          ) : null}
        </tr>
      </thead>
      <tbody>
        {table.rows().map((row) => (
          <tr key={row.code}>
            <th scope="row">{row.name}</th>
            {STATUSES.map((s) => (
              <td key={s} className="hm-table__num">
                {row.counts[s]}
              </td>
            ))}
            <td className="hm-table__num">{row.score}</td>
            <td className="hm-table__num">{row.evaluated}</td>
            {row.issueScore !== null ? <td className="hm-table__num">{row.issueScore}</td> : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
