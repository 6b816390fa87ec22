import { describe, expect, it } from 'vitest';
import { issueProfile, profileGaps, profileSummary } from '@/domain/compare/profile';
import { smallFramework as fw, summaryOf } from '../scores/scores-fixtures';

describe('issue-area profile', () => {
  const summary = summaryOf({ CT: 'mpdn', MA: 'nnnn' });

  it('gives each state’s score per issue area with goals evaluated; unknown is null, not 0', () => {
    const profile = issueProfile(fw, summary, ['CT', 'MA']);
    expect(profile.map((a) => a.values)).toEqual([
      [
        { score: 75, evaluated: 2, total: 2 },
        { score: null, evaluated: 0, total: 2 },
      ],
      [
        { score: 0, evaluated: 1, total: 2 },
        { score: null, evaluated: 0, total: 2 },
      ],
    ]);
  });

  it('lists the gaps per state and summarises each state in a sentence', () => {
    const profile = issueProfile(fw, summary, ['CT', 'MA']);
    expect(profileGaps(profile, ['CT', 'MA'])).toEqual([{ code: 'MA', areas: ['1', '2'] }]);
    expect(profileSummary(profile, ['CT', 'MA'])).toEqual([
      'Connecticut: highest in One (75.0), lowest in Two (0.0).',
      'Massachusetts: no issue area has an evaluated goal.',
    ]);
  });
});
