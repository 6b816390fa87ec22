import type { Status } from './shared-schema';
import type { Framework } from './framework-schema';

/**
 * The coverage score: the weighted share of credit a state earns over the goals that have been
 * evaluated, 0-100. Goals that are not evaluated are left out of both sides, so an unknown never
 * counts as a failure; a state with no evaluated goal has no score (null), not zero.
 * This is this project's measure, not the publisher's score, and no letter grade is derived from it.
 */
export interface CoverageScore {
  score: number | null;
  issueScores: (number | null)[];
  evaluated: number;
}

export type Weights = Readonly<Record<string, number>>;

export function frameworkWeights(framework: Framework): Record<string, number> {
  const weights: Record<string, number> = {};
  for (const area of framework.issueAreas) for (const g of area.goals) weights[g.id] = g.weight;
  return weights;
}

function roundScore(value: number): number {
  return Math.round(value * 10) / 10;
}

export function coverageScore(
  framework: Framework,
  statusOf: (goalId: string) => Status,
  weights: Weights = frameworkWeights(framework),
): CoverageScore {
  // Only a framework with goals has scoring (the schema holds it): without goals, nothing to score.
  if (!framework.scoring) {
    return { score: null, issueScores: framework.issueAreas.map(() => null), evaluated: 0 };
  }
  const credit = framework.scoring.credit;
  let earned = 0;
  let possible = 0;
  let evaluated = 0;
  const issueScores = framework.issueAreas.map((area) => {
    let areaEarned = 0;
    let areaPossible = 0;
    for (const goal of area.goals) {
      const status = statusOf(goal.id);
      if (status === 'not-evaluated') continue;
      evaluated += 1;
      const weight = weights[goal.id] ?? goal.weight;
      areaEarned += weight * credit[status];
      areaPossible += weight;
    }
    earned += areaEarned;
    possible += areaPossible;
    return areaPossible > 0 ? roundScore((100 * areaEarned) / areaPossible) : null;
  });
  return {
    score: possible > 0 ? roundScore((100 * earned) / possible) : null,
    issueScores,
    evaluated,
  };
}
