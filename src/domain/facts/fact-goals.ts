import { factKindsOfGoal, type FactGoals, type FactKind } from '@/domain/contract/fact-kinds';
import { juvenileSortKey } from '@/domain/url/view-sorts';

/**
 * What the URL code and the app shell need to know of each kind of typed fact, and of the goal
 * that holds it: names, whether the goal page's `sort` orders its comparison, whether the goal's
 * embed shows it. Small and pure (no rows, no words), because it is read on every page, before
 * the comparisons load; registry.ts builds each kind's full entry on it.
 */
export interface FactKindBasics {
  /** What the facts are: "Juvenile court ages and transfer laws" */
  label: string;
  /** The title of the goal page's comparison chart: "Ages of juvenile court jurisdiction" */
  chartTitle: string;
  /**
   * How the goal page reads the URL's `sort` for this comparison (the value it shows for any
   * value, or none); undefined when the comparison has no order to choose.
   */
  sortKey?: (sort: string | null) => string;
  /** The goal's embed shows this comparison (`chart=status` for its status map instead) */
  embedded: boolean;
}

export const FACT_KIND_BASICS: { readonly [K in FactKind]: FactKindBasics } = {
  juvenileJurisdiction: {
    label: 'Juvenile court ages and transfer laws',
    chartTitle: 'Ages of juvenile court jurisdiction',
    sortKey: juvenileSortKey,
    embedded: true,
  },
  statuteOfLimitations: {
    label: 'Statutes of limitation',
    chartTitle: 'Statutes of limitation',
    embedded: false,
  },
  victimProtections: {
    label: 'Victim protections in court',
    chartTitle: 'Victim protections in court',
    embedded: false,
  },
};

/** The kind of fact whose order the goal page's `sort` chooses, if the goal has one. */
export function sortedFactKind(framework: FactGoals, goalId: string): FactKind | undefined {
  return factKindsOfGoal(framework, goalId).find((k) => FACT_KIND_BASICS[k].sortKey);
}

/** Whether the goal's page depends on the URL's `sort` (so a shared link pins it). */
export function goalSortable(framework: FactGoals, goalId: string): boolean {
  return sortedFactKind(framework, goalId) !== undefined;
}

/**
 * The order a goal page shows for the URL's `sort`, as the page reads it; undefined when the
 * goal's page has nothing to order.
 */
export function goalSortKey(
  framework: FactGoals,
  goalId: string,
  sort: string | null,
): string | undefined {
  const kind = sortedFactKind(framework, goalId);
  return kind === undefined ? undefined : FACT_KIND_BASICS[kind].sortKey?.(sort);
}

/** The kind of fact whose chart the goal's embed shows by default (else its status map). */
export function embeddedFactKind(framework: FactGoals, goalId: string): FactKind | undefined {
  return factKindsOfGoal(framework, goalId).find((k) => FACT_KIND_BASICS[k].embedded);
}

/** The title of the chart the goal's embed shows by default, if it is not the status map. */
export function embeddedChartTitle(framework: FactGoals, goalId: string): string | undefined {
  const kind = embeddedFactKind(framework, goalId);
  return kind === undefined ? undefined : FACT_KIND_BASICS[kind].chartTitle;
}

/**
 * The goal the Goals tab opens: the first goal, in framework order, that holds a kind of fact
 * (so it has a comparison to show), else the framework's first goal.
 */
export function featuredGoalId(framework: FactGoals): string | undefined {
  const goals = framework.issueAreas.flatMap((a) => a.goals);
  return (goals.find((g) => (g.facts?.length ?? 0) > 0) ?? goals[0])?.id;
}
