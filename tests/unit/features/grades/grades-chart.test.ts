import { describe, expect, it } from 'vitest';
import { gradeHistorySchema } from '@/domain/contract/grade-history-schema';
import { gradesGridChart, gradesScoreChart } from '@/features/grades/grades-chart';
import fixture from '../../../../mocks/fixtures/grade-history.json';

const history = gradeHistorySchema.parse(fixture);

describe('grades chart definitions', () => {
  it('define the grid: title, both frameworks named, the sources, the export', async () => {
    const chart = gradesGridChart({ history, sort: 'grade', states: [] });
    expect(chart.title).toBe('Published grades over time');
    expect(chart.subtitle).toBe(
      'Shared Hope’s letter grades and scores for every state, 2011–2023, as published, under two frameworks (the double rule marks the change).',
    );
    expect(chart.source).toBe(
      'Sources: Shared Hope International, Protected Innocence Challenge (2011–2019); Report Cards on Child & Youth Sex Trafficking (2021–), as reported by the news articles and releases linked with each value; collected with their sources in this project’s reference data.',
    );
    expect(chart.synthetic).toBe(false);
    expect(chart.exportSpec.fileStem).toBe('grades-2011-2023-by-grade');
    expect(chart.exportSpec.meta).toMatchObject({
      view: 'Grades over time',
      edition: null,
      dataset: 'real',
      selection: [
        {
          label: 'Frameworks',
          value: 'Protected Innocence Challenge, 2011–2019 | Report Cards, 2021–',
        },
        { label: 'Sort', value: 'latest published grade, A first' },
      ],
    });
    const svg = await chart.exportSpec.svg();
    expect(svg.markup).toContain('Protected Innocence Challenge, 2011–2019');
    expect(svg.markup).toContain('Report Cards, 2021–');
    expect(svg.markup).toContain('>no data<');
    expect(svg.markup).toContain('>F*<');
  });

  it('define the chosen states’ score chart, exported with its states in the name', async () => {
    const chart = gradesScoreChart({ history, sort: null, states: ['AL', 'FL'] });
    expect(chart.title).toBe('Published scores over time: Alabama and Florida');
    expect(chart.exportSpec.fileStem).toBe('grades-scores-AL-FL');
    expect(chart.exportSpec.table().rows).toHaveLength(2 * 12);
    const svg = await chart.exportSpec.svg();
    expect(svg.markup).toContain('2020');
    expect(svg.markup).toContain('no data');
    expect(svg.markup).toContain('Alabama (circle)');
  });
});
