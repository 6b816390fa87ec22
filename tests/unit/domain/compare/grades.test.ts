import { describe, expect, it } from 'vitest';
import { gradeLines, publishedGrades } from '@/domain/compare/grades';
import { summaryOf } from '../scores/scores-fixtures';

describe('published grades by edition', () => {
  const y2021 = summaryOf(
    { CT: 'nnnn', MA: 'nnnn' },
    {
      CT: { published: { grade: 'D', confidence: 'high' } },
      MA: { published: { grade: 'F', confidence: 'medium', inferred: true } },
    },
    2021,
  );
  const y2022 = summaryOf(
    { CT: 'mpdn', MA: 'nnnn' },
    { MA: { published: { grade: 'F', confidence: 'high', score: 40, maxScore: 100, rank: 30 } } },
  );

  it('reads each edition’s grade from its summary, absent where no source names it', () => {
    const grades = publishedGrades(
      [
        { year: 2022, summary: y2022, failed: false },
        { year: 2021, summary: y2021, failed: false },
        { year: 2023, summary: undefined, failed: true },
      ],
      ['CT', 'MA'],
    );
    expect(grades.map((g) => g.year)).toEqual([2021, 2022, 2023]);
    expect(grades[0]!.cells).toEqual([
      {
        kind: 'grade',
        published: { grade: 'D', confidence: 'high' },
        details: 'confidence high (two sources agree)',
      },
      {
        kind: 'grade',
        published: { grade: 'F', confidence: 'medium', inferred: true },
        details: 'confidence medium (one source) · inferred from the sources, not named in them',
      },
    ]);
    expect(grades[1]!.cells[0]).toEqual({ kind: 'none' });
    expect(grades[1]!.cells[1]).toMatchObject({
      details: 'score 40 of 100 · rank 30 · confidence high (two sources agree)',
    });
    expect(grades[2]!.cells).toEqual([{ kind: 'error' }, { kind: 'error' }]);
    expect(gradeLines(grades, ['Connecticut', 'Massachusetts'])).toEqual([
      'Connecticut: 2021 D, 2022 no grade found, 2023 …',
      'Massachusetts: 2021 F (inferred), 2022 F, 2023 …',
    ]);
  });

  it('waits for an edition still loading', () => {
    const [g] = publishedGrades([{ year: 2021, summary: undefined, failed: false }], ['CT']);
    expect(g!.cells).toEqual([{ kind: 'loading' }]);
  });
});
