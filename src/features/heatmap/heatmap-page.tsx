import { useCallback, useId, useMemo, useRef, useState } from 'react';
import { editionSummaryWhat, useEditionSummary } from '@/api/edition-summary-query';
import { useFramework } from '@/api/framework-query';
import { ChartFrame } from '@/components/chart-frame';
import {
  EXPORT_ON_DATA_TEXT,
  EXPORT_STATUS_FILLS,
  EXPORT_STATUS_GLYPHS,
  STATUS_SVG_LEGEND,
} from '@/domain/export/palette';
import { QueryPanel } from '@/components/query-panel';
import { StatusLegend } from '@/components/status-glyph';
import { useViewState } from '@/components/view-state';
import { decodeStatus } from '@/domain/contract/derive-summary';
import { heatmapSelection, heatmapTable } from '@/domain/heatmap/export';
import { exportFileStem, statesPart } from '@/domain/export/name';
import { frameworkExportMeta, type ExportSpec } from '@/domain/export/spec';
import type { Framework } from '@/domain/contract/framework-schema';
import { buildHeatmap, stateName, type HeatmapModel } from '@/domain/heatmap/model';
import {
  asOfDates,
  rowCountText,
  sourceText,
  subtitleText,
  summaryText,
} from '@/domain/heatmap/text';
import { formatScore } from '@/domain/format/numbers';
import type { EditionSummary } from '@/domain/contract/summary-schema';
import { HeatmapCellPanel } from './heatmap-cell-panel';
import { HeatmapControls } from './heatmap-controls';
import { HeatmapGrid, type HeatmapGridApi, type OpenCell } from './heatmap-grid';
import { HeatmapReadout } from './heatmap-readout';
import { HeatmapTable } from './heatmap-table';
import './heatmap.css';
import { frameworkIdOf } from '@/domain/contract/dataset-framework';
import { factKindsOfGoal } from '@/domain/facts/registry';

const TITLE = 'Policy goals met, by state';
// The size of the loaded view (controls, frame and grid), so nothing shifts when it arrives.
const SKELETON_HEIGHT = 'calc(min(75vh, 70rem) + 24rem)';
const HINT =
  'Point at a cell for its goal; click it, or Tab into the grid, move with the arrow keys and press Enter, to read the analysis.';
// On screen above the grid, kept to two lines on a phone; the grid's description has HINT.
const SHORT_HINT = 'Point at or Tab to a cell; arrows move; Enter or click opens its analysis.';

export function HeatmapPage() {
  const { dataset, year, manifest } = useViewState();
  const frameworkId = frameworkIdOf(manifest, dataset);
  const framework = useFramework(frameworkId);
  const summary = useEditionSummary(dataset, year);
  return (
    <div className="heatmap-page">
      <h1>Heatmap</h1>
      <p className="lead">
        Every state against every policy goal: whether its laws meet, partly meet or do not meet
        each goal, or have not been evaluated. Select a cell for the analysis, the statutes cited
        and the recommendation.
      </p>
      <QueryPanel query={framework} what="the policy framework" height={SKELETON_HEIGHT}>
        {(fw) => (
          <QueryPanel
            query={summary}
            what={editionSummaryWhat(dataset, year)}
            height={SKELETON_HEIGHT}
          >
            {(s) => <HeatmapView framework={fw} summary={s} />}
          </QueryPanel>
        )}
      </QueryPanel>
    </div>
  );
}

function HeatmapView({ framework, summary }: { framework: Framework; summary: EditionSummary }) {
  const { state, update, year, dataset, hrefFor } = useViewState();
  const { issues, status, states, sort } = state;
  const hintId = useId();
  const gridApi = useRef<HeatmapGridApi>(null);
  const [openCell, setOpenCell] = useState<OpenCell | null>(null);

  const model = useMemo(
    () => buildHeatmap(summary, framework, { issues, status, states, sort }),
    [summary, framework, issues, status, states, sort],
  );

  const onOpen = useCallback((code: string, goalId: string) => setOpenCell({ code, goalId }), []);
  const close = useCallback(() => {
    // Focus goes back to the cell before the panel (which holds it) disappears.
    gridApi.current?.focusActive();
    setOpenCell(null);
  }, []);
  const onEscape = useCallback(() => setOpenCell(null), []);

  const synthetic = summary.synthetic;
  const scoreHeading =
    model.sort.kind === 'issue'
      ? `Issue ${model.sort.issueId} score (evaluated)`
      : 'Score (evaluated)';
  const source = sourceText(framework, year, synthetic, asOfDates(model.rows));
  const subtitle = subtitleText({ year, synthetic, model, framework, states });
  const exportSpec = useMemo(
    () =>
      heatmapExportSpec({ model, framework, states, year, dataset, synthetic, subtitle, source }),
    [model, framework, states, year, dataset, synthetic, subtitle, source],
  );

  return (
    <>
      <HeatmapControls
        framework={framework}
        summary={summary}
        issues={issues}
        status={status}
        states={states}
        model={model}
        onChange={update}
      />
      <p className="hm-count" role="status">
        {rowCountText(model)}
      </p>
      <div className={openCell ? 'hm-layout hm-layout--open' : 'hm-layout'}>
        <ChartFrame
          title={TITLE}
          subtitle={subtitle}
          source={source}
          synthetic={synthetic}
          exportSpec={exportSpec}
          summary={<p>{summaryText(model)}</p>}
          legend={<Legend model={model} />}
          table={<HeatmapTable model={model} />}
        >
          {model.rows.length === 0 ? (
            <div className="hm-empty">
              <p>No state matches these filters.</p>
              <button
                type="button"
                className="button"
                onClick={() => update({ issues: [], status: [], states: [] })}
              >
                Clear filters
              </button>
            </div>
          ) : (
            <>
              <HeatmapReadout hint={SHORT_HINT} />
              <HeatmapGrid
                model={model}
                label={TITLE}
                describedBy={hintId}
                scoreHeading={scoreHeading}
                openCell={openCell}
                onOpen={onOpen}
                onEscape={onEscape}
                apiRef={gridApi}
              />
              <p id={hintId} className="visually-hidden">
                {HINT} Escape closes the details.
              </p>
            </>
          )}
        </ChartFrame>
        {openCell ? (
          <CellPanel
            summary={summary}
            framework={framework}
            cell={openCell}
            onClose={close}
            hrefFor={hrefFor}
            dataset={dataset}
            year={year}
          />
        ) : null}
      </div>
    </>
  );
}

function legendNote(model: HeatmapModel): string {
  return `${model.sort.kind === 'issue' ? `Issue area ${model.sort.issueId} score` : 'Score'}: this project’s coverage score, 0–100 over the goals evaluated (their number in brackets); — when no goal is evaluated.${
    model.statusFilter.length > 0 ? ' Faded cells have a status not selected in the filter.' : ''
  }`;
}

/** What the heatmap exports: the rows shown, their filters in words, and the grid as SVG. */
function heatmapExportSpec(input: {
  model: HeatmapModel;
  framework: Framework;
  states: readonly string[];
  year: number;
  dataset: EditionSummary['dataset'];
  synthetic: boolean;
  subtitle: string;
  source: string;
}): ExportSpec {
  const { model, framework, states, year, dataset, synthetic, subtitle, source } = input;
  const issuesFiltered = model.columns.length < model.totalGoals;
  return {
    fileStem: exportFileStem({
      view: 'heatmap',
      year,
      selection: [
        statesPart(states),
        issuesFiltered ? `issues-${model.groups.map((g) => g.issueId).join('-')}` : null,
        model.statusFilter.length > 0 ? model.statusFilter.join('-') : null,
      ],
      synthetic,
    }),
    meta: {
      view: 'Heatmap',
      title: TITLE,
      subtitle,
      edition: year,
      dataset,
      synthetic,
      selection: heatmapSelection(model, states),
      source,
      asOf: asOfDates(model.rows),
      ...frameworkExportMeta(framework),
      notes: [
        'Each goal column holds the state’s status on that goal: meets, partly meets, does not meet, or not evaluated (unknown, not a failure).',
        'Coverage score: this project’s measure, 0–100 over the goals evaluated; empty when no goal is evaluated (unknown, not zero).',
      ],
    },
    table: () => heatmapTable(model),
    svg: async () => {
      const { heatmapSvg } = await import('@/domain/export/svg-heatmap');
      const issue = model.sort.kind === 'issue';
      return heatmapSvg({
        title: TITLE,
        subtitle,
        source,
        synthetic,
        groups: model.groups,
        columns: model.columns,
        rows: model.rows.map((row) => {
          const score = issue ? row.keyScore : row.score;
          const evaluated = issue ? row.keyEvaluated : row.evaluated;
          return {
            name: row.name,
            statuses: row.statuses,
            matches: row.matches,
            score: score === null ? '—' : `${formatScore(score)} (${evaluated})`,
          };
        }),
        scoreHeading: model.sort.kind === 'issue' ? `Issue ${model.sort.issueId} score` : 'Score',
        colors: EXPORT_STATUS_FILLS,
        glyphs: EXPORT_STATUS_GLYPHS,
        onColor: EXPORT_ON_DATA_TEXT,
        legend: STATUS_SVG_LEGEND,
        notes: [
          `Issue areas: ${model.groups.map((g) => `${g.issueId}. ${g.title}`).join('; ')}.`,
          legendNote(model),
        ],
      });
    },
  };
}

function Legend({ model }: { model: HeatmapModel }) {
  return (
    <div className="hm-legend">
      <StatusLegend />
      <p className="hm-legend__note">{legendNote(model)}</p>
    </div>
  );
}

function CellPanel({
  summary,
  framework,
  cell,
  onClose,
  hrefFor,
  dataset,
  year,
}: {
  summary: EditionSummary;
  framework: Framework;
  cell: OpenCell;
  onClose: () => void;
  hrefFor: ReturnType<typeof useViewState>['hrefFor'];
  dataset: EditionSummary['dataset'];
  year: number;
}) {
  const summaryState = summary.states.find((s) => s.code === cell.code);
  const goal = framework.issueAreas.flatMap((a) => a.goals).find((g) => g.id === cell.goalId);
  // The edition changed under an open panel and no longer holds this cell.
  if (!summaryState || !goal) return null;
  const index = summary.goals.indexOf(cell.goalId);
  const status = index < 0 ? 'not-evaluated' : decodeStatus(summaryState.statuses, index);
  return (
    <HeatmapCellPanel
      code={cell.code}
      stateName={stateName(cell.code)}
      goalId={cell.goalId}
      goalTitle={goal.title}
      status={status}
      dataset={dataset}
      year={year}
      synthetic={summary.synthetic}
      asOf={summaryState.asOf}
      summaryFacts={summaryState.facts}
      factKinds={factKindsOfGoal(framework, cell.goalId)}
      goalHref={hrefFor({ view: 'goal', goalId: cell.goalId })}
      stateHref={`${hrefFor({ view: 'state', code: cell.code })}#goal-${cell.goalId}`}
      onClose={onClose}
    />
  );
}
