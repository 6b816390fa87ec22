import { describe, expect, it } from 'vitest';
import type { Status } from '@/domain/contract/evaluation-schema';
import type { Framework } from '@/domain/contract/framework-schema';
import { coverageScore, frameworkWeights } from '@/domain/contract/scoring';
import { loadFramework } from '../../fixtures/evaluation-fixture';

const framework: Framework = {
  schemaVersion: 1,
  id: 'test',
  name: 'Test framework',
  publisher: 'Tests',
  editions: [2022],
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

function score(statuses: Record<string, Status>, weights?: Record<string, number>) {
  return coverageScore(framework, (id) => statuses[id] ?? 'not-evaluated', weights);
}

describe('coverageScore', () => {
  it('weighs every goal the same by default', () => {
    const result = score({
      '1.1': 'meets',
      '1.2': 'does-not-meet',
      '2.1': 'partial',
      '2.2': 'meets',
    });
    expect(result.score).toBe(62.5);
    expect(result.evaluated).toBe(4);
  });

  it('gives half credit for partial', () => {
    expect(score({ '1.1': 'partial' }).score).toBe(50);
    expect(score({ '1.1': 'partial', '1.2': 'partial' }).score).toBe(50);
  });

  it('leaves goals that are not evaluated out of both sides', () => {
    const result = score({ '1.1': 'meets', '1.2': 'not-evaluated', '2.1': 'does-not-meet' });
    expect(result.score).toBe(50);
    expect(result.evaluated).toBe(2);
  });

  it('has no score (null, not 0) when nothing is evaluated', () => {
    expect(score({})).toEqual({ score: null, issueScores: [null, null], evaluated: 0 });
  });

  it('scores each issue area, null for an area with nothing evaluated', () => {
    expect(score({ '1.1': 'meets', '1.2': 'partial' }).issueScores).toEqual([75, null]);
    expect(score({ '1.1': 'does-not-meet', '2.2': 'partial' }).issueScores).toEqual([0, 50]);
  });

  it('changes with custom weights', () => {
    const statuses: Record<string, Status> = { '1.1': 'meets', '1.2': 'does-not-meet' };
    expect(score(statuses).score).toBe(50);
    expect(score(statuses, { '1.1': 3 }).score).toBe(75);
    // A weight of zero takes a goal out of the score without making it unknown.
    expect(score(statuses, { '1.2': 0 }).score).toBe(100);
  });

  it('rounds to one decimal', () => {
    expect(score({ '1.1': 'meets', '1.2': 'does-not-meet', '2.1': 'does-not-meet' }).score).toBe(
      33.3,
    );
  });

  it('reads default weights from the framework', () => {
    expect(frameworkWeights(framework)).toEqual({ '1.1': 1, '1.2': 1, '2.1': 1, '2.2': 1 });
  });

  it('works on the real framework', () => {
    const real = loadFramework();
    const all = coverageScore(real, () => 'meets');
    expect(all.score).toBe(100);
    expect(all.evaluated).toBe(40);
    expect(all.issueScores).toHaveLength(real.issueAreas.length);
  });
});
