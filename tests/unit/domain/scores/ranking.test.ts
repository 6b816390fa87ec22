import { describe, expect, it } from 'vitest';
import type { Status } from '@/domain/contract/evaluation-schema';
import { areaContributions, rankScores, rankingSummary } from '@/domain/scores/ranking';
import { JURISDICTIONS } from '@/domain/format/jurisdictions';
import { frameworkWeights } from '@/domain/contract/scoring';
import { smallFramework as fw, summaryOf } from './scores-fixtures';

describe('rankScores', () => {
  const summary = summaryOf({ CT: 'mmpd', MA: 'mpmm', NY: 'dddm', RI: 'nnnn', VT: 'mmmm' });

  it('ranks the states with a score, highest first, and lists the rest as not evaluated', () => {
    const ranking = rankScores(fw, summary);
    expect(ranking.ranked.map((r) => [r.code, r.score, r.rank])).toEqual([
      ['VT', 100, 1],
      ['MA', 87.5, 2],
      ['CT', 62.5, 3],
      ['NY', 25, 4],
    ]);
    expect(ranking.weighted).toBe(false);
    expect(ranking.ranked.every((r) => r.rankChange === 0)).toBe(true);
    const ri = ranking.unscored.find((u) => u.code === 'RI');
    expect(ri).toEqual({ code: 'RI', name: 'Rhode Island', reason: 'not-evaluated', evaluated: 0 });
    // Jurisdictions missing from the summary are unknown too, never zero.
    expect(ranking.unscored).toHaveLength(JURISDICTIONS.length - 4);
    expect(ranking.unscored.find((u) => u.code === 'TX')?.reason).toBe('no-file');
  });

  it('gives tied scores the same rank (1, 2, 2, 4), ordered by name', () => {
    const tied = rankScores(fw, summaryOf({ CT: 'mmmm', NY: 'mmpp', MA: 'mmpp', AL: 'dddd' }));
    expect(tied.ranked.map((r) => `${r.code}${r.rank}`)).toEqual(['CT1', 'MA2', 'NY2', 'AL4']);
  });

  it('recomputes scores and ranks with what-if weights and reports the moves', () => {
    const ranking = rankScores(fw, summary, { '2.2': 10, '2.1': 0 });
    const ny = ranking.ranked.find((r) => r.code === 'NY')!;
    expect(ranking.weighted).toBe(true);
    // NY: 1.1 d, 1.2 d, 2.2 m (10) → 10 of 12
    expect(ny.score).toBe(83.3);
    expect(ny.baseScore).toBe(25);
    expect(ny.baseRank).toBe(4);
    expect(ny.rankChange).toBe(4 - ny.rank);
    expect(ny.rankChange).toBeGreaterThan(0);
    const ct = ranking.ranked.find((r) => r.code === 'CT')!;
    expect(ct.rankChange).toBeLessThan(0);
  });

  it('splits a score into issue-area contributions that add up to it', () => {
    const ranking = rankScores(fw, summary, { '1.1': 3 });
    for (const row of ranking.ranked) {
      const sum = row.contributions.reduce((a, b) => a + b, 0);
      expect(sum).toBeCloseTo(row.score, 1);
    }
    const statuses: Record<string, Status> = { '1.1': 'meets', '1.2': 'partial' };
    const contributions = areaContributions(
      fw,
      (id) => statuses[id] ?? 'not-evaluated',
      frameworkWeights(fw),
    );
    expect(contributions).toEqual([75, 0]);
  });

  it('leaves out a state whose evaluated goals all weigh 0, saying why', () => {
    const ranking = rankScores(fw, summaryOf({ CT: 'mmnn', MA: 'mmmm' }), { '1.1': 0, '1.2': 0 });
    expect(ranking.ranked.map((r) => r.code)).toEqual(['MA']);
    expect(ranking.unscored.find((u) => u.code === 'CT')).toMatchObject({
      reason: 'zero-weight',
      evaluated: 2,
    });
  });

  it('summarises the ranking in words, including a lone scored state and what-if moves', () => {
    const one = rankScores(fw, summaryOf({ CT: 'mmpd', MA: 'nnnn' }));
    expect(rankingSummary(one)).toMatch(
      /^Connecticut is the only state with a coverage score: 62\.5 out of 100, over 4 of 4 goals evaluated\. 50 jurisdictions have no score/,
    );
    const many = rankingSummary(rankScores(fw, summary, { '2.2': 10 }));
    expect(many).toMatch(/4 states have a coverage score\. Highest: Vermont \(100\.0\)/);
    expect(many).toMatch(/With your weights, \d+ state/);
    expect(rankingSummary(rankScores(fw, summaryOf({ CT: 'nnnn' })))).toMatch(/^No state has/);
  });
});
