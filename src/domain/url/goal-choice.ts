import type { Framework } from '@/domain/contract/framework-schema';

/**
 * Which goals a view shows, from the view state's `issues` and `goals` (`?issues=2~4`,
 * `?goals=2.5~2.9~4.6`): a goal is shown when its issue area is chosen (none chosen: every area)
 * and the goal is chosen (none chosen: every goal). The heatmap and compare read them the same way
 * and change them with the same controls (src/components/goal-choice-controls.tsx).
 */
export interface GoalChoice {
  issues: readonly string[];
  goals: readonly string[];
}

type ChoiceFramework = Pick<Framework, 'issueAreas'>;

function allGoalIds(framework: ChoiceFramework): string[] {
  return framework.issueAreas.flatMap((a) => a.goals.map((g) => g.id));
}

/** The goals shown, in the framework's order. */
export function goalsShown(framework: ChoiceFramework, choice: GoalChoice): string[] {
  const issues = new Set(choice.issues);
  const goals = new Set(choice.goals);
  return framework.issueAreas
    .filter((a) => issues.size === 0 || issues.has(a.id))
    .flatMap((a) => a.goals)
    .filter((g) => goals.size === 0 || goals.has(g.id))
    .map((g) => g.id);
}

/** Whether the choice leaves any goal out. */
export function narrowsGoals(framework: ChoiceFramework, choice: GoalChoice): boolean {
  return goalsShown(framework, choice).length < allGoalIds(framework).length;
}

/**
 * Ticks or unticks one issue area, where none ticked means all shown: unticking one of all keeps
 * the others; ticking the last one missing returns to all (`[]`). Null when it would leave no area.
 */
export function toggleIssue(
  framework: ChoiceFramework,
  issues: readonly string[],
  areaId: string,
): string[] | null {
  const all = framework.issueAreas.map((a) => a.id);
  const shown = issues.length === 0 ? all : all.filter((id) => issues.includes(id));
  const next = shown.includes(areaId)
    ? shown.filter((id) => id !== areaId)
    : all.filter((id) => shown.includes(id) || id === areaId);
  if (next.length === 0) return null;
  return all.every((id) => next.includes(id)) ? [] : next;
}

/**
 * Ticks or unticks one goal of the goals chosen (none ticked: every goal), kept in the framework's
 * order; every goal ticked is the same view as none, so the link stays short (`[]`).
 */
export function toggleGoal(
  framework: ChoiceFramework,
  goals: readonly string[],
  goalId: string,
): string[] {
  const all = allGoalIds(framework);
  const next = goals.includes(goalId)
    ? goals.filter((id) => id !== goalId)
    : all.filter((id) => goals.includes(id) || id === goalId);
  return all.every((id) => next.includes(id)) ? [] : all.filter((id) => next.includes(id));
}

/** "all 40 goals", "3 of 40 goals: 2.5, 2.9, 4.6", "11 of 40 goals" (ids named up to `named`). */
export function describeGoalChoice(
  framework: ChoiceFramework,
  choice: GoalChoice,
  named = 6,
): string {
  const shown = goalsShown(framework, choice);
  const total = allGoalIds(framework).length;
  if (shown.length === total) return `all ${total} goals`;
  const ids = shown.length > 0 && shown.length <= named ? `: ${shown.join(', ')}` : '';
  return `${shown.length} of ${total} ${total === 1 ? 'goal' : 'goals'}${ids}`;
}
