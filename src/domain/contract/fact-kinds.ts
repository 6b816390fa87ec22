/**
 * The kinds of typed fact a goal of an evaluation can hold. The framework file says which goal
 * holds each kind (`facts` on a goal), so that no code names a goal id for a kind; a kind on no
 * goal of a framework is simply not compared there.
 *
 * Free of zod: the URL code and the app shell read these on every page.
 */
export const FACT_KINDS = [
  'juvenileJurisdiction',
  'statuteOfLimitations',
  'victimProtections',
] as const;
export type FactKind = (typeof FACT_KINDS)[number];

/** The part of a framework that ties fact kinds to goals (a `Framework` is one). */
export interface FactGoals {
  issueAreas: readonly {
    goals: readonly { id: string; facts?: readonly FactKind[] | undefined }[];
  }[];
}

export function isFactKind(value: string): value is FactKind {
  return (FACT_KINDS as readonly string[]).includes(value);
}

/** The kinds of fact a goal holds, in the framework's order; none for an unknown goal. */
export function factKindsOfGoal(framework: FactGoals, goalId: string): readonly FactKind[] {
  for (const area of framework.issueAreas) {
    for (const goal of area.goals) if (goal.id === goalId) return goal.facts ?? [];
  }
  return [];
}

/** The goal that holds a kind of fact, or undefined when the framework has no goal for it. */
export function goalOfFactKind(framework: FactGoals, kind: FactKind): string | undefined {
  for (const area of framework.issueAreas) {
    for (const goal of area.goals) if (goal.facts?.includes(kind)) return goal.id;
  }
  return undefined;
}
