import type { GradeHistory } from '@/domain/contract/grade-history-schema';
import type { ChartDefinition } from '@/domain/export/chart-definition';
import { exportFileStem, statesPart } from '@/domain/export/name';
import type { ExportMeta, ExportSpec } from '@/domain/export/spec';
import { stateName } from '@/domain/format/jurisdictions';
import { reportTitle } from '@/domain/format/publisher';
import { gridTable, scoreChartTable } from '@/domain/grades/export';
import { gradeGrid, gradesSort, type GradeGrid } from '@/domain/grades/model';
import {
  MAX_CHART_STATES,
  scoreChart,
  scoreChartSummary,
  type ScoreChartModel,
} from '@/domain/grades/series';
import {
  erasWords,
  gridSource,
  gridSubtitle,
  gridSummary,
  gridTitle,
  INFERRED_MARK,
  NO_VALUE,
} from '@/domain/grades/text';

/**
 * Grades over time, everything but the drawing: the grid of every state and year (the page's first
 * view and `/embed/grades`) and the chosen states' scores (`states=`, and `/embed/grades?states=`).
 * The page, the embed and the downloads draw these definitions, so they never disagree.
 */

export interface GradesInput {
  history: GradeHistory;
  /** The URL's sort key */
  sort: string | null;
  /** The URL's states, in its order */
  states: readonly string[];
}

const VIEW = 'Grades over time';

function meta(
  input: GradesInput,
  parts: Pick<ExportMeta, 'title' | 'subtitle' | 'source' | 'selection'>,
): ExportMeta {
  const newest = input.history.frameworks.at(-1);
  return {
    view: VIEW,
    ...parts,
    edition: null,
    dataset: 'real',
    synthetic: false,
    asOf: [],
    ...(newest
      ? {
          framework: {
            publisher: newest.publisher,
            name: input.history.frameworks.map((f) => reportTitle(f)).join('; '),
            ...(newest.url ? { url: newest.url } : {}),
          },
        }
      : {}),
    notes: [
      `"${NO_VALUE}": this project’s sources hold no grade or score for the state that year (unknown, not a failing grade). A value is never carried over from another year.`,
      `Inferred (${INFERRED_MARK}): the sources imply the value rather than state it; the note says how. Confidence: high = the source states it for that state and year; medium = the year or value is inferred from the source’s wording.`,
      'The frameworks differ: a grade or score under one is not comparable with one under the other. Scores are out of the maximum given (Protected Innocence Challenge: 100 in 2011, 102.5 from 2012; Report Cards: 100 plus extra credit).',
      ...input.history.frameworks.flatMap((f) => (f.citation ? [`Cite: ${f.citation}`] : [])),
    ],
  };
}

export interface GridChart extends ChartDefinition<GradeGrid> {
  tableCaption: string;
}

export function gradesGridChart(input: GradesInput): GridChart {
  const sort = gradesSort(input.sort);
  const grid = gradeGrid(input.history, { sort, chosen: input.states });
  const title = gridTitle();
  const subtitle = gridSubtitle(grid);
  const source = gridSource(input.history, grid.eras);
  const sortWords = sort === 'grade' ? 'latest published grade, A first' : 'state name';
  const exportSpec: ExportSpec = {
    fileStem: exportFileStem({
      view: 'grades',
      year: null,
      selection: [
        `${grid.columns[0]?.year}-${grid.columns.at(-1)?.year}`,
        sort === 'grade' ? 'by-grade' : null,
      ],
      synthetic: false,
    }),
    meta: meta(input, {
      title,
      subtitle,
      source,
      selection: [
        { label: 'Frameworks', value: erasWords(grid.eras) },
        { label: 'Sort', value: sortWords },
      ],
    }),
    table: () => gridTable(grid),
    svg: async () => {
      const { gridSvg } = await import('@/domain/grades/svg');
      return gridSvg(grid, { title, subtitle, source });
    },
  };
  return {
    model: grid,
    title,
    subtitle,
    source,
    asOf: [],
    summary: gridSummary(grid),
    synthetic: false,
    exportSpec,
    tableCaption: `Published grades and scores by state and year, ${sortWords} order`,
  };
}

export interface ScoresOverTimeChart extends ChartDefinition<ScoreChartModel> {
  tableCaption: string;
}

export function gradesScoreChart(input: GradesInput): ScoresOverTimeChart {
  const model = scoreChart(input.history, input.states);
  const names = model.states.map((s) => s.name);
  const list =
    names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
  const title = `Published scores over time: ${list}`;
  const subtitle = `${erasWords(model.panels.map((p) => p.era))}: each framework on its own scale, points out of its maximum; letters are the published grades.`;
  const source = gridSource(
    input.history,
    model.panels.map((p) => p.era),
  );
  const exportSpec: ExportSpec = {
    fileStem: exportFileStem({
      view: 'grades',
      year: null,
      selection: ['scores', statesPart(model.states.map((s) => s.code))],
      synthetic: false,
    }),
    meta: meta(input, {
      title,
      subtitle,
      source,
      selection: [
        { label: 'States', value: names.join(', ') },
        ...(model.left.length
          ? [
              {
                label: 'Not drawn',
                value: `${model.left.map(stateName).join(', ')} (at most ${MAX_CHART_STATES} states)`,
              },
            ]
          : []),
      ],
    }),
    table: () => scoreChartTable(model),
    svg: async () => {
      const { scoreChartSvg } = await import('@/domain/grades/svg');
      return scoreChartSvg(model, { title, subtitle, source });
    },
  };
  return {
    model,
    title,
    subtitle,
    source,
    asOf: [],
    summary: scoreChartSummary(model),
    synthetic: false,
    exportSpec,
    tableCaption: `Published grades and scores of ${list} by year`,
  };
}
