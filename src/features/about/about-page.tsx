import type { ReactNode } from 'react';
import { useFramework } from '@/api/framework-query';
import { PublisherWords, type PublisherWordsProps } from '@/components/publisher-words';
import { QueryPanel } from '@/components/query-panel';
import { Link } from '@/components/router';
import { StatusGlyph } from '@/components/status-glyph';
import { SyntheticMark } from '@/components/synthetic-mark';
import { useViewState, type ViewStateContextValue } from '@/components/view-state';
import { datasetRows, type AsOfDates, type DatasetRows } from '@/domain/about/editions';
import type { Framework } from '@/domain/contract/framework-schema';
import {
  publisherName,
  publisherPossessive,
  publisherShortName,
  reportTitle,
} from '@/domain/format/publisher';
import { routePath } from '@/domain/url/routes';
import type { Manifest } from '@/domain/contract/summary-schema';
import { writeUrl } from '@/domain/url/url-codec';
import { DEFAULT_VIEW_STATE } from '@/domain/url/url-state';
import './about.css';

const REPO_README = 'the project’s README';

interface ReferenceSource {
  name: string;
  what: string;
  links: { title: string; url: string }[];
}

// From data/reference/juvenile-jurisdiction-sources.csv: who said what, and as of when.
const JUVENILE_SOURCES: ReferenceSource[] = [
  {
    name: 'OJJDP Statistical Briefing Book (U.S. Office of Juvenile Justice and Delinquency Prevention)',
    what: 'Upper and lower ages of juvenile court jurisdiction (end of the 2013 and 2018 sessions); statutory exclusion (2018), prosecutorial discretion or direct file (2016) and judicial waiver (2011) tables.',
    links: [
      {
        title: 'Age boundaries',
        url: 'https://www.ojjdp.gov/ojstatbb/structure_process/qa04102.asp?qaDate=2018',
      },
      {
        title: 'Statutory exclusion',
        url: 'https://www.ojjdp.gov/ojstatbb/structure_process/qa04112.asp?qaDate=2018',
      },
      {
        title: 'Direct file',
        url: 'https://www.ojjdp.gov/ojstatbb/structure_process/qa04111.asp?qaDate=2016',
      },
      {
        title: 'Judicial waiver',
        url: 'https://www.ojjdp.gov/ojstatbb/structure_process/qa04110.asp?qaDate=2011',
      },
    ],
  },
  {
    name: 'National Juvenile Defender Center (now the Gault Center)',
    what: 'Minimum age for delinquency adjudication, multi-jurisdiction survey (a 2015 copy and a newer, undated one).',
    links: [
      {
        title: 'Minimum-age survey',
        url: 'https://njdc.info/practice-policy-resources/state-profiles/multi-jurisdiction-data/minimum-age-for-delinquency-adjudication-multi-jurisdiction-survey/',
      },
    ],
  },
  {
    name: 'National Conference of State Legislatures (NCSL)',
    what: 'Juvenile age of jurisdiction and transfer to adult court laws (after 2020; its upper ages for Louisiana and North Carolina are out of date).',
    links: [
      {
        title: 'NCSL table',
        url: 'https://www.ncsl.org/civil-and-criminal-justice/juvenile-age-of-jurisdiction-and-transfer-to-adult-court-laws',
      },
    ],
  },
  {
    name: 'Juvenile Justice Geography, Policy, Practice & Statistics (JJGPS)',
    what: 'Jurisdictional boundaries and recent raise-the-age changes (about 2017–2019).',
    links: [
      { title: 'Jurisdictional boundaries', url: 'http://jjgps.org/jurisdictional-boundaries' },
    ],
  },
  {
    name: 'Campaign for Youth Justice, “Raising the Floor” (2019)',
    what: 'Statutory exclusion, prosecutorial discretion and the minimum ages of judicial waiver.',
    links: [
      {
        title: 'Raising the Floor',
        url: 'https://online.flipbuilder.com/ppch/mdtu/files/basic-html/page5.html',
      },
    ],
  },
  {
    name: 'National Juvenile Justice Network, Human Rights for Kids, and the Children and the Law blog',
    what: 'Lists of states with a statutory minimum age (2021–2022, some undated).',
    links: [
      {
        title: 'NJJN',
        url: 'https://www.njjn.org/our-work/raising-the-minimum-age-for-prosecuting-children',
      },
      {
        title: 'Human Rights for Kids',
        url: 'https://humanrightsforkids.org/child-justice-reform/minimum-age-for-juvenile-court/',
      },
      {
        title: 'Children and the Law',
        url: 'https://childrenandthelawblog.com/the-united-states-must-address-the-issue-with-the-minimum-age-of-criminal-responsibility/',
      },
    ],
  },
];

type HrefFor = ViewStateContextValue['hrefFor'];

/** What the data is, where each part comes from, what the scores are and are not. */
export function AboutPage() {
  const { manifest, hrefFor } = useViewState();
  // The same query as the framework section's: the prose names the publisher from it.
  const framework = useFramework(manifest.frameworks[0]?.id ?? '');
  return (
    <AboutArticle
      hrefFor={hrefFor}
      publisher={framework}
      framework={<FrameworkSection frameworkId={manifest.frameworks[0]?.id ?? ''} />}
      data={<DataSection manifest={manifest} hrefFor={hrefFor} />}
    />
  );
}

/**
 * About when the data manifest failed: most of the page is this app's own text and stays
 * readable; the parts that come from the data files show the fault (`fault`, with its Retry).
 */
export function AboutWithoutManifest({ fault }: { fault: ReactNode }) {
  const hrefFor: HrefFor = (to, patch = {}) =>
    `${routePath(to)}${writeUrl({ ...DEFAULT_VIEW_STATE, ...patch })}`;
  const unavailable = (
    <p>This part is read from the data files, which could not be loaded: see “What data exists”.</p>
  );
  return (
    <AboutArticle hrefFor={hrefFor} framework={unavailable} data={fault} score={unavailable} />
  );
}

function FrameworkSection({
  frameworkId,
  score = false,
}: {
  frameworkId: string;
  score?: boolean;
}) {
  const { hrefFor } = useViewState();
  const framework = useFramework(frameworkId);
  return (
    <QueryPanel
      query={framework}
      what="the policy framework"
      height={score ? '10rem' : '8rem'}
      level={3}
    >
      {(f) =>
        score ? (
          <ScoreText framework={f} />
        ) : (
          <FrameworkText framework={f} goalHref={(goalId) => hrefFor({ view: 'goal', goalId })} />
        )
      }
    </QueryPanel>
  );
}

function DataSection({ manifest, hrefFor }: { manifest: Manifest; hrefFor: HrefFor }) {
  return manifest.datasets.length === 0 ? (
    <p>No datasets have been published yet.</p>
  ) : (
    <div className="about-datasets">
      {datasetRows(manifest).map((d) => (
        <DatasetCard key={d.id} dataset={d} hrefFor={hrefFor} />
      ))}
    </div>
  );
}

function AboutArticle({
  hrefFor,
  publisher,
  framework,
  data,
  score,
}: {
  hrefFor: HrefFor;
  /** The framework query that names the publisher in the prose; none without a manifest */
  publisher?: PublisherWordsProps['framework'];
  framework: ReactNode;
  data: ReactNode;
  /** The scoring text; by default the framework's, loaded beside the framework section's. */
  score?: ReactNode;
}) {
  const named = (words: PublisherWordsProps['words'], fallback: string) => (
    <PublisherWords framework={publisher} words={words} fallback={fallback} />
  );
  return (
    <article className="about" aria-labelledby="about-title">
      <h1 id="about-title">About Statewise</h1>
      <p className="lead">
        Statewise compares US states’ laws against a policy framework. Its first framework is{' '}
        {named((f) => `${publisherName(f)}’s`, 'the publisher’s')}{' '}
        <cite>{named(reportTitle, 'report cards')}</cite>: six issue areas, forty policy goals, and
        for each state a written analysis of whether its statutes meet each goal. Real people quote
        what it shows, so every value has a source, unknown is shown as unknown, and generated demo
        data is marked synthetic wherever it appears.
      </p>

      <nav className="about-toc" aria-label="On this page">
        <ul>
          <li>
            <a href="#about-framework">The framework</a>
          </li>
          <li>
            <a href="#about-sources">Where the data comes from</a>
          </li>
          <li>
            <a href="#about-data">What data exists</a>
          </li>
          <li>
            <a href="#about-statuses">How statuses are set</a>
          </li>
          <li>
            <a href="#about-score">The coverage score</a>
          </li>
          <li>
            <a href="#about-demo">Synthetic demo data</a>
          </li>
          <li>
            <a href="#about-add">Adding a state</a>
          </li>
        </ul>
      </nav>

      <section id="about-framework" aria-labelledby="about-framework-title">
        <h2 id="about-framework-title">The framework</h2>
        {framework}
      </section>

      <section id="about-sources" aria-labelledby="about-sources-title">
        <h2 id="about-sources-title">Where the data comes from</h2>
        <h3>Evaluations of state laws</h3>
        <p>
          <strong>Connecticut, 2022 edition:</strong> complete, from{' '}
          {named(publisherPossessive, 'the publisher’s')} Connecticut report (laws enacted as of
          August 1, 2022), converted to text and read by this project’s ingest tool. The analysis,
          quoted law, footnotes, recommendations, tables and the appendix of offences and penalties
          are the report’s own words; the statuses are this project’s reading of them (see{' '}
          <a href="#about-statuses">how statuses are set</a>). No other state has an evaluation yet:
          every other goal is <em>not evaluated</em>, and the app shows it as unknown, never as a
          failure.
        </p>
        <h3>Juvenile court ages and transfer laws (goal 2.9), all 51 jurisdictions</h3>
        <p>
          Reference facts gathered from public sources for the end of 2022: the youngest and oldest
          age of juvenile court jurisdiction, and whether minors can be sent to adult court by
          statute (statutory exclusion), by a prosecutor (direct file) or by a judge (discretionary
          transfer). Every row names its sources and a confidence level: <strong>high</strong> when
          two sources agree, <strong>medium</strong> with one source, <strong>low</strong> when
          sources conflict. A fact no source gives stays unknown.
        </p>
        <ul className="about-sources">
          {JUVENILE_SOURCES.map((s) => (
            <li key={s.name}>
              <strong>{s.name}</strong>: {s.what}{' '}
              <span className="about-sources__links">
                {s.links.map((l, i) => (
                  <span key={l.url}>
                    {i > 0 ? ' · ' : ''}
                    <a href={l.url} rel="noopener noreferrer">
                      {l.title}
                    </a>
                  </span>
                ))}
              </span>
            </li>
          ))}
        </ul>
        <p>
          Caveats: the transfer columns rest mostly on national tables from 2016–2019 (judicial
          waiver on 2011 data for about twenty states), and sources count differently.{' '}
          {named(publisherPossessive, 'The publisher’s')} analysis counts a mandatory transfer that
          begins in juvenile court as an “automatic transfer”; the reference data follows the
          federal (OJJDP) definitions, under which it is not a statutory exclusion. So for
          Connecticut the report says automatic transfers exist and the reference data says no: both
          are kept and shown, each with its sources, rather than one silently chosen.
        </p>
        <h3>Published grades</h3>
        <p>
          The overall letter grades {named(publisherShortName, 'the publisher')} published for its
          2021, 2022 and 2023 report cards, as found in news releases and articles (the per-goal
          scores and point values were not found in any public copy). 2021 is complete for all 51
          jurisdictions: the C and D states are named in the sources and every other one received an
          F, which is marked <em>inferred</em>. 2022 and 2023 are partial: only the states the
          sources name. A grade no source names stays absent, and no grade is ever derived from this
          project’s own scores. Each grade carries its sources and a confidence level on the state’s
          page.
        </p>
      </section>

      <section id="about-data" aria-labelledby="about-data-title">
        <h2 id="about-data-title">What data exists</h2>
        <p>
          Each edition of each dataset, as the data manifest lists it. “States with files” have an
          evaluation file in that edition (possibly holding only reference facts or a published
          grade); “states evaluated” have at least one policy goal evaluated.
        </p>
        {data}
      </section>

      <section id="about-statuses" aria-labelledby="about-statuses-title">
        <h2 id="about-statuses-title">How statuses are set</h2>
        <p>
          Every goal of every state has one of four statuses, always shown as colour, glyph and
          word:
        </p>
        <ul className="about-statuses">
          <li>
            <StatusGlyph status="meets" withLabel />: the law does what the goal asks.
          </li>
          <li>
            <StatusGlyph status="partial" withLabel />: it does part of it.
          </li>
          <li>
            <StatusGlyph status="does-not-meet" withLabel />: it does not.
          </li>
          <li>
            <StatusGlyph status="not-evaluated" withLabel />: unknown: there is no evaluation in
            this dataset. It is not a failure and counts for nothing.
          </li>
        </ul>
        <p>
          {named(publisherPossessive, 'The publisher’s')} reports give an analysis and
          recommendations, not a status per goal. The status is this project’s reading of each
          analysis. The ingest tool proposes it from the report’s own signals and records why: no
          recommendation means <em>meets</em>; a recommendation to “strengthen existing law”, or a
          verdict that weighs what the law does against a gap, means <em>partly meets</em>; a
          recommendation with a verdict that the law does not do it means <em>does not meet</em>{' '}
          (for goal 5.3, the number of protections in the goal’s table). A person then reviews every
          proposal against the report; changes are recorded with a note. Each goal on a state’s page
          shows the reason and the review. For Connecticut 2022 one proposal was changed (goal 2.9).
        </p>
      </section>

      <section id="about-score" aria-labelledby="about-score-title">
        <h2 id="about-score-title">The coverage score: what it is and is not</h2>
        {score ?? <ScoreSection />}
      </section>

      <section id="about-demo" aria-labelledby="about-demo-title">
        <h2 id="about-demo-title">Synthetic demo data</h2>
        <SyntheticMark explain={false} />
        <p>
          A generated dataset — all 51 jurisdictions, several editions, every goal with a status —
          for development, tests and for seeing the whole interface. It is produced
          deterministically by a script, describes no state’s real law, cites a fictional “Demo
          Code”, and is never mixed with the report data. Every page, chart and table made from it
          carries a visible “Synthetic demo data” mark. Switch datasets with the “Data” picker at
          the top of the page, or{' '}
          <Link to={hrefFor({ view: 'overview' }, { dataset: 'demo', year: null })}>
            open the overview with the demo data
          </Link>
          .
        </p>
      </section>

      <section id="about-add" aria-labelledby="about-add-title">
        <h2 id="about-add-title">Adding a state</h2>
        <ol className="about-steps">
          <li>Convert the state’s report to text and save it beside the others.</li>
          <li>
            Run the ingest on it; it prints what it found and the status it proposes for each goal,
            with the reason, and refuses input it cannot trust.
          </li>
          <li>Review every proposed status against the report; record changes with a note.</li>
          <li>Import the reference facts and published grades, then rebuild the data.</li>
        </ol>
        <p>
          The exact commands are in {REPO_README} (“Add a state”). Data from another producer can
          skip the ingest by following the published JSON Schemas; the data build names every
          problem it finds.
        </p>
      </section>
    </article>
  );
}

function FrameworkText({
  framework,
  goalHref,
}: {
  framework: Framework;
  goalHref: (goalId: string) => string;
}) {
  const goals = framework.issueAreas.reduce((n, a) => n + a.goals.length, 0);
  const first = framework.issueAreas[0]?.goals[0]?.id;
  return (
    <>
      <p>
        <strong>{framework.name}</strong>, published by{' '}
        {framework.url ? (
          <a href={framework.url} rel="noopener noreferrer">
            {framework.publisher}
          </a>
        ) : (
          framework.publisher
        )}
        : {goals} policy goals in {framework.issueAreas.length} issue areas. {framework.description}
      </p>
      <ul className="about-areas">
        {framework.issueAreas.map((a) => (
          <li key={a.id}>
            {a.id}. {a.title} ({a.goals.length} goals)
          </li>
        ))}
      </ul>
      {first !== undefined && (
        <p>
          Each goal has its own page comparing every state:{' '}
          <Link to={goalHref(first)}>start at goal {first}</Link>.
        </p>
      )}
    </>
  );
}

function ScoreText({ framework }: { framework: Framework }) {
  const scoring = framework.scoring;
  if (!scoring) {
    return <p>This framework has no policy goals in this data, so it has no coverage score.</p>;
  }
  const c = scoring.credit;
  return (
    <>
      <p>{scoring.description}</p>
      <p>
        Credit per goal: meets {formatCredit(c.meets)}, partly meets {formatCredit(c.partial)}, does
        not meet {formatCredit(c['does-not-meet'])}; goals not evaluated are left out of both sides,
        and a state with no goal evaluated has no score (not zero). {scoring.weightsNote}
      </p>
    </>
  );
}

function formatCredit(value: number): string {
  return value === 0.5 ? '½' : String(value);
}

function ScoreSection() {
  const { manifest } = useViewState();
  return <FrameworkSection frameworkId={manifest.frameworks[0]?.id ?? ''} score />;
}

function DatasetCard({ dataset, hrefFor }: { dataset: DatasetRows; hrefFor: HrefFor }) {
  const headingId = `about-dataset-${dataset.id}`;
  return (
    <article className="about-dataset" aria-labelledby={headingId}>
      <h3 id={headingId}>{dataset.label}</h3>
      {dataset.synthetic ? <SyntheticMark /> : null}
      {dataset.rows.length === 0 ? (
        <p>No editions yet.</p>
      ) : (
        <div className="about-table-scroll">
          <table className="table">
            <caption className="visually-hidden">Editions of {dataset.label}</caption>
            <thead>
              <tr>
                <th scope="col">Edition</th>
                <th scope="col">States with files</th>
                <th scope="col">States evaluated</th>
                <th scope="col">Published grades</th>
                <th scope="col">Laws as of</th>
              </tr>
            </thead>
            <tbody>
              {dataset.rows.map((row) => (
                <tr key={row.year}>
                  <th scope="row">
                    <Link
                      to={hrefFor({ view: 'overview' }, { dataset: dataset.id, year: row.year })}
                    >
                      {row.year}
                    </Link>
                  </th>
                  <td>{row.files}</td>
                  <td>{row.evaluated}</td>
                  <td>{row.publishedGrades}</td>
                  <td>
                    <AsOf dates={row.asOf} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </article>
  );
}

function AsOf({ dates }: { dates: AsOfDates }) {
  if (dates.kind === 'none') return <>No evaluated laws</>;
  if (dates.kind === 'range') {
    return (
      <>
        <time dateTime={dates.first.iso}>{dates.first.text}</time> to{' '}
        <time dateTime={dates.last.iso}>{dates.last.text}</time> ({dates.count} dates)
      </>
    );
  }
  return (
    <>
      {dates.dates.map((d, i) => (
        <span key={d.iso}>
          {i > 0 ? ', ' : ''}
          <time dateTime={d.iso}>{d.text}</time>
        </span>
      ))}
    </>
  );
}
