import type { Framework } from '@/domain/contract/framework-schema';
import type { HeatmapModel, HeatmapRow, HeatmapSort } from './model';
import { formatScore } from '@/domain/format/numbers';
import { publisherName } from '@/domain/format/publisher';
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

/**
 * "by name", "by issue area 2 score", "by goal 2.9 status", "by coverage score": the order of the
 * rows in words.
 */
export function sortWords(sort: HeatmapSort): string {
  switch (sort.kind) {
    case 'name':
      return 'by name';
    case 'issue':
      return `by issue area ${sort.issueId} score`;
    case 'goal':
      return `by goal ${sort.goalId} status`;
    default:
      return 'by coverage score';
  }
}

/** The order of the rows, said after the row count (a live region: a change of sort is heard). */
export function sortStatusText(sort: HeatmapSort): string {
  switch (sort.kind) {
    case 'name':
      return 'Sorted by name, A–Z';
    case 'issue':
      return `Sorted by issue area ${sort.issueId} score, highest first`;
    case 'goal':
      return `Sorted by goal ${sort.goalId} status: ${STATUS_WORDS.meets} first, ${STATUS_WORDS['not-evaluated']} last`;
    default:
      return 'Sorted by coverage score, highest first';
  }
}

/** The heading of the score beside each state: "Score", or "Issue 2 score" when sorted by one. */
export function scoreHeading(model: HeatmapModel): string {
  return model.sort.kind === 'issue' ? `Issue ${model.sort.issueId} score` : 'Score';
}

/** The score beside a state (the one the rows are sorted by) and its goals: "80.0 (40)", or "—". */
export function keyScoreText(row: HeatmapRow): string {
  return row.keyScore === null ? '—' : `${formatScore(row.keyScore)} (${row.keyEvaluated})`;
}

/** The legend's note on the score beside each state, and on faded cells. */
export function legendNote(model: HeatmapModel): string {
  const what = model.sort.kind === 'issue' ? `Issue area ${model.sort.issueId} score` : 'Score';
  const faded =
    model.statusFilter.length > 0 ? ' Faded cells have a status not selected in the filter.' : '';
  return `${what}: this project’s coverage score, 0–100 over the goals evaluated (their number in brackets); — when no goal is evaluated.${faded}`;
}

export function subtitleText({ year, synthetic, model, framework, states }: SubtitleInput): string {
  const parts = [`${year} edition`, synthetic ? 'synthetic demo data' : 'report data'];
  const areaCount = framework.issueAreas.length;
  const goalIds = model.columns.map((c) => c.goalId);
  if (model.goalFilter.length > 0) {
    parts.push(
      goalIds.length > 0 && goalIds.length <= 5
        ? `${goalIds.length === 1 ? 'goal' : 'goals'} ${listWords(goalIds)}`
        : plural(goalIds.length, 'goal'),
    );
  } else {
    parts.push(
      model.groups.length === areaCount
        ? `all ${areaCount} issue areas`
        : `${model.groups.length === 1 ? 'issue area' : 'issue areas'} ${listWords(model.groups.map((g) => g.issueId))}`,
    );
  }
  if (model.statusFilter.length > 0) {
    parts.push(`statuses: ${listWords(model.statusFilter.map((s) => STATUS_WORDS[s]))}`);
  }
  parts.push(states.length > 0 ? plural(states.length, 'chosen state') : 'all states');
  parts.push(`sorted ${sortWords(model.sort)}`);
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

/** " Laws as of 2022-08-01." or " Laws as of 2022-07-01 to 2022-08-01."; "" without dates. */
function lawsAsOf(asOf: readonly string[]): string {
  if (asOf.length === 0) return '';
  return asOf.length === 1
    ? ` Laws as of ${asOf[0]}.`
    : ` Laws as of ${asOf[0]} to ${asOf[asOf.length - 1]}.`;
}

export interface SourceOptions {
  /**
   * Whether synthetic data's line ends with its as-of dates too (the embed's does: a host page
   * shows no other date); report data's line always carries them.
   */
  syntheticAsOf?: boolean;
}

export function sourceText(
  framework: Framework,
  year: number,
  synthetic: boolean,
  asOf: readonly string[],
  { syntheticAsOf = false }: SourceOptions = {},
): string {
  const measure =
    'Coverage score: this project’s measure (equal weights, over evaluated goals), not the publisher’s.';
  const publisher = publisherName(framework);
  if (synthetic) {
    return `Source: synthetic demo data generated by Statewise against ${publisher}’s policy goals; it describes no state’s real law. ${measure}${syntheticAsOf ? lawsAsOf(asOf) : ''}`;
  }
  return `Source: ${publisher}, ${framework.name}, ${year} edition.${lawsAsOf(asOf)} ${measure}`;
}
