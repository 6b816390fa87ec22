import { useQueries } from '@tanstack/react-query';
import { useMemo } from 'react';
import { editionSummaryQueryOptions, useEditionSummary } from '@/api/edition-summary-query';
import { describeLoadError } from '@/api/fetch-json';
import { useFramework } from '@/api/framework-query';
import { LoadingSkeleton } from '@/components/loading-skeleton';
import { QueryPanel } from '@/components/query-panel';
import { Link } from '@/components/router';
import { useViewState } from '@/components/view-state';
import type { Framework } from '@/domain/contract/framework-schema';
import { gradeRows, type GradeEdition } from '@/domain/scores/grades';
import { rankScores, type Ranking } from '@/domain/scores/ranking';
import type { EditionSummary } from '@/domain/contract/summary-schema';
import { coverageSource, editionLabel } from './scores-source';
import { ScoreRankingFrame } from './score-ranking-frame';
import { PublishedGrades } from './published-grades';
import { gradesExport, rankingExport } from './scores-export';
import { useMediaQuery } from './use-media-query';
import { WhatIfPanel } from './what-if-panel';
import './scores.css';
import { frameworkIdOf } from '@/domain/contract/dataset-framework';

/** Scores: ranked coverage scores with their issue-area split, what-if weights, published grades. */
export function ScoresPage() {
  const { manifest, dataset, year } = useViewState();
  const frameworkId = frameworkIdOf(manifest, dataset);
  const framework = useFramework(frameworkId);
  const summary = useEditionSummary(dataset, year);
  return (
    <div className="scores">
      <h1>Scores</h1>
      <p className="lead">
        The <strong>coverage score</strong> is this project’s measure: the share of credit a state’s
        laws earn over the policy goals that have been evaluated (met = 1, partly = ½, not met = 0;
        equal weights), from 0 to 100. The <strong>published grades</strong> are Shared Hope’s own,
        shown as published.
      </p>
      <QueryPanel query={framework} what="the policy framework" height="40rem">
        {(fw) => (
          <QueryPanel query={summary} what={`the ${year} edition summary`} height="40rem">
            {(s) => <CoverageSection framework={fw} summary={s} />}
          </QueryPanel>
        )}
      </QueryPanel>
      <GradesSection />
    </div>
  );
}

function CoverageSection({
  framework,
  summary,
}: {
  framework: Framework;
  summary: EditionSummary;
}) {
  const { state, dataset, year, years, manifest, update, hrefFor } = useViewState();
  const narrow = useMediaQuery('(max-width: 56rem)');
  const ranking = useMemo(
    () => rankScores(framework, summary, state.weights),
    [framework, summary, state.weights],
  );
  const areas = useMemo(
    () => framework.issueAreas.map((a) => ({ id: a.id, title: a.title })),
    [framework],
  );
  const hasBaseScores =
    ranking.ranked.length > 0 || ranking.unscored.some((u) => u.reason === 'zero-weight');

  if (!hasBaseScores) {
    const withScores = years.filter((y) =>
      manifest.datasets
        .find((d) => d.id === dataset)
        ?.editions.some((e) => e.year === y && e.evaluatedStates > 0),
    );
    return (
      <section className="scores__empty" aria-labelledby="scores-empty-heading">
        <h2 id="scores-empty-heading">No coverage scores for {editionLabel(dataset, year)}</h2>
        <p>
          No state has an evaluated goal in this edition, so no state has a coverage score (unknown,
          not zero). Its published grades are below.
        </p>
        <ul>
          {withScores.map((y) => (
            <li key={y}>
              <Link to={hrefFor({ view: 'scores' }, { year: y, weights: state.weights })}>
                Coverage scores for the {y} edition
              </Link>
            </li>
          ))}
          {dataset === 'real' ? (
            <li>
              <Link to={hrefFor({ view: 'scores' }, { dataset: 'demo', year: null })}>
                See the full interface with synthetic demo data
              </Link>
            </li>
          ) : null}
        </ul>
      </section>
    );
  }

  const weightedNote = ranking.weighted ? ' — with your what-if weights' : '';
  const title = `Coverage score by state, ${year}${weightedNote}`;
  const subtitle = `${editionLabel(dataset, year)}; 0–100 over the goals evaluated; each bar split by the points its issue areas add.`;
  const source = coverageSource(dataset === 'demo', year, summary, 'you');
  const exportSpec = rankingExport({
    ranking,
    areas,
    framework,
    weights: state.weights,
    title,
    subtitle,
    source,
    year,
    dataset,
    synthetic: dataset === 'demo',
    asOf: [
      ...new Set(summary.states.flatMap((s) => (s.asOf && s.evaluated > 0 ? [s.asOf] : []))),
    ].sort(),
  });
  return (
    <>
      {dataset === 'real' && ranking.ranked.length < 5 ? (
        <RealDataNote ranking={ranking} year={year} weights={state.weights} />
      ) : null}
      <div className="scores__layout">
        <WhatIfPanel
          framework={framework}
          overrides={state.weights}
          onChange={(weights, { replace }) => update({ weights }, { replace })}
          collapsible={narrow}
        />
        <div className="scores__main">
          <ScoreRankingFrame
            title={title}
            subtitle={subtitle}
            source={source}
            synthetic={dataset === 'demo'}
            exportSpec={exportSpec}
            ranking={ranking}
            areas={areas}
            dataset={dataset}
            year={year}
            stateHref={(code) => hrefFor({ view: 'state', code })}
          />
        </div>
      </div>
    </>
  );
}

function RealDataNote({
  ranking,
  year,
  weights,
}: {
  ranking: Ranking;
  year: number;
  weights: Record<string, number>;
}) {
  const { hrefFor } = useViewState();
  const names = ranking.ranked.map((r) => r.name);
  const list =
    names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
  return (
    <div className="scores__note" role="note">
      <p>
        <strong>
          {names.length === 1 ? `Only ${list} has` : `Only ${list} have`} a coverage score in the{' '}
          {year} report data.
        </strong>{' '}
        {names.length === 1 ? 'Its report has' : 'Their reports have'} been read goal by goal; the
        other {ranking.unscored.length} jurisdictions have not been evaluated yet, so their scores
        are unknown — not zero — and they are not ranked.
      </p>
      <p>
        <Link to={hrefFor({ view: 'scores' }, { dataset: 'demo', year: null, weights })}>
          See the full interface with synthetic demo data for all 51 jurisdictions
        </Link>
      </p>
    </div>
  );
}

const GRADES_TITLE = 'Published grades by edition';
const GRADES_SUBTITLE =
  'Shared Hope’s letter grades for each state, as published; not derived from the coverage score.';

function GradesSection() {
  const { dataset, years, hrefFor } = useViewState();
  const results = useQueries({
    queries: years.map((y) => editionSummaryQueryOptions(dataset, y)),
  });
  const loaded: GradeEdition[] = [];
  const failed: { year: number; message: string; retry: () => void; retrying: boolean }[] = [];
  let pending = false;
  results.forEach((r, i) => {
    const y = years[i]!;
    if (r.data) loaded.push({ year: y, summary: r.data });
    else if (r.error) {
      failed.push({
        year: y,
        message: describeLoadError(r.error, `the ${y} edition summary`),
        retry: () => void r.refetch(),
        retrying: r.isFetching,
      });
    } else pending = true;
  });
  if (pending) return <LoadingSkeleton label="Loading the published grades" height="40rem" />;
  const source =
    dataset === 'demo'
      ? 'Grades: synthetic demo data generated by Statewise (not Shared Hope’s grades).'
      : 'Grades: Shared Hope International, Report Cards on Child & Youth Sex Trafficking, as collected with their sources in this project’s reference data (inferred grades marked *).';
  const gradeYears = loaded.map((e) => e.year);
  const rows = gradeRows(loaded);
  return (
    <PublishedGrades
      years={gradeYears}
      rows={rows}
      exportSpec={gradesExport({
        rows,
        years: gradeYears,
        dataset,
        synthetic: dataset === 'demo',
        source,
        title: GRADES_TITLE,
        subtitle: GRADES_SUBTITLE,
      })}
      failed={failed}
      synthetic={dataset === 'demo'}
      source={source}
      hrefFor={(code) => hrefFor({ view: 'state', code })}
    />
  );
}
