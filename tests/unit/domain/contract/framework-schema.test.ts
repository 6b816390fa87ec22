import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  areaPointsOf,
  frameworkGoals,
  frameworkSchema,
  hasGoals,
  maxScoreOf,
} from '@/domain/contract/framework-schema';
import { safeParseData, zodViolations } from '@/domain/contract/schema-messages';

function readFramework(id: string): Record<string, unknown> {
  const url = new URL(`../../../../data/frameworks/${id}.json`, import.meta.url);
  return JSON.parse(readFileSync(url, 'utf8')) as Record<string, unknown>;
}

/** A framework without goals: only its issue areas, their points and the published maximum. */
function resultsOnly(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    schemaVersion: 1,
    id: 'results-only',
    name: 'Results only',
    publisher: 'A publisher',
    editions: [2011, 2012],
    description: 'Published results, no goals.',
    publishedScores: {
      maxScores: [
        { editions: [2011], maxScore: 10 },
        { editions: [2012], maxScore: 12 },
      ],
      description: 'What the scores mean.',
    },
    issueAreas: [
      {
        id: '1',
        title: 'First',
        points: [
          { editions: [2011], points: 4 },
          { editions: [2012], points: 6 },
        ],
      },
      { id: '2', title: 'Second', points: [{ editions: [2011, 2012], points: 6 }] },
    ],
    ...overrides,
  };
}

function messages(input: unknown): string[] {
  const parsed = safeParseData(frameworkSchema, input);
  return parsed.success ? [] : zodViolations(parsed.error).map((v) => `${v.path}: ${v.message}`);
}

describe('framework schema: a framework with goals', () => {
  it('reads the report cards framework, goals, scoring and published maximum', () => {
    const framework = frameworkSchema.parse(readFramework('shared-hope-2022'));
    expect(hasGoals(framework)).toBe(true);
    expect(frameworkGoals(framework)).toHaveLength(40);
    expect(framework.scoring?.credit.meets).toBe(1);
    expect(maxScoreOf(framework, 2022)).toEqual({
      editions: [2021, 2022, 2023],
      maxScore: 100,
      extraCredit: 10,
    });
    expect(maxScoreOf(framework, 2019)).toBeUndefined();
  });

  it('refuses goals without scoring, and goals in only some issue areas', () => {
    const raw = readFramework('shared-hope-2022');
    const noScoring = { ...raw };
    delete noScoring.scoring;
    expect(messages(noScoring)).toContain(
      'scoring: missing: a framework with goals says how their statuses are scored',
    );
    const areas = structuredClone(raw.issueAreas) as { goals?: unknown[] }[];
    delete areas[1]!.goals;
    expect(messages({ ...raw, issueAreas: areas })).toContain(
      'issueAreas[1].goals: issue area 2 has no goals while others have: a framework has goals in every issue area or in none',
    );
  });
});

describe('framework schema: a framework without goals', () => {
  it('reads the Protected Innocence Challenge: six areas with their points, no goals', () => {
    const framework = frameworkSchema.parse(readFramework('shared-hope-pic'));
    expect(hasGoals(framework)).toBe(false);
    expect(frameworkGoals(framework)).toEqual([]);
    expect(framework.scoring).toBeUndefined();
    expect(framework.issueAreas.map((a) => areaPointsOf(a, 2014))).toEqual([
      10, 25, 15, 10, 27.5, 15,
    ]);
    // 2011: only area 1's points are stated (7.5); the total was 100.
    expect(framework.issueAreas.map((a) => areaPointsOf(a, 2011))).toEqual([
      7.5,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(maxScoreOf(framework, 2011)?.maxScore).toBe(100);
    expect(maxScoreOf(framework, 2012)?.maxScore).toBe(102.5);
    expect(maxScoreOf(framework, 2020)).toBeUndefined();
  });

  it('accepts a small results-only framework and gives every area an empty goal list', () => {
    const parsed = frameworkSchema.parse(resultsOnly());
    expect(parsed.issueAreas.map((a) => a.goals)).toEqual([[], []]);
  });

  it('refuses points that do not add up to the maximum of their edition', () => {
    const areas = (resultsOnly().issueAreas as Record<string, unknown>[]).map((a, i) =>
      i === 1 ? { ...a, points: [{ editions: [2011, 2012], points: 7 }] } : a,
    );
    expect(messages(resultsOnly({ issueAreas: areas }))).toEqual([
      "issueAreas: the issue areas' 2011 points add up to 11, not to the maximum score 10",
      "issueAreas: the issue areas' 2012 points add up to 13, not to the maximum score 12",
    ]);
  });

  it('refuses points or maxima for an edition the framework does not have', () => {
    const scores = {
      maxScores: [{ editions: [2011, 2012, 2013], maxScore: 10 }],
      description: 'x',
    };
    expect(messages(resultsOnly({ publishedScores: scores }))).toContain(
      'publishedScores.maxScores[0].editions[2]: 2013 is not an edition of this framework (2011, 2012)',
    );
  });

  it('refuses an edition given twice', () => {
    const scores = {
      maxScores: [
        { editions: [2011], maxScore: 10 },
        { editions: [2011, 2012], maxScore: 12 },
      ],
      description: 'x',
    };
    expect(messages(resultsOnly({ publishedScores: scores }))).toContain(
      'publishedScores.maxScores[1].editions[0]: the maximum score of 2011 is given twice',
    );
  });
});
