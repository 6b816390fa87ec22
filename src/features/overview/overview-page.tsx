import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo } from 'react';
import { prefetchEvaluation } from '@/api/evaluation-query';
import { useViewData } from '@/api/view-data-query';
import { CoverageNote } from '@/components/coverage-note';
import { PublisherWords } from '@/components/publisher-words';
import { useUiStore } from '@/components/ui-store';
import { ViewDataGate } from '@/components/view-data-gate';
import { useViewState } from '@/components/view-state';
import type { Framework } from '@/domain/contract/framework-schema';
import type { EditionSummary } from '@/domain/contract/summary-schema';
import { publisherName } from '@/domain/format/publisher';
import {
  defaultMeasure,
  measureKey,
  measureOfKind,
  parseMeasure,
  type MeasureKind,
  type OverviewMeasure,
} from '@/domain/overview/measure';
import { CoveragePanel } from './coverage-panel';
import { MeasurePicker, type PickerOption } from './measure-picker';
import { OverviewBars } from './overview-bars';
import { overviewCharts } from './overview-chart';
import { OverviewMap } from './overview-map';
import './overview.css';

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
  const { framework, summary, summaryWhat } = useViewData(manifest, dataset, year);

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
  const measure = useMemo(
    () => parseMeasure(state.measure, ids) ?? (summary.data ? defaultMeasure(summary.data) : null),
    [state.measure, ids, summary.data],
  );

  const setMeasure = (m: OverviewMeasure) => update({ measure: measureKey(m) });
  const onKind = (kind: MeasureKind) => {
    const next = measureOfKind(kind, ids, measure);
    if (next) setMeasure(next);
  };

  return (
    <div className="overview">
      <h1 className="overview__title">Child sex trafficking laws, state by state</h1>
      <p className="lead overview__lead">
        How each state’s laws measure up to{' '}
        <PublisherWords
          framework={framework}
          words={(fw) => `${publisherName(fw)}’s`}
          fallback="the publisher’s"
        />{' '}
        report-card framework of 40 policy goals in 6 issue areas, and what this data does and does
        not cover. Choose what to colour the map by; select a state to read its report.
      </p>
      <CoverageNote view="overview" summary={summary.data} framework={framework.data} />
      <MeasurePicker
        measure={measure}
        issues={options.issues}
        goals={options.goals}
        onKind={onKind}
        onChange={setMeasure}
      />
      <ViewDataGate
        framework={framework}
        summary={summary}
        summaryWhat={summaryWhat}
        height="40rem"
      >
        {(fw, data) =>
          measure ? <OverviewBody framework={fw} summary={data} measure={measure} /> : null
        }
      </ViewDataGate>
    </div>
  );
}

function OverviewBody({
  framework,
  summary,
  measure,
}: {
  framework: Framework;
  summary: EditionSummary;
  measure: OverviewMeasure;
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

  const { map, bars, coverage } = useMemo(
    () => overviewCharts({ framework, summary, measure, dataset, year, selected: state.states }),
    [framework, summary, measure, dataset, year, state.states],
  );
  const highlighted = [
    ...state.states,
    ...(hovered && !state.states.includes(hovered) ? [hovered] : []),
  ];

  return (
    <div className="overview__grid">
      <div className="overview__map">
        <OverviewMap
          chart={map}
          exportable
          hrefFor={stateHref}
          highlighted={highlighted}
          onActiveChange={setHovered}
          onPrefetch={prefetch}
        />
      </div>
      <div className="overview__chart">
        <OverviewBars
          chart={bars}
          exportable
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
          framework={framework}
          aboutHref={hrefFor({ view: 'about' })}
          goalHref={(goalId) => hrefFor({ view: 'goal', goalId })}
        />
      </div>
    </div>
  );
}
