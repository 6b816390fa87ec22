import { useQueries, type UseQueryResult } from '@tanstack/react-query';
import { useLayoutEffect, useMemo, useState } from 'react';
import { useEditionSummary } from '@/api/edition-summary-query';
import { evaluationQueryOptions } from '@/api/evaluation-query';
import { useFramework } from '@/api/framework-query';
import { ChartFrame } from '@/components/chart-frame';
import { ExportMenu } from '@/components/export-menu';
import { markEnd, markLoaded } from '@/components/perf-marks';
import { QueryPanel } from '@/components/query-panel';
import { Link } from '@/components/router';
import { StatusLegend } from '@/components/status-glyph';
import { SyntheticMark } from '@/components/synthetic-mark';
import { useViewState } from '@/components/view-state';
import { issueProfile, profileGaps, profileSummary } from '@/domain/compare/profile';
import { compareRows, countRows, differencesOnly } from '@/domain/compare/rows';
import {
  COMPARE_SUGGESTIONS,
  comparedStates,
  MAX_COMPARE,
  MIN_COMPARE,
} from '@/domain/compare/selection';
import type { Evaluation, GoalEvaluation } from '@/domain/contract/evaluation-schema';
import type { Framework } from '@/domain/contract/framework-schema';
import { jurisdictionByCode } from '@/domain/format/jurisdictions';
import type { DatasetId, EditionSummary } from '@/domain/contract/summary-schema';
import { goalsExport, profileExport } from './compare-export';
import { CompareGoals } from './compare-goals';
import { CompareProfileChart } from './compare-profile-chart';
import type { StateDetails } from './goal-cell';
import { stateColor } from '@/domain/compare/state-colors';
import { StatePicker } from './state-picker';
import { useMediaQuery } from './use-media-query';
import './compare.css';
import { frameworkIdOf } from '@/domain/contract/dataset-framework';

function nameOf(code: string): string {
  return jurisdictionByCode(code)?.name ?? code;
}

function listNames(codes: readonly string[]): string {
  const names = codes.map(nameOf);
  return names.length <= 1
    ? (names[0] ?? '')
    : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

function editionLabel(dataset: DatasetId, year: number): string {
  return `${year} edition, ${dataset === 'demo' ? 'synthetic demo data' : 'report data'}`;
}

/** Compare: two to six states side by side, goal by goal, and their issue-area profile. */
export function ComparePage() {
  const { state, manifest, dataset, year, update } = useViewState();
  const { shown, dropped } = comparedStates(state.states);
  const frameworkId = frameworkIdOf(manifest, dataset);
  const framework = useFramework(frameworkId);
  const summary = useEditionSummary(dataset, year);

  return (
    <div className="compare">
      <h1>Compare states</h1>
      <p className="lead">
        Put {MIN_COMPARE} to {MAX_COMPARE} states side by side, goal by goal: how far each state’s
        law meets the policy goal, what the report says, the statutes it cites and what it
        recommends.
      </p>
      <StatePicker selected={shown} onChange={(states) => update({ states })} />
      {dropped.length > 0 ? (
        <p className="compare__note" role="note">
          The link named {shown.length + dropped.length} states; a comparison holds {MAX_COMPARE},
          so {listNames(dropped)} {dropped.length === 1 ? 'is' : 'are'} left out.
        </p>
      ) : null}
      {shown.length < MIN_COMPARE ? (
        <Suggestions selected={shown} />
      ) : (
        <QueryPanel query={framework} what="the policy framework" height="40rem">
          {(fw) => (
            <QueryPanel query={summary} what={`the ${year} edition summary`} height="40rem">
              {(s) => <Comparison framework={fw} summary={s} codes={shown} />}
            </QueryPanel>
          )}
        </QueryPanel>
      )}
    </div>
  );
}

function Suggestions({ selected }: { selected: readonly string[] }) {
  const { hrefFor } = useViewState();
  return (
    <section className="compare__suggestions" aria-labelledby="compare-suggestions">
      <h2 id="compare-suggestions">
        {selected.length === 0 ? 'Start with' : `Compare ${nameOf(selected[0]!)} with`}
      </h2>
      <ul>
        {COMPARE_SUGGESTIONS.map((s) => {
          const states =
            selected.length === 0
              ? [...s.states]
              : [...selected, ...s.states.filter((c) => !selected.includes(c))].slice(
                  0,
                  MAX_COMPARE,
                );
          return (
            <li key={s.label}>
              <Link to={hrefFor({ view: 'compare' }, { states })}>{listNames(states)}</Link>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function detailsOf(query: UseQueryResult<Evaluation> | undefined, fetched: boolean): StateDetails {
  if (!fetched || !query) return { kind: 'none' };
  if (query.data) {
    return {
      kind: 'ready',
      goals: new Map<string, GoalEvaluation>(query.data.goals.map((g) => [g.id, g])),
    };
  }
  if (query.error) return { kind: 'error' };
  return { kind: 'loading' };
}

const dateFormat = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' });

function formatDate(isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? isoDate : dateFormat.format(date);
}

function Comparison({
  framework,
  summary,
  codes,
}: {
  framework: Framework;
  summary: EditionSummary;
  codes: readonly string[];
}) {
  const { state, dataset, year, update, hrefFor } = useViewState();
  const stacked = useMediaQuery('(max-width: 47.99rem)');
  const [showDetails, setShowDetails] = useState(true);
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(() => new Set());

  const byCode = useMemo(() => new Map(summary.states.map((s) => [s.code, s])), [summary]);
  // Only states with evaluated goals have an analysis worth fetching.
  const fetched = codes.map((code) => (byCode.get(code)?.evaluated ?? 0) > 0);
  const evaluations = useQueries({
    queries: codes.map((code, i) => ({
      ...evaluationQueryOptions(dataset, year, code),
      enabled: fetched[i] ?? false,
    })),
  });
  const details = codes.map((_, i) => detailsOf(evaluations[i], fetched[i] ?? false));
  // The benchmark's compare time ends when every column has drawn its data (or its error).
  const settled = details.every((d) => d.kind !== 'loading');
  useLayoutEffect(() => {
    if (!settled) return;
    markLoaded('compare-columns');
    markEnd('edition-switch');
  }, [settled, summary]);

  const allAreas = useMemo(
    () => compareRows(framework, summary, codes),
    [framework, summary, codes],
  );
  const areas = state.diff ? differencesOnly(allAreas).filter((a) => a.rows.length > 0) : allAreas;
  const total = framework.issueAreas.reduce((n, a) => n + a.goals.length, 0);
  const { differing } = countRows(allAreas);
  const profile = useMemo(
    () => issueProfile(framework, summary, codes),
    [framework, summary, codes],
  );
  const gaps = profileGaps(profile, codes);

  const info = codes.map((code, i) => {
    const s = byCode.get(code);
    const scoreLine = s
      ? s.score !== null
        ? `Coverage score ${s.score.toFixed(1)} · ${s.evaluated} of ${total} goals evaluated`
        : `No goal evaluated in this edition`
      : 'No evaluation in this edition';
    const query = evaluations[i];
    return (
      <div className="state-info">
        <p className="state-info__line">{scoreLine}</p>
        {s?.published ? (
          <p className="state-info__line">
            Published grade {s.published.grade}
            {s.published.inferred ? ' (inferred)' : ''}
          </p>
        ) : null}
        {fetched[i] && query ? (
          <QueryPanel
            query={query}
            what={`the evaluation of ${nameOf(code)}`}
            height="2.5rem"
            level={3}
          >
            {(evaluation) => (
              <p className="state-info__line">
                {evaluation.asOf ? `Laws as of ${formatDate(evaluation.asOf)} · ` : ''}
                <Link to={hrefFor({ view: 'state', code })}>Full report</Link>
              </p>
            )}
          </QueryPanel>
        ) : null}
      </div>
    );
  });

  const synthetic = dataset === 'demo';
  const source =
    dataset === 'demo'
      ? 'Statuses: synthetic demo data generated by Statewise (describes no real law). Coverage score: Statewise’s measure, equal weights.'
      : `Statuses: Shared Hope International, ${year} report cards. Coverage score: Statewise’s measure (equal weights), not Shared Hope’s score.`;

  const profileTitle = 'Issue-area profile';
  const profileSubtitle = `Coverage score by issue area (0–100, equal weights, over the goals evaluated), ${editionLabel(dataset, year)}`;
  const exportInput = {
    codes,
    framework,
    year,
    dataset,
    synthetic,
    source,
    asOf: [
      ...new Set(
        codes.flatMap((c) => {
          const s = byCode.get(c);
          return s?.asOf && s.evaluated > 0 ? [s.asOf] : [];
        }),
      ),
    ].sort(),
    diff: state.diff,
  };
  const goalsTitle = `Goal by goal: ${listNames(codes)}`;
  const goalsSubtitle = `Status of each policy goal${state.diff ? ' where the states differ' : ''}, ${editionLabel(dataset, year)}`;

  return (
    <>
      <ChartFrame
        title={profileTitle}
        subtitle={profileSubtitle}
        source={source}
        synthetic={synthetic}
        exportSpec={profileExport(exportInput, profile, profileTitle, profileSubtitle)}
        summary={
          <>
            {profileSummary(profile, codes).map((line) => (
              <p key={line}>{line}</p>
            ))}
            {gaps.length > 0 ? (
              <p className="compare__gap-note">
                No bar means no goal of that issue area has been evaluated for the state: unknown,
                not zero (
                {gaps
                  .map((g) =>
                    g.areas.length === profile.length
                      ? `${nameOf(g.code)}: all issue areas`
                      : `${nameOf(g.code)}: ${g.areas.length === 1 ? 'area' : 'areas'} ${g.areas.join(', ')}`,
                  )
                  .join('; ')}
                ).
              </p>
            ) : null}
          </>
        }
        legend={
          <div className="legend" role="group" aria-label="Legend: states">
            <span className="legend__title">States</span>
            <ul className="legend__items">
              {codes.map((code, i) => (
                <li key={code}>
                  <span
                    className="legend__swatch"
                    style={{ background: stateColor(i), borderColor: stateColor(i) }}
                    aria-hidden="true"
                  />
                  {nameOf(code)} ({code})
                </li>
              ))}
            </ul>
          </div>
        }
        table={
          <table className="table">
            <caption className="visually-hidden">
              Coverage score by issue area: {listNames(codes)}
            </caption>
            <thead>
              <tr>
                <th scope="col">Issue area</th>
                {codes.map((code) => (
                  <th key={code} scope="col">
                    {nameOf(code)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {profile.map((area) => (
                <tr key={area.id}>
                  <th scope="row">
                    {area.id}. {area.title}
                  </th>
                  {area.values.map((v, i) => (
                    <td key={codes[i]}>
                      {v.score !== null ? v.score.toFixed(1) : 'No score'}{' '}
                      <span className="compare__muted">
                        ({v.evaluated} of {v.total} evaluated)
                      </span>
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        }
      >
        <CompareProfileChart profile={profile} codes={codes} />
      </ChartFrame>

      <section className="compare-goals" aria-labelledby="compare-goals-heading">
        <h2 id="compare-goals-heading">Goal by goal</h2>
        {synthetic ? <SyntheticMark /> : null}
        <div className="compare-goals__toolbar">
          <label className="compare-toggle">
            <input
              type="checkbox"
              checked={state.diff}
              onChange={(e) => update({ diff: e.target.checked })}
            />
            Differences only
          </label>
          <label className="compare-toggle">
            <input
              type="checkbox"
              checked={showDetails}
              onChange={(e) => setShowDetails(e.target.checked)}
            />
            Show summaries, statutes and recommendations
          </label>
          <span className="compare-goals__buttons">
            <ExportMenu
              spec={goalsExport(exportInput, areas, goalsTitle, goalsSubtitle)}
              title="the goal-by-goal table"
            />
            <button
              type="button"
              className="button compare-button"
              onClick={() => setCollapsed(new Set())}
            >
              Expand all
            </button>
            <button
              type="button"
              className="button compare-button"
              onClick={() => setCollapsed(new Set(framework.issueAreas.map((a) => a.id)))}
            >
              Collapse all
            </button>
          </span>
        </div>
        <p className="compare-goals__count" aria-live="polite">
          {state.diff
            ? differing === 0
              ? `The states have the same status on all ${total} goals.`
              : `Showing the ${differing} of ${total} goals where the states differ.`
            : `All ${total} goals; the states differ on ${differing}.`}
        </p>
        <StatusLegend />
        <CompareGoals
          areas={areas}
          codes={codes}
          info={info}
          details={details}
          showDetails={showDetails}
          stacked={stacked}
          collapsed={collapsed}
          onToggleArea={(id) =>
            setCollapsed((prev) => {
              const next = new Set(prev);
              if (next.has(id)) next.delete(id);
              else next.add(id);
              return next;
            })
          }
        />
      </section>
    </>
  );
}
