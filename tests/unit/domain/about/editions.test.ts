import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { datasetRows, describeAsOf } from '@/domain/about/editions';
import { manifestSchema } from '@/domain/contract/summary-schema';

const manifest = manifestSchema.parse(
  JSON.parse(
    readFileSync(new URL('../../../../mocks/fixtures/manifest.json', import.meta.url), 'utf8'),
  ),
);

describe('datasetRows', () => {
  it('gives each dataset its editions, oldest first, counted out of 51', () => {
    const rows = datasetRows(manifest);
    expect(rows.map((d) => [d.id, d.synthetic])).toEqual([
      ['real', false],
      ['demo', true],
    ]);
    const real = rows[0]!;
    expect(real.rows.map((r) => r.year)).toEqual([2021, 2022]);
    expect(real.rows[1]).toMatchObject({
      files: '3 of 51',
      evaluated: '1 of 51',
      publishedGrades: '1 of 51',
      asOf: { kind: 'list', dates: [{ iso: '2022-08-01', text: 'August 1, 2022' }] },
    });
    expect(real.rows[0]!.asOf).toEqual({ kind: 'none' });
  });
});

describe('describeAsOf', () => {
  it('lists a few dates, sorted and without repeats', () => {
    expect(describeAsOf(['2022-08-01', '2022-07-01', '2022-08-01'])).toEqual({
      kind: 'list',
      dates: [
        { iso: '2022-07-01', text: 'July 1, 2022' },
        { iso: '2022-08-01', text: 'August 1, 2022' },
      ],
    });
  });

  it('gives the range of many dates', () => {
    expect(describeAsOf(['2022-01-01', '2022-03-01', '2022-02-01', '2022-05-01'])).toEqual({
      kind: 'range',
      first: { iso: '2022-01-01', text: 'January 1, 2022' },
      last: { iso: '2022-05-01', text: 'May 1, 2022' },
      count: 4,
    });
  });
});
