import { Fragment, type ReactNode } from 'react';
import type {
  Confidence,
  GoalFacts,
  JuvenileJurisdiction,
  LimitationRule,
  Source,
  StatuteOfLimitations,
  VictimProtections,
} from '@/domain/contract/evaluation-schema';
import {
  BASIS_LABELS,
  YES_NO_GLYPHS,
  YES_NO_WORDS,
  yesNo,
  type YesNo,
} from '@/domain/facts/fact-values';
import {
  CONFIDENCE_LABELS,
  JUVENILE_FIELD_LABELS,
  JUVENILE_FIELDS,
  juvenileFactDifferences,
  type JuvenileField,
} from '@/domain/facts/juvenile';
import { describeLimitationScope } from '@/domain/facts/limitations';
import { PROTECTION_FIELDS, PROTECTION_LABELS } from '@/domain/facts/protections';
import { FACT_KINDS, FACT_REGISTRY, type FactKind } from '@/domain/facts/registry';

export function YesNoText({ value }: { value: YesNo }) {
  return (
    <span className={`report-fact report-fact--${value}`}>
      <span aria-hidden="true">{YES_NO_GLYPHS[value]}</span> {YES_NO_WORDS[value]}
    </span>
  );
}

export function SourceList({ sources }: { sources: readonly Source[] }) {
  if (sources.length === 0) return null;
  return (
    <ul className="report-sources">
      {sources.map((s, i) => (
        <li key={`${s.key ?? ''}-${i}`}>
          {s.key ? <span className="report-sources__key">[{s.key}]</span> : null}{' '}
          {s.url ? (
            <a href={s.url} rel="noopener noreferrer">
              {s.title}
            </a>
          ) : (
            s.title
          )}
          {s.asOf ? <span className="report-sources__as-of"> ({s.asOf})</span> : null}
        </li>
      ))}
    </ul>
  );
}

const SHORT_CONFIDENCE = { high: 'High', medium: 'Medium' } as const;

function endSentence(text: string): string {
  return /[.!?]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`;
}

function juvenileValue(j: JuvenileJurisdiction, field: JuvenileField) {
  if (field === 'minAge') return j.minAge === null ? 'No statutory minimum' : String(j.minAge);
  if (field === 'maxAge') return j.maxAge === null ? 'Unknown' : String(j.maxAge);
  return <YesNoText value={yesNo(j[field])} />;
}

function fieldConfidence(j: JuvenileJurisdiction, field: JuvenileField): Confidence | undefined {
  if (field === 'minAge') return j.confidence?.minAge;
  if (field === 'maxAge') return j.confidence?.maxAge;
  return j.confidence?.transfer;
}

function columnTitle(j: JuvenileJurisdiction): string {
  return j.basis === 'report'
    ? 'The report'
    : j.basis === 'reference'
      ? 'Reference data'
      : 'Synthetic demo data';
}

/**
 * Juvenile court facts: the report's reading and the reference data side by side when both
 * exist (differences marked and explained), each with its sources and confidence.
 */
function JuvenileFacts({
  facts,
  reference,
}: {
  facts: JuvenileJurisdiction | undefined;
  reference: JuvenileJurisdiction | undefined;
}) {
  const columns = [facts, reference].filter((j): j is JuvenileJurisdiction => j !== undefined);
  if (columns.length === 0) return null;
  const differences = facts && reference ? juvenileFactDifferences(facts, reference) : [];
  const withConfidence = columns.some((j) => j.confidence);
  return (
    <div className="report-facts-block">
      <h4>Juvenile court facts (used to compare the states on this goal)</h4>
      {differences.length > 0 ? (
        <p className="report-facts-block__explain">
          The report and the reference data differ on{' '}
          {differences.map((f) => JUVENILE_FIELD_LABELS[f].toLowerCase()).join(', ')}. Both are
          kept: the report is the evaluation; the reference data is a separate reading with its own
          sources.
          {differences.includes('automaticTransfer')
            ? ' They count differently: the reference data follows the federal (OJJDP) definition of statutory exclusion, which does not count a mandatory transfer that begins in juvenile court; the report calls such a transfer automatic.'
            : ''}
        </p>
      ) : null}
      {/* Focusable: on a phone the table scrolls sideways, and a keyboard must reach that. */}
      <div
        className="report-table-scroll"
        role="region"
        aria-label="Juvenile court jurisdiction facts, table"
        tabIndex={0}
      >
        <table className="table report-facts-table">
          <caption className="visually-hidden">Juvenile court jurisdiction facts</caption>
          <thead>
            <tr>
              <th scope="col">Fact</th>
              {columns.map((j) => (
                <th key={j.basis} scope="col">
                  {columnTitle(j)}
                </th>
              ))}
              {withConfidence ? <th scope="col">Confidence</th> : null}
            </tr>
          </thead>
          <tbody>
            {JUVENILE_FIELDS.map((field) => {
              const differs = differences.includes(field);
              const refForConfidence = columns.find((j) => j.confidence);
              // A confidence describes a value: an unknown value has none to show.
              const confidence =
                refForConfidence && (field === 'minAge' || refForConfidence[field] !== null)
                  ? fieldConfidence(refForConfidence, field)
                  : undefined;
              return (
                <tr key={field} className={differs ? 'report-facts-table__differs' : undefined}>
                  <th scope="row">
                    {JUVENILE_FIELD_LABELS[field]}
                    {differs ? <span className="badge report-differs">differs</span> : null}
                  </th>
                  {columns.map((j) => (
                    <td key={j.basis}>{juvenileValue(j, field)}</td>
                  ))}
                  {withConfidence ? (
                    <td>
                      {confidence ? (
                        confidence === 'low' ? (
                          <strong className="report-low">⚠ {CONFIDENCE_LABELS.low}</strong>
                        ) : (
                          SHORT_CONFIDENCE[confidence]
                        )
                      ) : (
                        '—'
                      )}
                    </td>
                  ) : null}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {withConfidence ? (
        <p className="report-note">
          Confidence of the reference data: high when two sources agree, medium with one source, low
          when sources conflict.
        </p>
      ) : null}
      {columns.map((j) => (
        <div key={j.basis} className="report-facts-block__sources">
          <p>
            <strong>{columnTitle(j)}</strong>
            {j.minAgeExceptions
              ? ` — minimum age exceptions: ${endSentence(j.minAgeExceptions)}`
              : ''}
            {j.maxAgeNote ? ` — upper age: ${endSentence(j.maxAgeNote)}` : ''}
            {j.notes && j.basis !== 'report' ? ` — notes: ${endSentence(j.notes)}` : ''}
          </p>
          {j.sources.length ? <p>Sources:</p> : null}
          <SourceList sources={j.sources} />
        </div>
      ))}
    </div>
  );
}

function Rule({ label, rule }: { label: string; rule: LimitationRule | null }) {
  return (
    <div className="report-dl__row">
      <dt>{label}</dt>
      <dd>
        {describeLimitationScope(rule)}
        {rule?.text ? (
          <>
            {' '}
            — <q className="report-facts-block__quote">{rule.text}</q>
          </>
        ) : null}
      </dd>
    </div>
  );
}

function LimitationFacts({ sol }: { sol: StatuteOfLimitations | undefined }) {
  if (!sol) return null;
  return (
    <div className="report-facts-block">
      <h4>Statute of limitation facts (used to compare the states on this goal)</h4>
      <dl className="report-dl">
        <Rule label="Criminal" rule={sol.criminal} />
        <Rule label="Civil" rule={sol.civil} />
      </dl>
      <p className="report-facts-block__sources">Basis: {BASIS_LABELS[sol.basis].toLowerCase()}.</p>
      {sol.sources ? <SourceList sources={sol.sources} /> : null}
    </div>
  );
}

function ProtectionFacts({ vp }: { vp: VictimProtections | undefined }) {
  if (!vp) return null;
  return (
    <div className="report-facts-block">
      <h4>Victim protection facts (used to compare the states on this goal)</h4>
      <dl className="report-dl">
        {PROTECTION_FIELDS.map((f) => (
          <div key={f} className="report-dl__row">
            <dt>{PROTECTION_LABELS[f]}</dt>
            <dd>
              <YesNoText value={yesNo(vp[f])} />
            </dd>
          </div>
        ))}
      </dl>
      <p className="report-facts-block__sources">Basis: {BASIS_LABELS[vp.basis].toLowerCase()}.</p>
      {vp.sources ? <SourceList sources={vp.sources} /> : null}
    </div>
  );
}

/** How each kind of fact reads on the report (its facts, and reference data where it has any). */
const FACT_VIEWS: {
  [K in FactKind]: (f: { facts: GoalFacts[K]; reference: GoalFacts[K] }) => ReactNode;
} = {
  juvenileJurisdiction: ({ facts, reference }) => (
    <JuvenileFacts facts={facts} reference={reference} />
  ),
  statuteOfLimitations: ({ facts }) => <LimitationFacts sol={facts} />,
  victimProtections: ({ facts }) => <ProtectionFacts vp={facts} />,
};

function factView<K extends FactKind>(
  kind: K,
  goal: { facts: GoalFacts | undefined; referenceFacts: GoalFacts | undefined },
): ReactNode {
  return FACT_VIEWS[kind](FACT_REGISTRY[kind].ofGoal(goal));
}

/** Typed facts of a goal (and reference facts beside them), as words with their sources. */
export function GoalFactsView({
  facts,
  referenceFacts,
}: {
  facts: GoalFacts | undefined;
  referenceFacts: GoalFacts | undefined;
}) {
  return (
    <>
      {FACT_KINDS.map((kind) => (
        <Fragment key={kind}>{factView(kind, { facts, referenceFacts })}</Fragment>
      ))}
    </>
  );
}
