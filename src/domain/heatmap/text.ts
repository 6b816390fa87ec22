import type { Framework } from '@/domain/contract/framework-schema';
import type { HeatmapModel, HeatmapRow } from './model';
import { formatScore } from '@/domain/format/numbers';
import { STATUS_WORDS } from '@/domain/format/status-words';

/**
 * The words around the heatmap: subtitle, text summary, row count and source line. Pure, so what a
 * reader is told (and what a screen reader reads before the grid) is tested with the numbers.
 */

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function listWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  if (items.length === 2) return `${items[0]} and ${items[1]}`;
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** "Showing 12 of 51 states", with the goals when issue areas are filtered. */
export function rowCountText(model: HeatmapModel): string {
  const states = `Showing ${model.rows.length} of ${plural(model.totalStates, 'state')}`;
  return model.columns.length === model.totalGoals
    ? states
    : `${states} · ${model.columns.length} of ${model.totalGoals} goals`;
}

export interface SubtitleInput {
  year: number;
  synthetic: boolean;
  model: HeatmapModel;
  framework: Framework;
  /** The states filter as given (empty = all) */
  states: readonly string[];
}

export function subtitleText({ year, synthetic, model, framework, states }: SubtitleInput): string {
  const parts = [`${year} edition`, synthetic ? 'synthetic demo data' : 'report data'];
  const areaCount = framework.issueAreas.length;
  parts.push(
    model.groups.length === areaCount
      ? `all ${areaCount} issue areas`
      : `${model.groups.length === 1 ? 'issue area' : 'issue areas'} ${listWords(model.groups.map((g) => g.issueId))}`,
  );
  if (model.statusFilter.length > 0) {
    parts.push(`statuses: ${listWords(model.statusFilter.map((s) => STATUS_WORDS[s]))}`);
  }
  parts.push(states.length > 0 ? plural(states.length, 'chosen state') : 'all states');
  const sort =
    model.sort.kind === 'name'
      ? 'by name'
      : model.sort.kind === 'issue'
        ? `by issue area ${model.sort.issueId} score`
        : 'by coverage score';
  parts.push(`sorted ${sort}`);
  return parts.join(' · ');
}

function countsSentence(row: HeatmapRow, goals: number): string {
  const c = row.counts;
  const parts = [`meets ${c.meets} of the ${plural(goals, 'goal')} shown`];
  parts.push(`partly meets ${c.partial}`);
  parts.push(`does not meet ${c['does-not-meet']}`);
  if (c['not-evaluated'] > 0) parts.push(`${c['not-evaluated']} not evaluated`);
  const score =
    row.score === null
      ? ''
      : ` Coverage score ${formatScore(row.score)} over ${plural(row.evaluated, 'evaluated goal')}.`;
  return `${row.name} ${listWords(parts)}.${score}`;
}

/**
 * What the grid shows, in a few sentences: per state when few states have evaluations; otherwise
 * the goals met by the most and fewest states, and the range of coverage scores.
 */
export function summaryText(model: HeatmapModel): string {
  const { rows, columns } = model;
  if (rows.length === 0) return 'No state matches the filters.';
  const goals = columns.length;
  const evaluatedRows = rows.filter((r) => r.counts['not-evaluated'] < goals);
  const others = rows.length - evaluatedRows.length;
  if (evaluatedRows.length === 0) {
    return `None of the ${plural(rows.length, 'state')} shown has an evaluation of the ${plural(goals, 'goal')} shown in this dataset: every cell is not evaluated (unknown), not a failure.`;
  }
  if (evaluatedRows.length <= 3) {
    const sentences = evaluatedRows.map((r) => countsSentence(r, goals));
    if (others > 0) {
      sentences.push(
        `The other ${plural(others, 'state')} shown ${others === 1 ? 'has' : 'have'} no evaluated goal here (hatched cells: unknown, not a failure).`,
      );
    }
    return sentences.join(' ');
  }

  // Goals met by the most and the fewest states among those with evaluations; ties named together.
  const metBy = columns.map(
    (_, i) => evaluatedRows.filter((r) => r.statuses[i] === 'meets').length,
  );
  const most = Math.max(...metBy);
  const fewest = Math.min(...metBy);
  const goalsWith = (n: number) => {
    const ids = columns.filter((_, i) => metBy[i] === n).map((c) => c.goalId);
    const what =
      ids.length === 1
        ? `goal ${ids[0]}`
        : ids.length <= 3
          ? `goals ${listWords(ids)}`
          : `${ids.length} goals`;
    return `${what} (${n} of ${evaluatedRows.length}${ids.length > 1 ? ' each' : ''})`;
  };
  const sentences = [
    `${evaluatedRows.length} of the ${plural(rows.length, 'state')} shown ${evaluatedRows.length === 1 ? 'has' : 'have'} evaluated goals.`,
    most === fewest
      ? `Every goal shown is met by ${most} of them.`
      : `Most often met: ${goalsWith(most)}. Least often met: ${goalsWith(fewest)}.`,
  ];
  const scored = evaluatedRows.filter((r) => r.score !== null);
  if (scored.length > 1) {
    const scores = scored.map((r) => r.score!);
    const low = Math.min(...scores);
    const high = Math.max(...scores);
    // Ties are named together (or counted), never one state picked arbitrarily.
    const holders = (score: number) => {
      const names = scored.filter((r) => r.score === score).map((r) => r.name);
      return names.length <= 3 ? listWords(names) : `${names.length} states`;
    };
    sentences.push(
      low === high
        ? `Every state shown with evaluated goals has a coverage score of ${formatScore(high)} (this project’s measure, over evaluated goals).`
        : `Coverage scores (this project’s measure, over evaluated goals) range from ${formatScore(low)} (${holders(low)}) to ${formatScore(high)} (${holders(high)}).`,
    );
  }
  if (others > 0) {
    sentences.push(
      `${plural(others, 'state')} ${others === 1 ? 'has' : 'have'} no evaluated goal here.`,
    );
  }
  return sentences.join(' ');
}

/** The distinct as-of dates of the states shown, oldest first. */
export function asOfDates(rows: readonly HeatmapRow[]): string[] {
  return [...new Set(rows.map((r) => r.asOf).filter((d): d is string => d !== null))].sort();
}

export function sourceText(
  framework: Framework,
  year: number,
  synthetic: boolean,
  asOf: readonly string[],
): string {
  const measure =
    'Coverage score: this project’s measure (equal weights, over evaluated goals), not the publisher’s.';
  if (synthetic) {
    return `Source: synthetic demo data generated by Statewise against ${framework.publisher}’s policy goals; it describes no state’s real law. ${measure}`;
  }
  const laws =
    asOf.length === 0
      ? ''
      : asOf.length === 1
        ? ` Laws as of ${asOf[0]}.`
        : ` Laws as of ${asOf[0]} to ${asOf[asOf.length - 1]}.`;
  return `Source: ${framework.publisher}, ${framework.name}, ${year} edition.${laws} ${measure}`;
}
