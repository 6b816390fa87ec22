import { useMemo } from 'react';
import type { Evaluation } from '@/domain/contract/evaluation-schema';
import { prepareBlocks } from '@/domain/state/report-outline';
import { Blocks, Footnotes } from './report-text';

type Section = NonNullable<Evaluation['appendix']>[number];
type Entry = Section['entries'][number];

/** The report's appendix: offences and penalties, the statute text collapsible. */
export function ReportAppendix({ sections }: { sections: readonly Section[] }) {
  return (
    <section id="offences" className="report-area report-appendix" aria-labelledby="offences-title">
      <h2 id="offences-title">Offences and penalties</h2>
      {sections.map((section, s) => (
        <section key={s} aria-labelledby={`offences-${s}`}>
          <h3 id={`offences-${s}`}>{section.title}</h3>
          {section.entries.length === 0 ? <p>No offences listed.</p> : null}
          {section.entries.map((entry) => (
            <Offence key={entry.n} entry={entry} scope={`appendix-${s}-${entry.n}`} />
          ))}
        </section>
      ))}
    </section>
  );
}

function Offence({ entry, scope }: { entry: Entry; scope: string }) {
  const prepared = useMemo(
    () => prepareBlocks(scope, entry.blocks, entry.footnotes),
    [scope, entry],
  );
  return (
    <article className="report-offence" aria-labelledby={`${scope}-title`}>
      <h4 id={`${scope}-title`} className="report-offence__title">
        {entry.name}
      </h4>
      <p className="report-offence__citation">
        <cite>{entry.statute.citation}</cite>
        {entry.statute.pinpoints?.length ? ` ${entry.statute.pinpoints.join('; ')}` : ''}
      </p>
      <dl className="report-dl">
        <div className="report-dl__row">
          <dt>Classification</dt>
          <dd>{entry.classifications.length ? entry.classifications.join('; ') : 'Not stated'}</dd>
        </div>
        <div className="report-dl__row">
          <dt>Penalty</dt>
          <dd>{entry.penalty || 'Not stated'}</dd>
        </div>
      </dl>
      {prepared.blocks.length > 0 ? (
        <details className="report-details">
          <summary>
            Text of the statute <span className="visually-hidden">for {entry.name}</span>
          </summary>
          <Blocks groups={prepared.blocks} />
          <Footnotes footnotes={prepared.footnotes} />
        </details>
      ) : null}
    </article>
  );
}
