import { StatusGlyph } from '@/components/status-glyph';
import { STATUSES } from '@/domain/contract/evaluation-schema';
import type { HeatmapModel } from '@/domain/heatmap/model';
import { formatScore } from '@/domain/format/numbers';

/** The heatmap as a plain table: per state, how many goals shown have each status, and the score. */
export function HeatmapTable({ model }: { model: HeatmapModel }) {
  const goals = model.columns.length;
  const issue = model.sort.kind === 'issue' ? model.sort : null;
  return (
    <table className="table hm-table">
      <caption className="hm-table__caption">
        Goals by status for each state shown, counted over the {goals}{' '}
        {goals === 1 ? 'goal' : 'goals'} shown. The coverage score (this project’s measure, equal
        weights) is over all evaluated goals; a state with none evaluated has no score.
      </caption>
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
          {issue ? (
            <th scope="col" className="hm-table__num">
              Issue area {issue.issueId} score (goals evaluated)
            </th>
          ) : null}
        </tr>
      </thead>
      <tbody>
        {model.rows.map((row) => (
          <tr key={row.code}>
            <th scope="row">{row.name}</th>
            {STATUSES.map((s) => (
              <td key={s} className="hm-table__num">
                {row.counts[s]}
              </td>
            ))}
            <td className="hm-table__num">
              {row.score === null ? 'No score' : formatScore(row.score)}
            </td>
            <td className="hm-table__num">
              {row.evaluated} of {model.totalGoals}
            </td>
            {issue ? (
              <td className="hm-table__num">
                {row.keyScore === null
                  ? 'No score'
                  : `${formatScore(row.keyScore)} (${row.keyEvaluated})`}
              </td>
            ) : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
