import { describe, expect, it } from 'vitest';
import { gradeHistorySchema } from '@/domain/contract/grade-history-schema';
import { gridTable, scoreChartTable } from '@/domain/grades/export';
import {
  columnGroups,
  gapYears,
  gradeEras,
  gradeGrid,
  gradesSort,
  gridStateYears,
  stateValues,
} from '@/domain/grades/model';
import { MAX_CHART_STATES, scoreChart, scoreChartSummary } from '@/domain/grades/series';
import { cellLabel, describeValue, gridSummary, NO_VALUE, valueShort } from '@/domain/grades/text';
import fixture from '../../../../mocks/fixtures/grade-history.json';

/** Eight states' real history (AL, CT, FL, LA, MA, NY, TN, WA), as the app loads it. */
const history = gradeHistorySchema.parse(fixture);

function row(grid: ReturnType<typeof gradeGrid>, code: string) {
  const found = grid.rows.find((r) => r.code === code);
  if (!found) throw new Error(`no row ${code}`);
  return found;
}

function cell(grid: ReturnType<typeof gradeGrid>, code: string, year: number) {
  const i = grid.columns.findIndex((c) => c.year === year);
  return row(grid, code).cells[i] ?? null;
}

describe('gradeGrid: columns and the break', () => {
  const grid = gradeGrid(history, { sort: 'name' });

  it('has every year 2011–2023, grouped by framework, 2020 on its own between them', () => {
    expect(grid.columns.map((c) => c.year)).toEqual([
      2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023,
    ]);
    expect(
      grid.groups.map((g) => (g.kind === 'era' ? g.era.label : `gap ${g.years.join()}`)),
    ).toEqual(['Protected Innocence Challenge, 2011–2019', 'gap 2020', 'Report Cards, 2021–']);
    expect(gapYears(grid)).toEqual([2020]);
  });

  it('draws a break where the framework changes, and nowhere else', () => {
    expect(grid.columns.filter((c) => c.breakBefore).map((c) => c.year)).toEqual([2020, 2021]);
  });

  it('names each framework with its run of years; the newest one is open-ended', () => {
    expect(gradeEras(history).map((e) => [e.label, e.first, e.last, e.current])).toEqual([
      ['Protected Innocence Challenge, 2011–2019', 2011, 2019, false],
      ['Report Cards, 2021–', 2021, 2023, true],
    ]);
  });

  it('joins consecutive years of one framework into one group', () => {
    const eras = gradeEras(history);
    expect(columnGroups([2018, 2019, 2020, 2021], eras).map((g) => g.years)).toEqual([
      [2018, 2019],
      [2020],
      [2021],
    ]);
  });
});

describe('gradeGrid: values as published', () => {
  const grid = gradeGrid(history, { sort: 'name', chosen: ['FL'] });

  it('has a row for every jurisdiction, with or without values', () => {
    expect(grid.rows).toHaveLength(51);
    expect(row(grid, 'DE').cells.every((c) => c === null)).toBe(true);
  });

  it('leaves a year without a value empty: never the year before or after', () => {
    // Alabama: 66 in 2011 and A in 2019; nothing in between.
    expect(cell(grid, 'AL', 2011)?.score).toBe(66);
    for (const year of [2012, 2013, 2014, 2015, 2016, 2017, 2018]) {
      expect(cell(grid, 'AL', year)).toBeNull();
    }
    expect(cell(grid, 'AL', 2019)?.grade).toBe('A');
    expect(cell(grid, 'AL', 2020)).toBeNull();
    expect(
      grid.rows.every((r) => r.cells[grid.columns.findIndex((c) => c.year === 2020)] === null),
    ).toBe(true);
  });

  it('keeps a score without a grade as a score, with its maximum', () => {
    const al = cell(grid, 'AL', 2011)!;
    expect([al.grade, al.score, al.maxScore]).toEqual([null, 66, 100]);
    expect(valueShort(al)).toBe('66');
    expect(describeValue(al)).toBe('no grade given, score 66 of 100; high confidence');
  });

  it('marks an inferred value, in words too', () => {
    const ct = cell(grid, 'CT', 2021)!;
    expect(ct.inferred).toBe(true);
    expect(describeValue(ct)).toBe(
      'grade F; inferred from the sources, not named in them; medium confidence',
    );
    expect(cellLabel('Connecticut', ct, 2021)).toBe(
      'Connecticut, 2021 (Report Cards): grade F; inferred from the sources, not named in them; medium confidence',
    );
    expect(cellLabel('Connecticut', null, 2020)).toBe(
      'Connecticut, 2020: no published grade found',
    );
  });

  it('keeps every value’s sources, and marks the chosen states', () => {
    expect(cell(grid, 'FL', 2021)?.sources.length).toBe(3);
    expect(grid.rows.filter((r) => r.chosen).map((r) => r.code)).toEqual(['FL']);
  });

  it('counts the values of each year', () => {
    const i = grid.columns.findIndex((c) => c.year === 2021);
    expect(grid.counts[i]).toBe(8);
  });

  it('says in its summary what a blank is, that the frameworks differ and that 2020 has no data', () => {
    const text = gridSummary(grid);
    expect(text).toContain('a blank cell means no published grade was found');
    expect(text).toContain(
      'The Protected Innocence Challenge, 2011–2019 and the Report Cards, 2021– are different frameworks',
    );
    expect(text).toContain('The sources hold no grade for 2020 under either framework');
    expect(text).toContain('marked * (inferred)');
  });
});

describe('gradeGrid: sort', () => {
  it('reads sort=grade as the latest grade and anything else as by name', () => {
    expect(gradesSort('grade')).toBe('grade');
    expect(gradesSort('name')).toBe('name');
    expect(gradesSort('score')).toBe('name');
    expect(gradesSort(null)).toBe('name');
  });

  it('orders by name', () => {
    const names = gradeGrid(history, { sort: 'name' }).rows.map((r) => r.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
  });

  it('orders by the latest grade, A first, a more recent grade first, states without one last', () => {
    const grid = gradeGrid(history, { sort: 'grade' });
    const withGrades = grid.rows
      .filter((r) => r.latest)
      .map((r) => `${r.code} ${r.latest?.grade} ${r.latest?.year}`);
    // TN A 2023; FL B 2023; WA C 2023; LA D 2021; MA F 2022; then F 2021 by name.
    expect(withGrades).toEqual([
      'TN A 2023',
      'FL B 2023',
      'WA C 2023',
      'LA D 2021',
      'MA F 2022',
      'AL F 2021',
      'CT F 2021',
      'NY F 2021',
    ]);
    expect(grid.rows.slice(8).every((r) => r.latest === null)).toBe(true);
  });
});

describe('scoreChart: each framework on its own scale', () => {
  const model = scoreChart(history, ['AL', 'FL', 'TN']);

  it('has one panel per framework with its own years and maximum', () => {
    expect(
      model.panels.map((p) => [p.era.framework.id, p.years[0], p.years.at(-1), p.axisMax]),
    ).toEqual([
      ['shared-hope-pic', 2011, 2019, 102.5],
      ['shared-hope-2022', 2021, 2023, 100],
    ]);
    expect(model.gapYears).toEqual([2020]);
  });

  it('never joins two frameworks, a gap year, or 2011 (of 100) to 2012 (of 102.5)', () => {
    const [pic, rc] = model.panels;
    const tn = pic!.series.find((s) => s.code === 'TN')!;
    expect(tn.points.map((p) => p.year)).toEqual([2011, 2012, 2013, 2014, 2016, 2017, 2019]);
    expect(tn.segments.map(([a, b]) => `${a.year}-${b.year}`)).toEqual([
      '2012-2013',
      '2013-2014',
      '2016-2017',
    ]);
    const fl = rc!.series.find((s) => s.code === 'FL')!;
    expect(fl.points.map((p) => [p.year, p.score, p.maxScore])).toEqual([[2021, 72.5, 110]]);
    // Every segment stays inside one panel.
    for (const panel of model.panels) {
      for (const s of panel.series) {
        for (const [a, b] of s.segments) {
          expect(panel.era.framework.editions).toContain(a.year);
          expect(panel.era.framework.editions).toContain(b.year);
        }
      }
    }
  });

  it('keeps grades without a score for the row of grades', () => {
    const al = model.panels[1]!.series.find((s) => s.code === 'AL')!;
    expect(al.points).toEqual([]);
    expect(al.values.map((v) => [v.year, v.grade, v.inferred])).toEqual([[2021, 'F', true]]);
  });

  it('draws at most six states and names the rest', () => {
    const many = scoreChart(history, ['AL', 'CT', 'FL', 'LA', 'MA', 'NY', 'TN', 'WA']);
    expect(many.states).toHaveLength(MAX_CHART_STATES);
    expect(many.left).toEqual(['TN', 'WA']);
    expect(scoreChartSummary(many)).toContain('(Tennessee, Washington left out)');
  });

  it('says each state’s scores in its summary', () => {
    expect(scoreChartSummary(model)).toContain(
      'Alabama — Protected Innocence Challenge: 66 of 100 in 2011, 94.5 of 102.5 in 2019; Report Cards: no published score (1 grade only).',
    );
  });
});

describe('exports', () => {
  it('lists every state and year, a year without a value by name, sources joined', () => {
    const grid = gradeGrid(history, { sort: 'name' });
    const table = gridTable(grid);
    expect(table.rows).toHaveLength(51 * 13);
    expect(table.rows.find((r) => r.code === 'AL' && r.year === 2015)).toMatchObject({
      value: NO_VALUE,
      grade: null,
      score: null,
      framework: 'Protected Innocence Challenge',
    });
    expect(table.rows.find((r) => r.code === 'AL' && r.year === 2020)).toMatchObject({
      framework: null,
      value: NO_VALUE,
    });
    const ct = table.rows.find((r) => r.code === 'CT' && r.year === 2021)!;
    expect(ct).toMatchObject({ value: 'published', grade: 'F', inferred: true });
    expect(String(ct.sources).split(' ; ')).toHaveLength(3);
    expect(gridStateYears(grid)).toHaveLength(51 * 13);
  });

  it('exports the chosen states’ years of each framework', () => {
    const table = scoreChartTable(scoreChart(history, ['WA']));
    expect(table.rows.map((r) => r.year)).toEqual([
      2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2021, 2022, 2023,
    ]);
  });

  it('gives one state’s values oldest first', () => {
    expect(stateValues(history, 'LA').map((v) => v.year)).toEqual([2011, 2013, 2014, 2015, 2021]);
    const la2014 = stateValues(history, 'LA').find((v) => v.year === 2014)!;
    expect(la2014.areaScores.map((a) => [a.area, a.score, a.points])).toEqual([
      ['1', 10, 10],
      ['2', 25, 25],
      ['3', 15, 15],
      ['4', 10, 10],
      ['5', 21, 27.5],
      ['6', 15, 15],
    ]);
  });
});
