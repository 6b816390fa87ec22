import { editionSummaryWhat, useEditionSummary } from '@/api/edition-summary-query';
import { GRADE_HISTORY_WHAT, useGradeHistory } from '@/api/grade-history-query';
import type { Manifest } from '@/domain/contract/summary-schema';
import {
  gradeEras,
  stateTimeline,
  type GradeValue,
  type TimelineGroup,
} from '@/domain/grades/model';
import { INFERRED_MARK, NO_VALUE, describeValue } from '@/domain/grades/text';
import { GRADE_COLORS } from '@/domain/format/palette';
import { PublisherWords } from '@/components/publisher-words';
import { QueryPanel } from '@/components/query-panel';
import { Link } from '@/components/router';
import type { PublishedGrade } from '@/domain/contract/evaluation-schema';
import type { Framework } from '@/domain/contract/framework-schema';
import { describeGradeDetails, publishedGradeOf } from '@/domain/state/report-outline';
import type { DatasetId } from '@/domain/contract/summary-schema';
import { frameworkIdOf } from '@/domain/contract/dataset-framework';
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
  /** Names the grade history (the publisher's earlier framework), shown for report data */
  manifest: Pick<Manifest, 'grades' | 'datasets' | 'frameworks'>;
  /** Link to Grades over time with this state chosen */
  historyHref: string;
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
  manifest,
  historyHref,
}: GradeHistoryProps) {
  const current = frameworkIdOf(manifest, dataset);
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
          {synthetic ? null : <EarlierGrades manifest={manifest} code={code} except={current} />}
          <tbody>
            {synthetic ? null : (
              <CurrentFrameworkHeading manifest={manifest} frameworkId={current} />
            )}
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
      <p className="report-note">
        <Link to={historyHref}>{name}’s grades over time, beside every other state’s</Link>
      </p>
    </section>
  );
}

/**
 * The state's grades under the publisher's earlier framework (and the years between frameworks),
 * from the grade history: a framework of its own, headed and set apart, never one run with the
 * editions below. A year without a value says so.
 */
function EarlierGrades({
  manifest,
  code,
  except,
}: {
  manifest: Pick<Manifest, 'grades'>;
  code: string;
  except: string;
}) {
  const { query, path } = useGradeHistory(manifest);
  if (path === null) return null;
  if (!query.data) {
    return (
      <tbody>
        <tr>
          <td colSpan={3}>
            <QueryPanel query={query} what={GRADE_HISTORY_WHAT} height="2rem" level={3}>
              {() => null}
            </QueryPanel>
          </td>
        </tr>
      </tbody>
    );
  }
  return (
    <>
      {stateTimeline(query.data, code, except).map((group) => (
        <TimelineRows key={group.years[0]?.year} group={group} />
      ))}
    </>
  );
}

function TimelineRows({ group }: { group: TimelineGroup }) {
  return (
    <tbody className="report-grades__framework">
      <tr>
        <th scope="rowgroup" colSpan={3} className="report-grades__era">
          {group.era
            ? `${group.era.label}: an earlier framework, not comparable with the report cards below`
            : 'Between the frameworks: no edition found in the sources'}
        </th>
      </tr>
      {group.years.map(({ year, value }) => (
        <tr key={year}>
          <th scope="row">{year}</th>
          {value ? (
            <EarlierCells value={value} />
          ) : (
            <>
              <td>Unknown</td>
              <td className="report-note">{NO_VALUE} in the sources for this year.</td>
            </>
          )}
        </tr>
      ))}
    </tbody>
  );
}

function EarlierCells({ value }: { value: GradeValue }) {
  return (
    <>
      <td>
        {value.grade ? <GradeBadge grade={value.grade} /> : 'No grade'}
        {value.inferred ? <span aria-hidden="true">{INFERRED_MARK}</span> : null}
      </td>
      <td>
        {describeValue(value)}.{' '}
        {value.sources.map((s, i) => (
          <span key={`${s.url ?? s.title}-${i}`}>
            {i > 0 ? '; ' : 'Source: '}
            {s.url ? (
              <a href={s.url} target="_blank" rel="noopener noreferrer">
                {s.title}
                <span className="visually-hidden"> (opens in a new tab)</span>
              </a>
            ) : (
              s.title
            )}
          </span>
        ))}
      </td>
    </>
  );
}

/** The heading of the report's own editions, when the earlier framework is shown above them. */
function CurrentFrameworkHeading({
  manifest,
  frameworkId,
}: {
  manifest: Pick<Manifest, 'grades'>;
  frameworkId: string;
}) {
  const { query, path } = useGradeHistory(manifest);
  const era = query.data ? gradeEras(query.data).find((e) => e.framework.id === frameworkId) : null;
  if (path === null || !era) return null;
  return (
    <tr>
      <th scope="rowgroup" colSpan={3} className="report-grades__era report-grades__era--current">
        {era.label}: the framework of this report
      </th>
    </tr>
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
