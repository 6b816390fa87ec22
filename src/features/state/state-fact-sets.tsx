import { useFactSet } from '@/api/fact-set-query';
import { QueryPanel } from '@/components/query-panel';
import { Link } from '@/components/router';
import { useViewState } from '@/components/view-state';
import type { Framework } from '@/domain/contract/framework-schema';
import type { ManifestFactSet } from '@/domain/contract/summary-schema';
import { CONFIDENCE_WORDS, goalOfFactSet, stateFactLine } from '@/domain/facts/fact-set';

/**
 * The state's value in each fact set (facts from other sources, with their own dates), after the
 * report: whose reading it is and as of when, never a status.
 */
export function StateFactSets({
  code,
  framework,
}: {
  code: string;
  framework: Framework | undefined;
}) {
  const { manifest } = useViewState();
  const entries = manifest.factSets ?? [];
  if (entries.length === 0) return null;
  return (
    <section className="report-fact-sets" aria-labelledby="report-fact-sets-title">
      <h2 id="report-fact-sets-title">Facts from other sources</h2>
      <p className="report-note">
        Gathered from sources other than the report, each with its own date. They are not
        evaluations and do not change any goal’s status.
      </p>
      {entries.map((entry) => (
        <StateFactSet key={entry.id} entry={entry} code={code} framework={framework} />
      ))}
    </section>
  );
}

function StateFactSet({
  entry,
  code,
  framework,
}: {
  entry: ManifestFactSet;
  code: string;
  framework: Framework | undefined;
}) {
  const { hrefFor } = useViewState();
  const query = useFactSet(entry.id);
  const goalId = framework ? goalOfFactSet(entry, framework) : undefined;
  return (
    <QueryPanel
      query={query}
      what={`the fact set “${entry.title}”`}
      height="8rem"
      file={entry.path}
      level={3}
    >
      {(set) => {
        const line = stateFactLine(set, code);
        const row = line.row;
        return (
          <div className="report-facts-block">
            <h3>{line.title}</h3>
            <dl className="report-dl">
              <div className="report-dl__row">
                <dt>Value</dt>
                <dd>
                  <strong>{line.value}</strong>
                  {row ? (
                    <>
                      {' · '}
                      {row.confidence === 'low' ? (
                        <strong className="report-confidence-low">⚠ Low confidence</strong>
                      ) : (
                        `${CONFIDENCE_WORDS[row.confidence]} confidence`
                      )}
                    </>
                  ) : null}
                </dd>
              </div>
              {row?.discoveryRule ? (
                <div className="report-dl__row">
                  <dt>Discovery rule</dt>
                  <dd>{row.discoveryRule}</dd>
                </div>
              ) : null}
              {row?.citation ? (
                <div className="report-dl__row">
                  <dt>Citation</dt>
                  <dd>{row.citation}</dd>
                </div>
              ) : null}
              {row?.note ? (
                <div className="report-dl__row">
                  <dt>Note</dt>
                  <dd>{row.note}</dd>
                </div>
              ) : null}
            </dl>
            <p className="report-facts-block__sources">
              As reported by {line.credit}
              {row?.sourceDate ? ` (this row: ${row.sourceDate})` : ''}.{' '}
              {row ? (
                <a href={row.sourceUrl} rel="noopener noreferrer" target="_blank">
                  Source for this row
                </a>
              ) : null}
              {set.caveat ? <> {set.caveat}</> : null}
              {goalId ? (
                <>
                  {' '}
                  <Link to={hrefFor({ view: 'goal', goalId })}>All states on goal {goalId}</Link>
                </>
              ) : null}
            </p>
          </div>
        );
      }}
    </QueryPanel>
  );
}
