import { useCallback, useId, useMemo } from 'react';
import { editionSummaryWhat, useEditionSummary } from '@/api/edition-summary-query';
import { useFramework } from '@/api/framework-query';
import { ChartFrame } from '@/components/chart-frame';
import { QueryPanel } from '@/components/query-panel';
import { StatusLegend } from '@/components/status-glyph';
import { useViewState } from '@/components/view-state';
import type { Framework } from '@/domain/contract/framework-schema';
import { buildHeatmap, type HeatmapModel } from '@/domain/heatmap/model';
import { asOfDates, sourceText, subtitleText, summaryText } from '@/domain/heatmap/text';
import type { EditionSummary } from '@/domain/contract/summary-schema';
import { HeatmapGrid } from './heatmap-grid';
import { HeatmapReadout } from './heatmap-readout';
import { HeatmapTable } from './heatmap-table';
import './heatmap.css';
import './heatmap-embed.css';
import { frameworkIdOf } from '@/domain/contract/dataset-framework';

const TITLE = 'Policy goals met, by state';
const HINT =
  'Point at a cell for its goal; click it, or Tab into the grid, move with the arrow keys and press Enter, to read the state’s analysis in a new tab.';
// On screen above the grid, kept to two lines on a phone; the grid's description has HINT.
const SHORT_HINT = 'Point at or Tab to a cell; arrows move; Enter or click opens it in a new tab.';

/**
 * `/embed/heatmap`: the states × goals grid with the URL's filters and sort, alone. A cell opens
 * the state's report at that goal in a new tab (the page's side panel has no room in an iframe).
 */
export function HeatmapEmbed() {
  const { dataset, year, manifest } = useViewState();
  const frameworkId = frameworkIdOf(manifest, dataset);
  const framework = useFramework(frameworkId);
  const summary = useEditionSummary(dataset, year);
  return (
    <QueryPanel query={framework} what="the policy framework" height="44rem">
      {(fw) => (
        <QueryPanel query={summary} what={editionSummaryWhat(dataset, year)} height="44rem">
          {(s) => <HeatmapEmbedView framework={fw} summary={s} />}
        </QueryPanel>
      )}
    </QueryPanel>
  );
}

function HeatmapEmbedView({
  framework,
  summary,
}: {
  framework: Framework;
  summary: EditionSummary;
}) {
  const { state, year, dataset, hrefFor } = useViewState();
  const { issues, status, states, sort } = state;
  const hintId = useId();
  const model = useMemo(
    () => buildHeatmap(summary, framework, { issues, status, states, sort }),
    [summary, framework, issues, status, states, sort],
  );
  const onOpen = useCallback(
    (code: string, goalId: string) => {
      const href = `${hrefFor({ view: 'state', code })}#goal-${goalId}`;
      window.open(new URL(href, window.location.href).href, '_blank', 'noopener');
    },
    [hrefFor],
  );

  const synthetic = summary.synthetic || dataset === 'demo';
  // An embed's source line always carries the as-of date (the demo's too).
  const asOf = asOfDates(model.rows);
  const source =
    sourceText(framework, year, synthetic, asOf) +
    (synthetic && asOf.length > 0
      ? ` Laws as of ${asOf.length === 1 ? asOf[0] : `${asOf[0]} to ${asOf.at(-1)}`}.`
      : '');
  const scoreHeading =
    model.sort.kind === 'issue'
      ? `Issue ${model.sort.issueId} score (evaluated)`
      : 'Score (evaluated)';

  return (
    <div className="heatmap-page hm-embed">
      <ChartFrame
        title={TITLE}
        subtitle={subtitleText({ year, synthetic, model, framework, states })}
        source={source}
        synthetic={synthetic}
        summary={<p>{summaryText(model)}</p>}
        legend={<Legend model={model} />}
        table={<HeatmapTable model={model} />}
      >
        {model.rows.length === 0 ? (
          <div className="hm-empty">
            <p>No state matches the filters of this embed.</p>
          </div>
        ) : (
          <>
            <HeatmapReadout hint={SHORT_HINT} />
            <HeatmapGrid
              model={model}
              label={TITLE}
              describedBy={hintId}
              scoreHeading={scoreHeading}
              openCell={null}
              onOpen={onOpen}
            />
            <p id={hintId} className="visually-hidden">
              {HINT}
            </p>
          </>
        )}
      </ChartFrame>
    </div>
  );
}

function Legend({ model }: { model: HeatmapModel }) {
  return (
    <div className="hm-legend">
      <StatusLegend />
      <p className="hm-legend__note">
        {model.sort.kind === 'issue' ? `Issue area ${model.sort.issueId} score` : 'Score'}: this
        project’s coverage score, 0–100 over the goals evaluated (their number in brackets); — when
        no goal is evaluated.
        {model.statusFilter.length > 0
          ? ' Faded cells have a status not selected in the filter.'
          : ''}
      </p>
    </div>
  );
}
