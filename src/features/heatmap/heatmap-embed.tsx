import { useCallback } from 'react';
import { useViewData } from '@/api/view-data-query';
import { ViewDataGate } from '@/components/view-data-gate';
import { useViewState } from '@/components/view-state';
import { useEmbedData } from '@/components/embed-data';
import type { Framework } from '@/domain/contract/framework-schema';
import type { EditionSummary } from '@/domain/contract/summary-schema';
import { HeatmapFrame, useHeatmapChart } from './heatmap-frame';
import './heatmap.css';
import './heatmap-embed.css';

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
  const { framework, summary, summaryWhat } = useViewData(manifest, dataset, year);
  return (
    <ViewDataGate framework={framework} summary={summary} summaryWhat={summaryWhat} height="44rem">
      {(fw, s) => <HeatmapEmbedView framework={fw} summary={s} />}
    </ViewDataGate>
  );
}

function HeatmapEmbedView({
  framework,
  summary,
}: {
  framework: Framework;
  summary: EditionSummary;
}) {
  const { hrefFor } = useViewState();
  const chart = useHeatmapChart(framework, summary, 'embed');
  useEmbedData(chart.exportSpec);
  const onOpen = useCallback(
    (code: string, goalId: string) => {
      const href = `${hrefFor({ view: 'state', code })}#goal-${goalId}`;
      window.open(new URL(href, window.location.href).href, '_blank', 'noopener');
    },
    [hrefFor],
  );

  return (
    <div className="heatmap-page hm-embed">
      <HeatmapFrame
        chart={chart}
        hint={HINT}
        shortHint={SHORT_HINT}
        empty={
          <div className="hm-empty">
            <p>No state matches the filters of this embed.</p>
          </div>
        }
        openCell={null}
        onOpen={onOpen}
      />
    </div>
  );
}
