import { frameworkGoals, type Framework } from '@/domain/contract/framework-schema';
import { frameworkWeights } from '@/domain/contract/scoring';
import { MAX_WEIGHT } from '@/domain/url/url-state';

/**
 * What-if weights. The URL keeps only the goals whose weight differs from the framework's, so a
 * link stays short and a later change of the framework's defaults shows up as a difference.
 */
export type WeightOverrides = Readonly<Record<string, number>>;

export const WEIGHT_STEP = 0.5;

/** A typed or dragged value as a weight: within 0..MAX_WEIGHT, two decimals; null if not a number. */
export function cleanWeight(value: number): number | null {
  if (!Number.isFinite(value)) return null;
  const clamped = Math.min(MAX_WEIGHT, Math.max(0, value));
  return Math.round(clamped * 100) / 100;
}

/** The weight of every goal: the framework's, replaced by the overrides it knows. */
export function effectiveWeights(
  framework: Framework,
  overrides: WeightOverrides,
): Record<string, number> {
  const weights = frameworkWeights(framework);
  for (const [id, weight] of Object.entries(overrides)) {
    if (id in weights) weights[id] = weight;
  }
  return weights;
}

/** Only the weights that differ from the framework's, for goals the framework has. */
export function weightOverrides(
  framework: Framework,
  weights: Readonly<Record<string, number>>,
): Record<string, number> {
  const base = frameworkWeights(framework);
  const out: Record<string, number> = {};
  for (const [id, weight] of Object.entries(weights)) {
    if (id in base && base[id] !== weight) out[id] = weight;
  }
  return out;
}

export function setGoalWeight(
  framework: Framework,
  overrides: WeightOverrides,
  goalId: string,
  weight: number,
): Record<string, number> {
  return weightOverrides(framework, {
    ...effectiveWeights(framework, overrides),
    [goalId]: weight,
  });
}

/** Gives every goal of one issue area the same weight. */
export function setAreaWeight(
  framework: Framework,
  overrides: WeightOverrides,
  areaId: string,
  weight: number,
): Record<string, number> {
  const area = framework.issueAreas.find((a) => a.id === areaId);
  if (!area) return weightOverrides(framework, overrides);
  const next = effectiveWeights(framework, overrides);
  for (const goal of area.goals) next[goal.id] = weight;
  return weightOverrides(framework, next);
}

/** Goals of an area whose weight differs from the framework's. */
export function changedGoalsInArea(
  framework: Framework,
  overrides: WeightOverrides,
  areaId: string,
): number {
  const area = framework.issueAreas.find((a) => a.id === areaId);
  const changed = weightOverrides(framework, overrides);
  return area ? area.goals.filter((g) => g.id in changed).length : 0;
}

export function changedGoalCount(framework: Framework, overrides: WeightOverrides): number {
  return Object.keys(weightOverrides(framework, overrides)).length;
}

/** The one weight all goals of an area share, or null when they differ. */
export function sharedAreaWeight(
  framework: Framework,
  overrides: WeightOverrides,
  areaId: string,
): number | null {
  const area = framework.issueAreas.find((a) => a.id === areaId);
  if (!area) return null;
  const weights = effectiveWeights(framework, overrides);
  const values = new Set(area.goals.map((g) => weights[g.id]));
  return values.size === 1 ? ([...values][0] ?? null) : null;
}

export function totalGoals(framework: Framework): number {
  return frameworkGoals(framework).length;
}
