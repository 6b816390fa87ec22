import { useQueries } from '@tanstack/react-query';
import { editionSummaryQueryOptions } from '@/api/edition-summary-query';
import { describeLoadError } from '@/api/fetch-json';
import { useViewData } from '@/api/view-data-query';
import { LoadingSkeleton } from '@/components/loading-skeleton';
import { PublisherWords } from '@/components/publisher-words';
import { CoverageNote } from '@/components/coverage-note';
import { Link } from '@/components/router';
import { ViewDataGate } from '@/components/view-data-gate';
import { useViewState } from '@/components/view-state';
import { isSyntheticDataset } from '@/domain/contract/dataset-framework';
import type { Framework } from '@/domain/contract/framework-schema';
import type { EditionSummary } from '@/domain/contract/summary-schema';
import { publisherPossessive } from '@/domain/format/publisher';
import type { GradeEdition } from '@/domain/scores/grades';
import { gradesChart } from './scores-chart';
import { ScoreRankingFrame } from './score-ranking-frame';
import { PublishedGrades } from './published-grades';
import { useMediaQuery } from '@/components/use-media-query';
import { useRankingChart } from './use-ranking-chart';
import { WhatIfPanel } from './what-if-panel';
import './scores.css';

/** Scores: ranked coverage scores with their issue-area split, what-if weights, published grades. */
export function ScoresPage() {
  const { manifest, dataset, year } = useViewState();
  const { framework, summary, summaryWhat } = useViewData(manifest, dataset, year);
  return (
    <div className="scores">
      <h1>Scores</h1>
      <p className="lead">
        The <strong>coverage score</strong> is this project’s measure: the share of credit a state’s
        laws earn over the policy goals that have been evaluated (met = 1, partly = ½, not met = 0;
        equal weights), from 0 to 100. The <strong>published grades</strong> are{' '}
        <PublisherWords
          framework={framework}
          words={publisherPossessive}
          fallback="the publisher’s"
        />{' '}
        own, shown as published.
      </p>
      <ViewDataGate
        framework={framework}
        summary={summary}
        summaryWhat={summaryWhat}
        height="40rem"
      >
        {(fw, s) => <CoverageSection framework={fw} summary={s} />}
      </ViewDataGate>
      {/* Without the framework the gate above shows the fault (and its Retry) for both. */}
      {framework.data ? (
        <GradesSection framework={framework.data} />
      ) : framework.error ? null : (
        <LoadingSkeleton label="Loading the published grades" height="40rem" />
      )}
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
  const { state, dataset, years, manifest, update, hrefFor } = useViewState();
  const narrow = useMediaQuery('(max-width: 56rem)');
  const chart = useRankingChart(framework, summary, 'reader');

  if (!chart.hasScores) {
    const withScores = years.filter((y) =>
      manifest.datasets
        .find((d) => d.id === dataset)
        ?.editions.some((e) => e.year === y && e.evaluatedStates > 0),
    );
    return (
      <section className="scores__empty" aria-labelledby="scores-empty-heading">
        <h2 id="scores-empty-heading">No coverage scores for {chart.edition}</h2>
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
          {chart.synthetic ? null : (
            <li>
              <Link to={hrefFor({ view: 'scores' }, { dataset: 'demo', year: null })}>
                See the full interface with synthetic demo data
              </Link>
            </li>
          )}
        </ul>
      </section>
    );
  }

  return (
    <>
      <CoverageNote
        view="scores"
        role="note"
        summary={summary}
        framework={framework}
        demoHref={hrefFor(
          { view: 'scores' },
          { dataset: 'demo', year: null, weights: state.weights },
        )}
      />
      <div className="scores__layout">
        <WhatIfPanel
          framework={framework}
          overrides={state.weights}
          onChange={(weights, { replace }) => update({ weights }, { replace })}
          collapsible={narrow}
        />
        <div className="scores__main">
          <ScoreRankingFrame
            chart={chart}
            exportable
            stateHref={(code) => hrefFor({ view: 'state', code })}
          />
        </div>
      </div>
    </>
  );
}

function GradesSection({ framework }: { framework: Framework }) {
  const { dataset, years, manifest, hrefFor } = useViewState();
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
  const chart = gradesChart({
    framework,
    editions: loaded,
    dataset,
    // The loaded files' own flag; the manifest's when none could be loaded.
    synthetic: loaded[0]?.summary.synthetic ?? isSyntheticDataset(manifest, dataset),
  });
  return (
    <PublishedGrades
      chart={chart}
      failed={failed}
      hrefFor={(code) => hrefFor({ view: 'state', code })}
    />
  );
}
