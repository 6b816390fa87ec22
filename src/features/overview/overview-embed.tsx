import { useCallback, useEffect, useMemo } from 'react';
import { useViewData } from '@/api/view-data-query';
import { useUiStore } from '@/components/ui-store';
import { ViewDataGate } from '@/components/view-data-gate';
import { useViewState } from '@/components/view-state';
import { useEmbedData } from '@/components/embed-data';
import type { Framework } from '@/domain/contract/framework-schema';
import type { EditionSummary } from '@/domain/contract/summary-schema';
import { defaultMeasure, parseMeasure } from '@/domain/overview/measure';
import { overviewCharts } from './overview-chart';
import { OverviewMap } from './overview-map';
import './overview.css';

const NO_PREFETCH = () => {};

/** `/embed/overview`: the overview's tile map of the URL's measure, alone. */
export function OverviewEmbed() {
  const { dataset, year, manifest } = useViewState();
  const { framework, summary, summaryWhat } = useViewData(manifest, dataset, year);
  return (
    <ViewDataGate framework={framework} summary={summary} summaryWhat={summaryWhat} height="34rem">
      {(fw, s) => <OverviewMapEmbed framework={fw} summary={s} />}
    </ViewDataGate>
  );
}

function OverviewMapEmbed({
  framework,
  summary,
}: {
  framework: Framework;
  summary: EditionSummary;
}) {
  const { dataset, year, state, hrefFor } = useViewState();
  const hovered = useUiStore((s) => s.hoveredState);
  const setHovered = useUiStore((s) => s.setHoveredState);
  useEffect(() => () => setHovered(null), [setHovered]);

  const measure = useMemo(
    () =>
      parseMeasure(state.measure, { goals: summary.goals, issueAreas: summary.issueAreas }) ??
      defaultMeasure(summary),
    [state.measure, summary],
  );
  const { map } = useMemo(
    () => overviewCharts({ framework, summary, measure, dataset, year, selected: state.states }),
    [framework, summary, measure, dataset, year, state.states],
  );
  useEmbedData(map.exportSpec);
  const stateHref = useCallback((code: string) => hrefFor({ view: 'state', code }), [hrefFor]);
  const highlighted = [
    ...state.states,
    ...(hovered && !state.states.includes(hovered) ? [hovered] : []),
  ];

  return (
    <OverviewMap
      chart={map}
      hrefFor={stateHref}
      highlighted={highlighted}
      onActiveChange={setHovered}
      onPrefetch={NO_PREFETCH}
    />
  );
}
