import { STATUSES, type Status } from '@/domain/contract/evaluation-schema';
import type { Framework } from '@/domain/contract/framework-schema';
import { emptyCounts, type HeatmapModel, type HeatmapRow } from '@/domain/heatmap/model';

/**
 * A heatmap model of `rows` synthetic jurisdictions over the framework's goals, for the benchmark's
 * scale harness only: the app's schemas know the 51 real codes, so more rows cannot come through
 * the data. Deterministic, so runs compare.
 */
export function syntheticHeatmapModel(framework: Framework, rows: number): HeatmapModel {
  const groups = framework.issueAreas.map((a) => ({
    issueId: a.id,
    title: a.title,
    span: a.goals.length,
  }));
  const columns = framework.issueAreas.flatMap((area) =>
    area.goals.map((goal, i) => ({
      goalId: goal.id,
      title: goal.title,
      name: `goal ${goal.id} ${goal.title}`,
      issueId: area.id,
      summaryIndex: -1,
      groupStart: i === 0,
    })),
  );
  let seed = 12345;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const modelRows: HeatmapRow[] = Array.from({ length: rows }, (_, r) => {
    const counts = emptyCounts();
    const statuses = columns.map((): Status => {
      const s = STATUSES[Math.floor(next() * STATUSES.length)]!;
      counts[s] += 1;
      return s;
    });
    const evaluated = columns.length - counts['not-evaluated'];
    const score =
      evaluated === 0
        ? null
        : Math.round(((counts.meets + counts.partial / 2) / evaluated) * 1000) / 10;
    return {
      code: `S${String(r + 1).padStart(3, '0')}`,
      name: `Synthetic jurisdiction ${r + 1}`,
      region: null,
      asOf: null,
      statuses,
      matches: null,
      counts,
      score,
      evaluated,
      keyScore: score,
      keyEvaluated: evaluated,
    };
  });
  return {
    groups,
    columns,
    rows: modelRows,
    totalStates: rows,
    totalGoals: columns.length,
    sort: { kind: 'name' },
    statusFilter: [],
    goalFilter: [],
    filtered: false,
  };
}
