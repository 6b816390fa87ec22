import { editionSummaryWhat, useEditionSummary } from '@/api/edition-summary-query';
import { GRADE_COLORS } from '@/domain/format/palette';
import { PublisherWords } from '@/components/publisher-words';
import { QueryPanel } from '@/components/query-panel';
import { Link } from '@/components/router';
import type { PublishedGrade } from '@/domain/contract/evaluation-schema';
import type { Framework } from '@/domain/contract/framework-schema';
import { describeGradeDetails, publishedGradeOf } from '@/domain/state/report-outline';
import type { DatasetId } from '@/domain/contract/summary-schema';
import { gradesNote } from '@/domain/state/report-wording';

export function GradeBadge({ grade }: { grade: PublishedGrade['grade'] }) {
  const colors = GRADE_COLORS[grade];
  return (
    <span
      className="report-grade"
      style={colors ? { background: colors.fill, color: colors.text } : undefined}
    >
      {grade}
    </span>
  );
}

export interface GradeHistoryProps {
  code: string;
  name: string;
  dataset: DatasetId;
  years: readonly number[];
  currentYear: number;
  synthetic: boolean;
  /** The framework query: its publisher is named in the note */
  framework: { data: Framework | undefined; error: unknown };
  /** Link to this state's report in another edition */
  editionHref: (year: number) => string;
}

/** The publisher's grade for the state in every edition (each read from that edition's summary). */
export function GradeHistory({
  code,
  name,
  dataset,
  years,
  currentYear,
  synthetic,
  framework,
  editionHref,
}: GradeHistoryProps) {
  return (
    <section className="report-area report-grades" aria-labelledby="grades-title">
      <h2 id="grades-title">Published grades, by edition</h2>
      <p className="report-note">
        {synthetic ? (
          gradesNote(undefined, true)
        ) : (
          <PublisherWords
            framework={framework}
            words={(fw) => gradesNote(fw, false)}
            fallback={gradesNote(undefined, false)}
          />
        )}
      </p>
      <div
        className="report-table-scroll"
        role="region"
        aria-label="Published grades, table"
        tabIndex={0}
      >
        <table className="table">
          <caption className="visually-hidden">Published grades of {name} by edition</caption>
          <thead>
            <tr>
              <th scope="col">Edition</th>
              <th scope="col">Published grade</th>
              <th scope="col">Details</th>
            </tr>
          </thead>
          <tbody>
            {years.map((year) => (
              <GradeRow
                key={year}
                code={code}
                dataset={dataset}
                year={year}
                current={year === currentYear}
                href={editionHref(year)}
              />
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function GradeRow({
  code,
  dataset,
  year,
  current,
  href,
}: {
  code: string;
  dataset: DatasetId;
  year: number;
  current: boolean;
  href: string;
}) {
  const summary = useEditionSummary(dataset, year);
  return (
    <tr>
      <th scope="row">
        {current ? (
          <>
            {year} <span className="report-note">(this page)</span>
          </>
        ) : (
          <Link to={href}>
            {year} <span className="visually-hidden">edition of this report</span>
          </Link>
        )}
      </th>
      {summary.data ? (
        <GradeCells published={publishedGradeOf(summary.data.states, code)} />
      ) : (
        <td colSpan={2}>
          <QueryPanel
            query={summary}
            what={editionSummaryWhat(dataset, year)}
            height="2rem"
            level={3}
          >
            {() => null}
          </QueryPanel>
        </td>
      )}
    </tr>
  );
}

function GradeCells({ published }: { published: ReturnType<typeof publishedGradeOf> }) {
  if (!published) {
    return (
      <>
        <td>Unknown</td>
        <td className="report-note">No published grade found in the sources for this edition.</td>
      </>
    );
  }
  return (
    <>
      <td>
        <GradeBadge grade={published.grade} />
      </td>
      <td>{describeGradeDetails(published)}</td>
    </>
  );
}
