import { describe, expect, it } from 'vitest';
import { describePublished, gradeCounts, gradeRows } from '@/domain/scores/grades';
import { JURISDICTIONS } from '@/domain/format/jurisdictions';
import { summaryOf } from './scores-fixtures';

describe('published grades by edition', () => {
  const y2021 = summaryOf(
    { CT: 'nnnn', MA: 'nnnn' },
    {
      CT: { published: { grade: 'F', confidence: 'medium', inferred: true } },
      MA: { published: { grade: 'D', confidence: 'high', rank: 9 } },
    },
    2021,
  );
  const y2022 = summaryOf(
    { CT: 'mmpd', MA: 'nnnn' },
    { MA: { published: { grade: 'C', confidence: 'high' } } },
  );

  it('gives every jurisdiction a row, by name, with the grade of each edition or null', () => {
    const rows = gradeRows([
      { year: 2021, summary: y2021 },
      { year: 2022, summary: y2022 },
    ]);
    expect(rows).toHaveLength(JURISDICTIONS.length);
    expect(rows[0]?.name).toBe('Alabama');
    const ct = rows.find((r) => r.code === 'CT')!;
    expect(ct.cells[0]).toEqual({ grade: 'F', confidence: 'medium', inferred: true });
    // CT has a coverage score in 2022 but no published grade: the grade stays empty.
    expect(ct.cells[1]).toBeNull();
    expect(rows.find((r) => r.code === 'MA')!.cells.map((c) => c?.grade)).toEqual(['D', 'C']);
  });

  it('counts grades, inferred ones and the unpublished', () => {
    const rows = gradeRows([{ year: 2021, summary: y2021 }]);
    const counts = gradeCounts(rows, 0);
    expect(counts.grades).toEqual({ A: 0, B: 0, C: 0, D: 1, F: 1 });
    expect(counts.inferred).toBe(1);
    expect(counts.published).toBe(2);
    expect(counts.notPublished).toBe(JURISDICTIONS.length - 2);
  });

  it('describes a cell in words', () => {
    expect(describePublished(null)).toBe('not published');
    expect(describePublished({ grade: 'F', confidence: 'medium', inferred: true })).toBe(
      'F, inferred, medium confidence',
    );
    expect(
      describePublished({ grade: 'B', confidence: 'high', score: 82.5, maxScore: 100, rank: 3 }),
    ).toBe('B, high confidence, score 82.5 of 100, rank 3');
    // A whole-number score reads as every score does: one decimal.
    expect(describePublished({ grade: 'F', confidence: 'low', score: 57, maxScore: 100 })).toBe(
      'F, low confidence, score 57.0 of 100',
    );
  });
});
