import type { EditionSummary, SummaryState } from '@/domain/contract/summary-schema';

/** Summary states for the overview's unit tests: nothing evaluated unless the test says so. */
export function summaryState(code: string, patch: Partial<SummaryState> = {}): SummaryState {
  return {
    code,
    asOf: null,
    statuses: 'n'.repeat(40),
    evaluated: 0,
    score: null,
    issueScores: [null, null, null, null, null, null],
    ...patch,
  };
}

export function withStates(summary: EditionSummary, states: SummaryState[]): EditionSummary {
  return { ...summary, states };
}

export type JuvenilePatch = Partial<
  NonNullable<NonNullable<SummaryState['facts']>['juvenileJurisdiction']>
>;

export function juvenile(patch: JuvenilePatch = {}) {
  return {
    minAge: 10,
    maxAge: 17,
    automaticTransfer: null,
    directFile: null,
    discretionaryTransfer: null,
    traumaConsidered: null,
    basis: 'reference' as const,
    ...patch,
  };
}
