import { useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { editionSummaryWhat, useEditionSummary } from '@/api/edition-summary-query';
import { prefetchEvaluation } from '@/api/evaluation-query';
import { useFramework } from '@/api/framework-query';
import { QueryPanel } from '@/components/query-panel';
import { Link, navigate } from '@/components/router';
import { useViewState } from '@/components/view-state';
import type { Framework } from '@/domain/contract/framework-schema';
import { limitationRows, protectionRows } from '@/domain/facts/limitations-protections';
import { juvenileRows, juvenileSortKey, sortJuvenileRows } from '@/domain/facts/juvenile';
import { findGoal, goalStatusRows, type GoalInFramework } from '@/domain/goal/status';
import { formatIsoDate } from '@/domain/format/dates';
import type { EditionSummary } from '@/domain/contract/summary-schema';
import {
  goalStatusExport,
  juvenileExport,
  limitationExport,
  protectionExport,
  type GoalExportContext,
} from './goal-export';
import { GoalStatusSection } from './goal-status-section';
import { JuvenileSection } from './juvenile-section';
import { LimitationsSection } from './limitations-section';
import { ProtectionsSection } from './protections-section';
import './goal.css';
import { frameworkIdOf } from '@/domain/contract/dataset-framework';

const REFERENCE_SOURCES =
  'OJJDP Statistical Briefing Book; NJDC/Gault Center minimum-age survey; NCSL; JJGPS; ' +
  'Campaign for Youth Justice; National Juvenile Justice Network; Human Rights for Kids; ' +
  'Children and the Law blog';

/** One policy goal across all states, with a dedicated comparison for goals with typed facts. */
export function GoalPage({ goalId }: { goalId: string }) {
  const { manifest, dataset } = useViewState();
  const frameworkId = frameworkIdOf(manifest, dataset);
  const framework = useFramework(frameworkId);

  if (!framework.data) {
    return (
      <div className="goal-view">
        <h1>Policy goal {goalId}</h1>
        <QueryPanel query={framework} what="the policy framework" height="10rem">
          {() => null}
        </QueryPanel>
      </div>
    );
  }
  const found = findGoal(framework.data, goalId);
  return (
    <div className="goal-view">
      {found ? (
        <GoalContent framework={framework.data} found={found} />
      ) : (
        <GoalNotFound framework={framework.data} goalId={goalId} />
      )}
    </div>
  );
}

function GoalNotFound({ framework, goalId }: { framework: Framework; goalId: string }) {
  const { hrefFor } = useViewState();
  return (
    <>
      <h1>No policy goal {goalId}</h1>
      <p className="lead">
        The framework “{framework.name}” has no goal {goalId}. It has{' '}
        {framework.issueAreas.reduce((n, a) => n + a.goals.length, 0)} goals in{' '}
        {framework.issueAreas.length} issue areas; choose one:
      </p>
      <nav aria-label="Policy goals" className="goal-index">
        {framework.issueAreas.map((area) => (
          <section key={area.id} aria-labelledby={`goal-index-${area.id}`}>
            <h2 id={`goal-index-${area.id}`}>
              {area.id}. {area.title}
            </h2>
            <ul>
              {area.goals.map((g) => (
                <li key={g.id}>
                  <Link to={hrefFor({ view: 'goal', goalId: g.id })}>
                    <span className="goal-index__id">{g.id}</span> {g.title}
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </nav>
    </>
  );
}

function GoalPicker({ framework, goalId }: { framework: Framework; goalId: string }) {
  const { hrefFor } = useViewState();
  return (
    <label className="goal-picker">
      <span className="goal-picker__label">Go to goal</span>
      <select
        value={goalId}
        onChange={(e) => navigate(hrefFor({ view: 'goal', goalId: e.target.value }))}
      >
        {framework.issueAreas.map((area) => (
          <optgroup key={area.id} label={`${area.id}. ${area.title}`}>
            {area.goals.map((g) => (
              <option key={g.id} value={g.id}>
                {g.id} {truncate(g.title, 70)}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </label>
  );
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

function GoalContent({ framework, found }: { framework: Framework; found: GoalInFramework }) {
  const { dataset, year, hrefFor } = useViewState();
  const { goal, area, previous, next } = found;
  const summary = useEditionSummary(dataset, year);

  return (
    <>
      <header className="goal-header">
        <p className="goal-header__eyebrow">
          Issue area {area.id}: {area.title}
        </p>
        <h1 className="goal-header__title">
          <span className="goal-header__id">Policy goal {goal.id}</span> {goal.title}
        </h1>
        <p className="goal-header__meta">
          {year} edition · {dataset === 'demo' ? 'synthetic demo data' : 'report data'} · goal text
          as {framework.publisher} states it · weight {goal.weight} in this project’s coverage score
        </p>
        <nav className="goal-nav" aria-label="Other policy goals">
          {previous ? (
            <Link
              className="goal-nav__step"
              to={hrefFor({ view: 'goal', goalId: previous.id })}
              rel="prev"
            >
              <span aria-hidden="true">← </span>Goal {previous.id}{' '}
              <span className="visually-hidden">(previous)</span>
            </Link>
          ) : null}
          <GoalPicker framework={framework} goalId={goal.id} />
          {next ? (
            <Link
              className="goal-nav__step"
              to={hrefFor({ view: 'goal', goalId: next.id })}
              rel="next"
            >
              Goal {next.id} <span className="visually-hidden">(next)</span>
              <span aria-hidden="true"> →</span>
            </Link>
          ) : null}
        </nav>
      </header>
      <QueryPanel query={summary} what={editionSummaryWhat(dataset, year)} height="40rem">
        {(data) => (
          <GoalComparisons
            summary={data}
            goalId={goal.id}
            goalTitle={goal.title}
            framework={framework}
          />
        )}
      </QueryPanel>
    </>
  );
}

function GoalComparisons({
  summary,
  goalId,
  goalTitle,
  framework,
}: {
  summary: EditionSummary;
  goalId: string;
  goalTitle: string;
  framework: Framework;
}) {
  const { dataset, year, manifest, hrefFor, state, update } = useViewState();
  const queryClient = useQueryClient();
  const synthetic = summary.synthetic;

  const statesWithFile = useMemo(
    () =>
      new Set(
        manifest.datasets.find((d) => d.id === dataset)?.editions.find((e) => e.year === year)
          ?.states ?? [],
      ),
    [manifest, dataset, year],
  );
  const stateHref = (code: string, goal?: string) =>
    `${hrefFor({ view: 'state', code })}${goal ? `#goal-${goal}` : ''}`;
  const onPrefetch = (code: string) => {
    if (statesWithFile.has(code)) void prefetchEvaluation(queryClient, dataset, year, code);
  };

  const statusRows = useMemo(() => goalStatusRows(summary, goalId), [summary, goalId]);
  const asOf = [
    ...new Set(summary.states.flatMap((s) => (s.evaluated > 0 && s.asOf ? [s.asOf] : []))),
  ].sort();
  const datasetWords = synthetic ? 'synthetic demo data' : 'report data';
  const subtitle = `${year} edition, ${datasetWords}`;
  const syntheticSource =
    'Source: synthetic demo data generated by Statewise; it describes no state’s real law.';
  const statusSource = synthetic
    ? syntheticSource
    : `Source: Shared Hope International, ${year} Report Cards on Child & Youth Sex Trafficking; statuses are Statewise’s reading of each state report, reviewed by a person${
        asOf.length ? ` (laws as of ${asOf.map(formatIsoDate).join(', ')})` : ''
      }. Unknown: no evaluation in this dataset.`;

  const juvenile = useMemo(
    () => (goalId === '2.9' ? juvenileRows(summary) : []),
    [summary, goalId],
  );
  const reportStates = juvenile.filter((r) => r.facts?.basis === 'report').map((r) => r.name);
  const juvenileSource = synthetic
    ? syntheticSource
    : [
        reportStates.length
          ? `${reportStates.join(', ')}: Shared Hope International, ${year} state report, as read by Statewise (with reference data beside it).`
          : '',
        `Reference data (${REFERENCE_SOURCES}): juvenile court ages and transfer laws as of the end of 2022, each row with its sources and confidence on the state’s page.`,
      ]
        .filter(Boolean)
        .join(' ');
  const factSource = synthetic
    ? syntheticSource
    : `Source: Shared Hope International, ${year} state reports, as read by Statewise. Unknown: no evaluation in this dataset.`;

  const juvenileSort = juvenileSortKey(state.sort);
  const sortedJuvenile = useMemo(
    () => sortJuvenileRows(juvenile, juvenileSort),
    [juvenile, juvenileSort],
  );
  const exportCtx: GoalExportContext = {
    goalId,
    goalTitle,
    framework,
    year,
    dataset,
    synthetic,
    asOf,
    highlighted: state.states,
  };
  const juvenileSubtitle = `Youngest and oldest age at which a child’s case starts in juvenile court · ${subtitle}`;
  const limitationRowsShown = goalId === '4.6' ? limitationRows(summary) : [];
  const protectionRowsShown = goalId === '5.3' ? protectionRows(summary) : [];

  return (
    <>
      <GoalStatusSection
        goalId={goalId}
        rows={statusRows}
        subtitle={subtitle}
        source={statusSource}
        synthetic={synthetic}
        exportSpec={goalStatusExport(
          exportCtx,
          statusRows,
          `Goal ${goalId}: status by state`,
          subtitle,
          statusSource,
        )}
        stateHref={stateHref}
        statesWithFile={statesWithFile}
        highlighted={state.states}
        onPrefetch={onPrefetch}
      />
      {goalId === '2.9' ? (
        <JuvenileSection
          rows={juvenile}
          sort={juvenileSort}
          onSort={(sort) => update({ sort })}
          subtitle={juvenileSubtitle}
          source={juvenileSource}
          synthetic={synthetic}
          exportSpec={juvenileExport(
            exportCtx,
            sortedJuvenile,
            juvenileSort,
            'Ages of juvenile court jurisdiction',
            juvenileSubtitle,
            juvenileSource,
          )}
          stateHref={(code) => stateHref(code)}
          highlighted={state.states}
          onPrefetch={onPrefetch}
        />
      ) : null}
      {goalId === '4.6' ? (
        <LimitationsSection
          rows={limitationRowsShown}
          subtitle={subtitle}
          source={factSource}
          synthetic={synthetic}
          exportSpec={limitationExport(
            exportCtx,
            limitationRowsShown,
            'Statutes of limitation',
            `Criminal and civil actions for child sex trafficking and CSEC offenses · ${subtitle}`,
            factSource,
          )}
          stateHref={(code) => stateHref(code)}
          highlighted={state.states}
        />
      ) : null}
      {goalId === '5.3' ? (
        <ProtectionsSection
          rows={protectionRowsShown}
          subtitle={subtitle}
          source={factSource}
          synthetic={synthetic}
          exportSpec={protectionExport(
            exportCtx,
            protectionRowsShown,
            'Victim protections in court',
            `Protections in law, of three: advocate, courtroom supports, identity protected · ${subtitle}`,
            factSource,
          )}
          stateHref={(code) => stateHref(code)}
          highlighted={state.states}
        />
      ) : null}
    </>
  );
}
