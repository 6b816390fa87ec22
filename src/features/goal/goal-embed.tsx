import { useMemo } from 'react';
import { useViewData } from '@/api/view-data-query';
import { useViewState } from '@/components/view-state';
import { ViewDataGate } from '@/components/view-data-gate';
import { useEmbedData } from '@/components/embed-data';
import type { Framework } from '@/domain/contract/framework-schema';
import type { EditionSummary } from '@/domain/contract/summary-schema';
import { findGoal, type GoalInFramework } from '@/domain/goal/status';
import { goalEmbedChart } from './goal-chart';
import { GoalFactChart } from './goal-fact-chart';
import { useStatesWithFile } from './goal-frame';
import { GoalStatusSection } from './goal-status-section';
import './goal.css';

const NO_PREFETCH = () => {};

export interface GoalEmbedProps {
  goalId: string;
  /** `status` for the status map every goal has; otherwise the chart of the goal's typed facts, if any */
  chart: string | null;
}

/**
 * `/embed/goals/<id>`: one goal across the states. A goal whose kind of typed fact has an embedded
 * chart (juvenile court ages) embeds that chart (or, with `chart=status`, the status map every
 * goal has); any other goal, its status map. The page's own chart definitions, in the embed's words.
 */
export function GoalEmbed({ goalId, chart }: GoalEmbedProps) {
  const { manifest, dataset, year } = useViewState();
  const { framework, summary, summaryWhat } = useViewData(manifest, dataset, year);
  // The page's root class: it carries the chart's colours (light and dark).
  return (
    <div className="goal-view">
      <ViewDataGate
        framework={framework}
        summary={summary}
        summaryWhat={summaryWhat}
        height="34rem"
      >
        {(fw, s) => {
          const found = findGoal(fw, goalId);
          if (!found) return <GoalNotFound framework={fw} goalId={goalId} />;
          return <GoalEmbedChart framework={fw} summary={s} found={found} chart={chart} />;
        }}
      </ViewDataGate>
    </div>
  );
}

function GoalNotFound({ framework, goalId }: { framework: Framework; goalId: string }) {
  return (
    <section aria-labelledby="goal-embed-missing">
      <h1 id="goal-embed-missing">No policy goal {goalId}</h1>
      <p>
        The framework “{framework.name}” has no goal {goalId}: its goals are numbered 1.1 to{' '}
        {framework.issueAreas.at(-1)?.goals.at(-1)?.id ?? '…'}.
      </p>
    </section>
  );
}

function GoalEmbedChart({
  framework,
  summary,
  found,
  chart,
}: {
  framework: Framework;
  summary: EditionSummary;
  found: GoalInFramework;
  chart: string | null;
}) {
  const { hrefFor, state, update } = useViewState();
  const statesWithFile = useStatesWithFile();
  const definition = useMemo(
    () =>
      goalEmbedChart(
        {
          framework,
          goal: found.goal,
          summary,
          highlighted: state.states,
          chosenOnly: state.chosen,
          statusFilter: state.status,
          sort: state.sort,
        },
        chart,
      ),
    [framework, found.goal, summary, state.states, state.chosen, state.status, state.sort, chart],
  );
  useEmbedData(definition.exportSpec);
  const stateHref = (code: string, goal?: string) =>
    `${hrefFor({ view: 'state', code })}${goal ? `#goal-${goal}` : ''}`;

  if (definition.chart === 'status') {
    return (
      <GoalStatusSection
        chart={definition}
        stateHref={stateHref}
        statesWithFile={statesWithFile}
        highlighted={state.states}
        onPrefetch={NO_PREFETCH}
        exportable={false}
      />
    );
  }
  return (
    <GoalFactChart
      chart={definition}
      variant="embed"
      stateHref={(code) => stateHref(code)}
      highlighted={state.states}
      onPrefetch={NO_PREFETCH}
      onSort={(sort) => update({ sort })}
    />
  );
}
