import { useId } from 'react';
import { Link } from '@/components/router';
import { coverageStatement } from '@/domain/overview/coverage';
import type { DataCoverage, FactCoverage } from '@/domain/format/coverage';
import type { Framework } from '@/domain/contract/framework-schema';
import { formatIsoDate } from '@/domain/format/dates';
import { publisherPossessive } from '@/domain/format/publisher';

export interface CoveragePanelProps {
  coverage: DataCoverage;
  /** Names the publisher the scores are told apart from */
  framework: Framework;
  aboutHref: string;
  goalHref: (goalId: string) => string;
}

function states(n: number): string {
  return `${n} ${n === 1 ? 'state' : 'states'}`;
}

function basisText(fact: FactCoverage): string {
  const parts: string[] = [];
  if (fact.byBasis.report) parts.push(`${fact.byBasis.report} from the state’s report card`);
  if (fact.byBasis.reference) parts.push(`${fact.byBasis.reference} from reference data`);
  if (fact.byBasis.synthetic) parts.push(`${fact.byBasis.synthetic} synthetic`);
  return parts.join(', ');
}

/** What this edition's data covers, counted from the data, in plain words. */
export function CoveragePanel({ coverage: c, framework, aboutHref, goalHref }: CoveragePanelProps) {
  const headingId = useId();
  const evaluatedNames =
    c.evaluated.length > 0 && c.evaluated.length <= 5
      ? ` (${c.evaluated.map((e) => `${e.name}, ${e.goals} of ${c.goals} goals`).join('; ')})`
      : '';
  return (
    <section className="coverage-panel" aria-labelledby={headingId}>
      <h2 id={headingId} className="coverage-panel__title">
        What this data covers
      </h2>
      <p className="coverage-panel__statement">{coverageStatement(c, framework)}</p>
      <dl className="coverage-panel__facts">
        <div>
          <dt>States evaluated goal by goal, {c.year}</dt>
          <dd>
            {c.evaluated.length} of {c.total}
            {evaluatedNames}
          </dd>
        </div>
        <div>
          <dt>Typed facts</dt>
          <dd>
            <ul>
              {c.facts.map((f) => (
                <li key={f.key}>
                  <Link to={goalHref(f.goalId)}>
                    {f.label} (goal {f.goalId})
                  </Link>
                  : {f.count > 0 ? `${states(f.count)}: ${basisText(f)}` : 'none in this edition'}
                </li>
              ))}
            </ul>
          </dd>
        </div>
        <div>
          <dt>Published grades, {c.year}</dt>
          <dd>
            {c.grades.count} of {c.total}
            {c.grades.count > 0 && c.synthetic ? (
              ', all synthetic'
            ) : c.grades.count > 0 ? (
              <>
                : {c.grades.named} named in the sources, {c.grades.inferred} inferred. Confidence:{' '}
                {c.grades.confidence.high} high, {c.grades.confidence.medium} medium,{' '}
                {c.grades.confidence.low} low.
              </>
            ) : (
              ' (none published in the sources we have)'
            )}
          </dd>
        </div>
        <div>
          <dt>Laws as of</dt>
          <dd>
            {c.asOf.length === 0
              ? 'No evaluated laws in this edition'
              : c.asOf.map((d, i) => (
                  <span key={d}>
                    {i > 0 ? ', ' : ''}
                    <time dateTime={d}>{formatIsoDate(d)}</time>
                  </span>
                ))}
          </dd>
        </div>
      </dl>
      <p className="coverage-panel__more">
        Scores are this project’s coverage score (equal weights, over the goals evaluated), not{' '}
        {publisherPossessive(framework)}; grades come only from the publisher.{' '}
        <Link to={aboutHref}>Method and sources</Link>
      </p>
    </section>
  );
}
