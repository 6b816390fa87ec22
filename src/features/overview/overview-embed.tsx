import { useCallback, useEffect, useMemo } from 'react';
import { editionSummaryWhat, useEditionSummary } from '@/api/edition-summary-query';
import { useFramework } from '@/api/framework-query';
import { QueryPanel } from '@/components/query-panel';
import { useUiStore } from '@/components/ui-store';
import { useViewState } from '@/components/view-state';
import type { Framework } from '@/domain/contract/framework-schema';
import { dataCoverage } from '@/domain/overview/coverage';
import { defaultMeasure, parseMeasure, type OverviewMeasure } from '@/domain/overview/measure';
import { mapTitle, measureSource, measureSubtitle } from '@/domain/overview/text';
import {
  describeMeasure,
  measureChart,
  measureLegend,
  measureValues,
} from '@/domain/overview/values';
import type { EditionSummary } from '@/domain/contract/summary-schema';
import { OverviewMap } from './overview-map';
import './overview.css';
import { frameworkIdOf } from '@/domain/contract/dataset-framework';

const NO_PREFETCH = () => {};

/** `/embed/overview`: the overview's tile map of the URL's measure, alone. */
export function OverviewEmbed() {
  const { dataset, year, manifest } = useViewState();
  const framework = useFramework(frameworkIdOf(manifest, dataset));
  const summary = useEditionSummary(dataset, year);
  return (
    <QueryPanel query={summary} what={editionSummaryWhat(dataset, year)} height="34rem">
      {(data) => <OverviewMapEmbed summary={data} framework={framework.data} />}
    </QueryPanel>
  );
}

function OverviewMapEmbed({
  summary,
  framework,
}: {
  summary: EditionSummary;
  framework: Framework | undefined;
}) {
  const { dataset, year, state, hrefFor } = useViewState();
  const hovered = useUiStore((s) => s.hoveredState);
  const setHovered = useUiStore((s) => s.setHoveredState);
  useEffect(() => () => setHovered(null), [setHovered]);

  const measure: OverviewMeasure =
    parseMeasure(state.measure, { goals: summary.goals, issueAreas: summary.issueAreas }) ??
    defaultMeasure(summary);
  const values = useMemo(() => measureValues(summary, measure), [summary, measure]);
  const legend = useMemo(() => measureLegend(values, measure), [values, measure]);
  const chart = useMemo(() => measureChart(values, measure), [values, measure]);
  const coverage = useMemo(() => dataCoverage(summary, framework), [summary, framework]);
  const stateHref = useCallback((code: string) => hrefFor({ view: 'state', code }), [hrefFor]);

  const context = {
    year,
    synthetic: summary.synthetic || dataset === 'demo',
    asOf: coverage.asOf,
    reportAgeStates: values
      .filter((v) => (v.state?.facts?.juvenileJurisdiction?.basis ?? '') === 'report')
      .map((v) => v.name),
  };
  const highlighted = [
    ...state.states,
    ...(hovered && !state.states.includes(hovered) ? [hovered] : []),
  ];

  return (
    <OverviewMap
      measure={measure}
      values={values}
      legend={legend}
      title={mapTitle(measure)}
      subtitle={measureSubtitle(measure, context)}
      source={measureSource(measure, context)}
      synthetic={context.synthetic}
      summary={
        <p>
          {scopeSentence(measure, framework)}
          {describeMeasure(chart, measure)}
        </p>
      }
      goalCount={summary.goals.length}
      hrefFor={stateHref}
      highlighted={highlighted}
      onActiveChange={setHovered}
      onPrefetch={NO_PREFETCH}
    />
  );
}

/** Names the issue area or goal a measure is about, before the numbers (as the page does). */
function scopeSentence(measure: OverviewMeasure, framework: Framework | undefined): string {
  if (measure.kind === 'issue') {
    const area = framework?.issueAreas.find((a) => a.id === measure.issueId);
    return area ? `Issue area ${area.id}, ${area.title} (${area.goals.length} goals). ` : '';
  }
  if (measure.kind === 'status') {
    const goal = framework?.issueAreas.flatMap((a) => a.goals).find((g) => g.id === measure.goalId);
    return goal ? `Goal ${goal.id}: “${goal.title.replace(/\.$/, '')}.” ` : '';
  }
  return '';
}
