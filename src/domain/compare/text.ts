import { stateName } from '@/domain/format/jurisdictions';
import type { CompareCounts } from './rows';

/**
 * What the goal-by-goal comparison says about itself, in sentences: how many goals it shows of
 * how many, how many differ, and how many could not be compared for lack of data (and for which
 * states), so that a goal hidden or kept is always accounted for.
 */
export interface ComparisonTextInput {
  /** Counts over the goals chosen (before "differences only") */
  counts: CompareCounts;
  /** Goals of the framework */
  total: number;
  /** Whether the goal choice leaves some goal out */
  choosing: boolean;
  diff: boolean;
  /** Whether a goal shown holds typed facts (shown beside its statuses) */
  facts: boolean;
}

function goals(n: number): string {
  return `${n} ${n === 1 ? 'goal' : 'goals'}`;
}

/** "Massachusetts", "Massachusetts and New York", "Massachusetts, New York and Rhode Island" */
function joinWords(words: readonly string[]): string {
  return words.length <= 1
    ? (words[0] ?? '')
    : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

/** The first sentence: what is shown, of how many goals. */
export function shownSentence({ counts, total, choosing, diff }: ComparisonTextInput): string {
  const { shown: chosen, differing, same, notComparable } = counts;
  const ofChosen = choosing ? ` (of the ${chosen} chosen)` : '';
  if (!diff) {
    return choosing
      ? `Showing ${chosen} of ${total} goals, the goals chosen; the states differ on ${differing}.`
      : `All ${total} goals; the states differ on ${differing}.`;
  }
  if (notComparable === 0) {
    if (differing === 0) {
      return `The states have the same status on all ${choosing ? `${chosen} goals chosen` : `${total} goals`}.`;
    }
    return `Showing the ${differing} of ${total} goals where the states differ${ofChosen}.`;
  }
  const hidden =
    same > 0 ? `; the ${goals(same)} where they agree ${same === 1 ? 'is' : 'are'} hidden` : '';
  return (
    `Showing ${differing + notComparable} of ${total} goals: ${differing} where the states differ ` +
    `and ${notComparable} that could not be compared${hidden}${ofChosen}.`
  );
}

/** Why some goals could not be compared, or null when every goal could be. */
export function notComparedSentence({ counts }: ComparisonTextInput): string | null {
  const { notComparable, unknownStates } = counts;
  if (notComparable === 0) return null;
  const all = unknownStates.every((s) => s.goals === notComparable);
  const names = unknownStates.map((s) =>
    all ? stateName(s.code) : `${stateName(s.code)} (${goals(s.goals)})`,
  );
  return (
    `${goals(notComparable)} could not be compared for lack of data` +
    (names.length ? `: not evaluated for ${joinWords(names)}.` : '.')
  );
}

/** The sentences, in order: shown, not compared, partly known, and what "differ" compares. */
export function comparisonSentences(input: ComparisonTextInput): string[] {
  const lines = [shownSentence(input)];
  const notCompared = notComparedSentence(input);
  if (notCompared) lines.push(notCompared);
  const { partlyKnown } = input.counts;
  if (partlyKnown > 0) {
    lines.push(
      `On ${partlyKnown === 1 ? '1 goal' : `${partlyKnown} goals`} compared, not every state has a status: ` +
        'the states that have one are compared.',
    );
  }
  if (input.facts) {
    lines.push(
      'Only statuses are compared: facts shown beside them (reference data or the report’s reading) are not.',
    );
  }
  return lines;
}
