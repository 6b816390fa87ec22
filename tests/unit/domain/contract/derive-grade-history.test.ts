import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  crossCheckPublished,
  deriveGradeHistory,
  type GradeTableRow,
} from '@/domain/contract/derive-grade-history';
import { frameworkSchema, type Framework } from '@/domain/contract/framework-schema';
import { gradeHistorySchema } from '@/domain/contract/grade-history-schema';

function framework(id: string): Framework {
  const url = new URL(`../../../../data/frameworks/${id}.json`, import.meta.url);
  return frameworkSchema.parse(JSON.parse(readFileSync(url, 'utf8')));
}
const frameworks = [framework('shared-hope-2022'), framework('shared-hope-pic')];

const SOURCE = 'https://example.org/news/story (a remark)';
let line = 1;
function row(values: Record<string, string>): GradeTableRow {
  line += 1;
  return {
    line,
    values: {
      year: '2014',
      code: 'WA',
      grade: 'A',
      score: '',
      max_score: '',
      confidence: 'high',
      note: '',
      sources: SOURCE,
      ...values,
    },
  };
}

function derive(...rows: GradeTableRow[]) {
  return deriveGradeHistory({ frameworks, tables: [{ file: 'grades.csv', rows }] });
}

function violations(...rows: GradeTableRow[]): string[] {
  const result = derive(...rows);
  return result.ok ? [] : result.violations.map((v) => `${v.path}: ${v.message}`);
}

describe('deriveGradeHistory', () => {
  it('places each row in the framework whose editions hold its year, keeping what it says', () => {
    const result = derive(
      row({
        year: '2011',
        code: 'al',
        grade: '',
        score: '66',
        max_score: '100',
        evidence: 'Alabama received a 66',
      }),
      row({
        year: '2014',
        code: 'LA',
        score: '96',
        area1: '10',
        area2: '25',
        area3: '',
        confidence: 'medium',
        note: 'inferred: from the article’s date',
      }),
      row({ year: '2021', code: 'FL', grade: 'C', score: '72.5', max_score: '110', rank: '1' }),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { history } = result;
    expect(gradeHistorySchema.safeParse(history).success).toBe(true);
    expect(history.years).toEqual([
      2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023,
    ]);
    expect(history.frameworks.map((f) => [f.id, f.shortName])).toEqual([
      ['shared-hope-pic', 'Protected Innocence Challenge'],
      ['shared-hope-2022', 'Report Cards'],
    ]);
    expect(history.entries).toEqual([
      {
        year: 2011,
        state: 'AL',
        framework: 'shared-hope-pic',
        score: 66,
        maxScore: 100,
        confidence: 'high',
        inferred: false,
        evidence: 'Alabama received a 66',
        sources: [
          { title: 'example.org/news/story (a remark)', url: 'https://example.org/news/story' },
        ],
      },
      expect.objectContaining({
        year: 2014,
        state: 'LA',
        grade: 'A',
        score: 96,
        areaScores: [
          { area: '1', score: 10 },
          { area: '2', score: 25 },
        ],
        confidence: 'medium',
        inferred: true,
        note: 'inferred: from the article’s date',
      }),
      expect.objectContaining({
        year: 2021,
        state: 'FL',
        framework: 'shared-hope-2022',
        score: 72.5,
        maxScore: 110,
        rank: 1,
      }),
    ]);
  });

  it('refuses a score above the maximum of its edition', () => {
    expect(violations(row({ score: '103' }))).toEqual([
      expect.stringMatching(/^line \d+ \(score\): 103 is above the 2014 maximum of 102\.5$/),
    ]);
    expect(violations(row({ year: '2011', score: '101' }))).toEqual([
      expect.stringMatching(/\(score\): 101 is above the 2011 maximum of 100$/),
    ]);
    // The report cards' maximum has 10 points of extra credit.
    expect(violations(row({ year: '2021', score: '111' }))).toEqual([
      expect.stringMatching(/\(score\): 111 is above the 2021 maximum of 110$/),
    ]);
  });

  it('refuses a maximum that is not its edition’s', () => {
    expect(violations(row({ score: '90', max_score: '100' }))).toEqual([
      expect.stringMatching(
        /\(max_score\): 100 is not the 2014 maximum of Protected Innocence Challenge \(102\.5\)$/,
      ),
    ]);
  });

  it('refuses an unknown state', () => {
    expect(violations(row({ code: 'XX' }))).toEqual([
      expect.stringMatching(/\(code\): unknown state code "XX"$/),
    ]);
  });

  it('refuses an issue area the framework does not have, and an area score above its points', () => {
    expect(violations(row({ area7: '3' }))).toEqual([
      expect.stringMatching(/\(area7\): Protected Innocence Challenge has no issue area 7$/),
    ]);
    expect(violations(row({ area2: '26' }))).toEqual([
      expect.stringMatching(/\(area2\): 26 is above the 25 points of issue area 2$/),
    ]);
  });

  it('refuses a year no framework has (2020), a bad grade, a row with neither grade nor score', () => {
    expect(violations(row({ year: '2020' }))).toEqual([
      expect.stringMatching(/\(year\): 2020 is not an edition of any framework/),
    ]);
    expect(violations(row({ grade: 'A+' }))).toEqual([
      expect.stringMatching(/\(grade\): "A\+" is not a letter grade/),
    ]);
    expect(violations(row({ grade: '' }))).toEqual([
      expect.stringMatching(/\(grade\): neither a grade nor a score$/),
    ]);
  });

  it('refuses a state and year given twice, and a row without a usable source', () => {
    expect(violations(row({}), row({ grade: 'B' }))).toEqual([
      expect.stringMatching(/\(code\): WA 2014 is given twice \(first at grades\.csv line \d+\)$/),
    ]);
    expect(violations(row({ sources: 'javascript:alert(1)' }))).toEqual([
      expect.stringMatching(/\(sources\): "javascript:alert\(1\)" is not an http\(s\) URL/),
    ]);
  });
});

describe('crossCheckPublished', () => {
  const result = derive(row({ year: '2021', code: 'CT', grade: 'F' }));
  const history = result.ok ? result.history : null;

  it('accepts evaluations whose published grade is the table’s', () => {
    expect(
      crossCheckPublished(history!, 'shared-hope-2022', [
        { state: 'CT', year: 2021, published: { grade: 'F' } },
        { state: 'MA', year: 2021 },
      ]),
    ).toEqual([]);
  });

  it('names an evaluation whose grade differs, or a table grade with no evaluation', () => {
    expect(
      crossCheckPublished(history!, 'shared-hope-2022', [
        { state: 'CT', year: 2021, published: { grade: 'D' } },
      ]),
    ).toEqual([
      {
        state: 'CT',
        year: 2021,
        message:
          'the published grade (D) differs from the published-grades table (F): run npm run import-reference',
      },
    ]);
    expect(
      crossCheckPublished(history!, 'shared-hope-2022', [{ state: 'MA', year: 2021 }]),
    ).toEqual([
      {
        state: 'CT',
        year: 2021,
        message: 'the published-grades table has a 2021 grade for CT, which has no evaluation file',
      },
    ]);
  });
});
