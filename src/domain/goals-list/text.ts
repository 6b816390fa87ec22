import type { GoalListItem, GoalsList } from './model';

/** Names that fit in a sentence: a dozen reads, more is a count. */
export const MAX_NAMED = 12;

function listWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function mostMet(list: GoalsList, total: number): string {
  const goals: GoalListItem[] = list.areas.flatMap((a) => a.goals);
  const most = Math.max(0, ...goals.map((g) => g.counts.meets));
  if (most === 0) return 'No jurisdiction meets any goal in this edition.';
  const top = goals.filter((g) => g.counts.meets === most);
  if (top.length > 3) return `${top.length} goals are met by ${most} of ${total}, the most.`;
  const ids = listWords(top.map((g) => g.id));
  return top.length === 1
    ? `Most often met: goal ${ids} (${most} of ${total}).`
    : `Most often met: goals ${ids} (${most} of ${total} each).`;
}

/**
 * What the list shows, in a few sentences (of the whole list, whatever the search): how many
 * goals, which jurisdictions have evaluations at all (named when a dozen or fewer), that the rest
 * are unknown rather than failing, and the goal met most often.
 */
export function describeGoalsList(list: GoalsList): string {
  const goals = list.frameworkGoalCount;
  const total = list.jurisdictionCount;
  const { evaluated } = list;
  const head = `${goals} policy goals in ${list.areas.length} issue areas; each goal’s counts are of the ${total} jurisdictions.`;
  if (evaluated.length === 0) {
    return `${head} No jurisdiction has an evaluation in this edition of the dataset: every status is unknown (not evaluated).`;
  }
  const complete = evaluated.filter((e) => e.goals >= goals).length;
  const verb = evaluated.length === 1 ? 'has' : 'have';
  const who =
    evaluated.length <= MAX_NAMED
      ? `${evaluated.length} of ${total} ${verb} evaluations in this edition: ${listWords(
          evaluated.map((e) =>
            e.goals >= goals
              ? `${e.name} (all ${goals} goals)`
              : `${e.name} (${e.goals} of ${goals})`,
          ),
        )}.`
      : `${evaluated.length} of ${total} have evaluations in this edition, ${complete} of them on all ${goals} goals.`;
  const rest = total - evaluated.length;
  const others =
    rest === 0
      ? ''
      : ` The other ${rest} ${rest === 1 ? 'is' : 'are'} not evaluated on any goal (unknown, not “does not meet”).`;
  return `${head} ${who}${others} ${mostMet(list, total)}`;
}

/** What the search leaves, for a live status line: "Showing 3 of 40 goals matching “court”." */
export function describeSearch(shown: GoalsList, query: string): string {
  const q = query.trim();
  const of = shown.frameworkGoalCount;
  if (!q) return `Showing all ${of} goals.`;
  if (shown.goalCount === 0)
    return `No goal matches “${q}”. Search by a goal’s number or words of its title.`;
  return `Showing ${shown.goalCount} of ${of} goals matching “${q}”.`;
}
