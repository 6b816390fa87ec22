import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo } from 'react';
import { useEditionSummary, editionSummaryWhat } from '@/api/edition-summary-query';
import { prefetchEvaluation } from '@/api/evaluation-query';
import { useFramework } from '@/api/framework-query';
import { QueryPanel } from '@/components/query-panel';
import { useUiStore } from '@/components/ui-store';
import { useViewState } from '@/components/view-state';
import type { Framework } from '@/domain/contract/framework-schema';
import { dataCoverage } from '@/domain/overview/coverage';
import {
  defaultMeasure,
  measureKey,
  measureOfKind,
  parseMeasure,
  type MeasureKind,
  type OverviewMeasure,
} from '@/domain/overview/measure';
import { chartTitle, mapTitle, measureSource, measureSubtitle } from '@/domain/overview/text';
import {
  describeMeasure,
  measureChart,
  measureLegend,
  measureValues,
} from '@/domain/overview/values';
import type { EditionSummary } from '@/domain/contract/summary-schema';
import { CoveragePanel } from './coverage-panel';
import { MeasurePicker, type PickerOption } from './measure-picker';
import { OverviewChart } from './overview-chart';
import { overviewChartExport, overviewMapExport } from './overview-export';
import { OverviewMap } from './overview-map';
import './overview.css';
import { frameworkIdOf } from '@/domain/contract/dataset-framework';

interface Options {
  issues: PickerOption[];
  goals: (PickerOption & { issueId: string })[];
}

/** Issue areas and goals for the picker: titled from the framework, else numbered from the summary. */
function pickerOptions(
  framework: Framework | undefined,
  summary: EditionSummary | undefined,
): Options {
  if (framework) {
    return {
      issues: framework.issueAreas.map((a) => ({ id: a.id, title: a.title })),
      goals: framework.issueAreas.flatMap((a) =>
        a.goals.map((g) => ({ id: g.id, title: g.title, issueId: a.id })),
      ),
    };
  }
  return {
    issues: (summary?.issueAreas ?? []).map((id) => ({ id, title: `Issue area ${id}` })),
    goals: (summary?.goals ?? []).map((id) => ({
      id,
      title: `Goal ${id}`,
      issueId: id.split('.')[0] ?? '',
    })),
  };
}

/** The overview: a tile map of one measure, the states ranked by it, and what the data covers. */
export function OverviewPage() {
  const { dataset, year, state, manifest, update } = useViewState();
  const framework = useFramework(frameworkIdOf(manifest, dataset));
  const summary = useEditionSummary(dataset, year);

  const options = useMemo(
    () => pickerOptions(framework.data, summary.data),
    [framework.data, summary.data],
  );
  // The edition's own goal and issue lists decide which measures it can draw; until it loads, the
  // framework's let the picker show the measure the URL names.
  const ids = useMemo(
    () =>
      summary.data
        ? { goals: summary.data.goals, issueAreas: summary.data.issueAreas }
        : { goals: options.goals.map((g) => g.id), issueAreas: options.issues.map((a) => a.id) },
    [options, summary.data],
  );
  const parsed = parseMeasure(state.measure, ids);
  const measure = parsed ?? (summary.data ? defaultMeasure(summary.data) : null);

  const setMeasure = (m: OverviewMeasure) => update({ measure: measureKey(m) });
  const onKind = (kind: MeasureKind) => {
    const next = measureOfKind(kind, ids, measure);
    if (next) setMeasure(next);
  };

  return (
    <div className="overview">
      <h1 className="overview__title">Child sex trafficking laws, state by state</h1>
      <p className="lead overview__lead">
        How each state’s laws measure up to Shared Hope International’s report-card framework of 40
        policy goals in 6 issue areas, and what this data does and does not cover. Choose what to
        colour the map by; select a state to read its report.
      </p>
      <MeasurePicker
        measure={measure}
        issues={options.issues}
        goals={options.goals}
        onKind={onKind}
        onChange={setMeasure}
      />
      <QueryPanel query={summary} what={editionSummaryWhat(dataset, year)} height="40rem">
        {(data) =>
          measure ? (
            <OverviewBody summary={data} measure={measure} framework={framework.data} />
          ) : null
        }
      </QueryPanel>
    </div>
  );
}

function OverviewBody({
  summary,
  measure,
  framework,
}: {
  summary: EditionSummary;
  measure: OverviewMeasure;
  framework: Framework | undefined;
}) {
  const { dataset, year, state, manifest, hrefFor } = useViewState();
  const queryClient = useQueryClient();
  const hovered = useUiStore((s) => s.hoveredState);
  const setHovered = useUiStore((s) => s.setHoveredState);
  // The pointer's state belongs to this page: leaving it must not leave a highlight behind.
  useEffect(() => () => setHovered(null), [setHovered]);

  const editionStates = useMemo(
    () =>
      new Set(
        manifest.datasets.find((d) => d.id === dataset)?.editions.find((e) => e.year === year)
          ?.states ?? [],
      ),
    [manifest, dataset, year],
  );
  const prefetch = useCallback(
    (code: string) => {
      // Only states with a file: a prefetch that can only fail would be wasted.
      if (editionStates.has(code)) void prefetchEvaluation(queryClient, dataset, year, code);
    },
    [editionStates, queryClient, dataset, year],
  );
  const stateHref = useCallback((code: string) => hrefFor({ view: 'state', code }), [hrefFor]);

  const values = useMemo(() => measureValues(summary, measure), [summary, measure]);
  const legend = useMemo(() => measureLegend(values, measure), [values, measure]);
  const chart = useMemo(() => measureChart(values, measure), [values, measure]);
  const coverage = useMemo(() => dataCoverage(summary, framework), [summary, framework]);

  const context = {
    year,
    synthetic: summary.synthetic,
    asOf: coverage.asOf,
    reportAgeStates: values
      .filter((v) => (v.state?.facts?.juvenileJurisdiction?.basis ?? '') === 'report')
      .map((v) => v.name),
  };
  const subtitle = measureSubtitle(measure, context);
  const source = measureSource(measure, context);
  const summaryText = describeMeasure(chart, measure);
  const scope = scopeSentence(measure, framework);
  const exportInput = {
    measure,
    values,
    legend,
    chart,
    framework,
    goalCount: summary.goals.length,
    year,
    dataset,
    synthetic: summary.synthetic,
    subtitle,
    source,
    asOf: coverage.asOf,
    selected: state.states,
    mapTitle: mapTitle(measure),
    chartTitle: chartTitle(measure),
  };
  const mapExport = overviewMapExport(exportInput);
  const chartExport = overviewChartExport(exportInput);
  const highlighted = [
    ...state.states,
    ...(hovered && !state.states.includes(hovered) ? [hovered] : []),
  ];

  return (
    <div className="overview__grid">
      <div className="overview__map">
        <OverviewMap
          measure={measure}
          values={values}
          legend={legend}
          title={mapTitle(measure)}
          subtitle={subtitle}
          source={source}
          synthetic={summary.synthetic}
          summary={
            <p>
              {scope}
              {summaryText}
            </p>
          }
          goalCount={summary.goals.length}
          exportSpec={mapExport}
          hrefFor={stateHref}
          highlighted={highlighted}
          onActiveChange={setHovered}
          onPrefetch={prefetch}
        />
      </div>
      <div className="overview__chart">
        <OverviewChart
          measure={measure}
          chart={chart}
          title={chartTitle(measure)}
          subtitle={subtitle}
          source={source}
          summary={
            <p>
              {chart.type === 'ranked'
                ? 'Each bar is a state’s score on the 0–100 scale, highest first; the last figure is how many of its goals were evaluated.'
                : 'Each bar counts the states with that value; the states are listed under it.'}{' '}
              States with no data follow.
            </p>
          }
          synthetic={summary.synthetic}
          exportSpec={chartExport}
          hovered={hovered}
          selected={state.states}
          onHover={setHovered}
          hrefFor={stateHref}
          onPrefetch={prefetch}
        />
      </div>
      <div className="overview__coverage">
        <CoveragePanel
          coverage={coverage}
          aboutHref={hrefFor({ view: 'about' })}
          goalHref={(goalId) => hrefFor({ view: 'goal', goalId })}
        />
      </div>
    </div>
  );
}

/** Names the issue area or goal a measure is about, before the numbers. */
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
