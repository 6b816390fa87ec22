import type { Framework } from '@/domain/contract/framework-schema';
import type { EditionSummary, SummaryState } from '@/domain/contract/summary-schema';

/** A small framework (two areas: 2 + 2 goals) and summaries built from status strings. */
export const smallFramework: Framework = {
  schemaVersion: 1,
  id: 'test',
  name: 'Test framework',
  publisher: 'Tests',
  editions: [2021, 2022],
  description: 'Two issue areas of two goals.',
  scoring: {
    credit: { meets: 1, partial: 0.5, 'does-not-meet': 0 },
    weightsNote: 'Equal.',
    description: 'Coverage.',
  },
  issueAreas: [
    {
      id: '1',
      title: 'One',
      goals: [
        { id: '1.1', title: 'A', weight: 1 },
        { id: '1.2', title: 'B', weight: 1 },
      ],
    },
    {
      id: '2',
      title: 'Two',
      goals: [
        { id: '2.1', title: 'C', weight: 1 },
        { id: '2.2', title: 'D', weight: 1 },
      ],
    },
  ],
};

export function summaryOf(
  states: Record<string, string>,
  extra: Record<string, Partial<SummaryState>> = {},
  year = 2022,
): EditionSummary {
  return {
    schemaVersion: 1,
    dataset: 'demo',
    synthetic: true,
    framework: 'test',
    year,
    goals: ['1.1', '1.2', '2.1', '2.2'],
    issueAreas: ['1', '2'],
    states: Object.entries(states).map(([code, statuses]) => ({
      code,
      asOf: null,
      statuses,
      evaluated: [...statuses].filter((c) => c !== 'n').length,
      score: null,
      issueScores: [null, null],
      ...extra[code],
    })),
  };
}
