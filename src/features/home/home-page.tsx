import { useManifest, MANIFEST_WHAT } from '@/api/manifest-query';
import { describeLoadError } from '@/api/fetch-json';
import { ErrorPanel } from '@/components/error-panel';
import { LoadingSkeleton } from '@/components/loading-skeleton';
import { SyntheticMark } from '@/components/synthetic-mark';
import { JURISDICTIONS } from '@/domain/jurisdictions';
import type { Manifest } from '@/domain/summary-schema';

type Dataset = Manifest['datasets'][number];
type Edition = Dataset['editions'][number];

/** Placeholder home page: what Statewise is, and what data the manifest says exists. */
export function HomePage() {
  return (
    <div className="home">
      <h1>Statewise</h1>
      <p className="lead">
        Compare US states’ laws against a policy framework: Shared Hope International’s report cards
        on child and youth sex trafficking.
      </p>
      <section aria-labelledby="home-data-heading">
        <h2 id="home-data-heading">Data available</h2>
        <DataOverview />
      </section>
    </div>
  );
}

function DataOverview() {
  const manifest = useManifest();

  if (manifest.isPending) {
    return <LoadingSkeleton label="Loading the list of datasets" height="12rem" lines={4} />;
  }
  if (manifest.isError) {
    return (
      <ErrorPanel
        title="The list of datasets could not be loaded"
        message={describeLoadError(manifest.error, MANIFEST_WHAT)}
        onRetry={() => void manifest.refetch()}
        retrying={manifest.isFetching}
        level={3}
      />
    );
  }
  if (manifest.data.datasets.length === 0) {
    return <p>No datasets have been published yet.</p>;
  }
  return (
    <div className="datasets">
      {manifest.data.datasets.map((dataset) => (
        <DatasetCard key={dataset.id} dataset={dataset} />
      ))}
    </div>
  );
}

function DatasetCard({ dataset }: { dataset: Dataset }) {
  const headingId = `dataset-${dataset.id}`;
  return (
    <article className="dataset" aria-labelledby={headingId}>
      <h3 id={headingId}>{dataset.label}</h3>
      {dataset.synthetic && <SyntheticMark />}
      {dataset.editions.length === 0 ? (
        <p>No editions yet.</p>
      ) : (
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
            {dataset.editions.map((edition) => (
              <EditionRow key={edition.year} edition={edition} />
            ))}
          </tbody>
        </table>
      )}
    </article>
  );
}

const TOTAL = JURISDICTIONS.length;

function EditionRow({ edition }: { edition: Edition }) {
  return (
    <tr>
      <th scope="row">{edition.year}</th>
      <td>
        {edition.states.length} of {TOTAL}
      </td>
      <td>
        {edition.evaluatedStates} of {TOTAL}
      </td>
      <td>
        {edition.publishedGrades} of {TOTAL}
      </td>
      <td>
        <AsOfDates dates={edition.asOf} />
      </td>
    </tr>
  );
}

/** The as-of dates of an edition: all of them if few, else the range. */
function AsOfDates({ dates }: { dates: readonly string[] }) {
  if (dates.length === 0) return <>No evaluated laws</>;
  const sorted = [...dates].sort();
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (sorted.length > 3 && first !== undefined && last !== undefined) {
    return (
      <>
        <Day date={first} /> to <Day date={last} /> ({sorted.length} dates)
      </>
    );
  }
  return sorted.map((date, i) => (
    <span key={date}>
      {i > 0 && ', '}
      <Day date={date} />
    </span>
  ));
}

function Day({ date }: { date: string }) {
  return <time dateTime={date}>{formatDate(date)}</time>;
}

const dateFormat = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' });

function formatDate(isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? isoDate : dateFormat.format(date);
}
