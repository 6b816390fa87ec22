import type {
  Confidence,
  GoalEvaluation,
  GoalFacts,
  JuvenileJurisdiction,
  LimitationRule,
  Source,
  StatuteOfLimitations,
  VictimProtections,
} from '@/domain/contract/evaluation-schema';
import type { SummaryFacts } from '@/domain/contract/summary-schema';
import { yesNoWord, type FactBasis } from './fact-values';
import { JUVENILE_FIELD_LABELS, JUVENILE_FIELDS, type JuvenileField } from './juvenile';
import { describeLimitationScope } from './limitations';
import { PROTECTION_FIELDS, PROTECTION_LABELS } from './protections';
import { FACT_KINDS, FACT_REGISTRY, type FactKind } from './registry';

/**
 * Typed facts as lines of words, for a view that lists what the data holds of a state beside a
 * goal's status (compare): each reading of each kind (the report's, and reference data beside it),
 * with its basis, the confidence of each value where the data gives one, notes and sources. Read
 * from a goal of the full evaluation (sources included), or from the edition summary (values, basis
 * and the lowest confidence only), through the same words, so the two never disagree.
 */
export interface FactLine {
  label: string;
  value: string;
  /** The confidence of this value, where the data gives one (never for an unknown value) */
  confidence?: Confidence;
}

export interface FactReading {
  kind: FactKind;
  /** What the facts are: "Juvenile court ages and transfer laws" */
  label: string;
  basis: FactBasis;
  lines: FactLine[];
  /** Qualifications in words: exceptions, notes, the text a rule rests on */
  notes: string[];
  sources: Source[];
  /** The lowest confidence of the values, where only that is known (the summary) */
  minConfidence?: Confidence;
}

/** How a reading is headed, by its basis: reference facts are never an evaluation. */
export const BASIS_HEADINGS: Record<FactBasis, string> = {
  report: 'The report’s reading',
  reference: 'Reference facts (not an evaluation)',
  synthetic: 'Synthetic demo facts',
};

type Parts = Omit<FactReading, 'kind' | 'label' | 'basis' | 'minConfidence'>;

function juvenileValue(j: Pick<JuvenileJurisdiction, JuvenileField>, field: JuvenileField): string {
  if (field === 'minAge') return j.minAge === null ? 'No statutory minimum' : String(j.minAge);
  if (field === 'maxAge') return j.maxAge === null ? 'Unknown' : String(j.maxAge);
  return yesNoWord(j[field]);
}

function juvenileConfidence(
  confidence: JuvenileJurisdiction['confidence'],
  field: JuvenileField,
): Confidence | undefined {
  if (field === 'minAge') return confidence?.minAge;
  if (field === 'maxAge') return confidence?.maxAge;
  return confidence?.transfer;
}

function sentence(text: string): string {
  const t = text.trim();
  return /[.!?]$/.test(t) ? t : `${t}.`;
}

function juvenileParts(
  j: Pick<JuvenileJurisdiction, JuvenileField> &
    Partial<
      Pick<
        JuvenileJurisdiction,
        'confidence' | 'minAgeExceptions' | 'maxAgeNote' | 'notes' | 'basis'
      >
    >,
): Parts {
  const notes: string[] = [];
  if (j.minAgeExceptions) notes.push(`Minimum age exceptions: ${sentence(j.minAgeExceptions)}`);
  if (j.maxAgeNote) notes.push(`Upper age: ${sentence(j.maxAgeNote)}`);
  // The report's own notes repeat its table, which the lines already give.
  if (j.notes && j.basis !== 'report') notes.push(`Notes: ${sentence(j.notes)}`);
  return {
    lines: JUVENILE_FIELDS.map((field) => {
      const value = juvenileValue(j, field);
      // A confidence describes a value: an unknown value has none.
      const known = field === 'minAge' || j[field] !== null;
      const confidence = known ? juvenileConfidence(j.confidence, field) : undefined;
      return { label: JUVENILE_FIELD_LABELS[field], value, ...(confidence ? { confidence } : {}) };
    }),
    notes,
    sources: [],
  };
}

function ruleNote(label: string, rule: LimitationRule | null): string[] {
  return rule?.text ? [`${label}: “${rule.text}”`] : [];
}

function limitationParts(s: Pick<StatuteOfLimitations, 'criminal' | 'civil'>): Parts {
  return {
    lines: [
      { label: 'Criminal', value: describeLimitationScope(s.criminal) },
      { label: 'Civil', value: describeLimitationScope(s.civil) },
    ],
    notes: [...ruleNote('Criminal', s.criminal), ...ruleNote('Civil', s.civil)],
    sources: [],
  };
}

function protectionParts(
  v: Pick<VictimProtections, (typeof PROTECTION_FIELDS)[number]> &
    Partial<Pick<VictimProtections, 'text'>>,
): Parts {
  return {
    lines: PROTECTION_FIELDS.map((f) => ({ label: PROTECTION_LABELS[f], value: yesNoWord(v[f]) })),
    notes: PROTECTION_FIELDS.flatMap((f) =>
      v.text?.[f] ? [`${PROTECTION_LABELS[f]}: ${sentence(v.text[f])}`] : [],
    ),
    sources: [],
  };
}

/** Each kind's words, for the facts of a goal of an evaluation (with their sources). */
const FROM_GOAL: { [K in FactKind]: (facts: NonNullable<GoalFacts[K]>) => Parts } = {
  juvenileJurisdiction: (j) => ({ ...juvenileParts(j), sources: j.sources }),
  statuteOfLimitations: (s) => ({ ...limitationParts(s), sources: s.sources ?? [] }),
  victimProtections: (v) => ({ ...protectionParts(v), sources: v.sources ?? [] }),
};

interface SummaryReading {
  basis: FactBasis;
  parts: Parts;
  minConfidence?: Confidence | undefined;
}

/** Each kind's words, for the facts an edition summary holds of a state: the report's, reference. */
const FROM_SUMMARY: { [K in FactKind]: (facts: SummaryFacts) => SummaryReading[] } = {
  juvenileJurisdiction: (f) =>
    [f.juvenileJurisdiction, f.referenceJuvenileJurisdiction].flatMap((j) =>
      j ? [{ basis: j.basis, parts: juvenileParts(j), minConfidence: j.minConfidence }] : [],
    ),
  statuteOfLimitations: (f) =>
    f.statuteOfLimitations
      ? [{ basis: f.statuteOfLimitations.basis, parts: limitationParts(f.statuteOfLimitations) }]
      : [],
  victimProtections: (f) =>
    f.victimProtections
      ? [{ basis: f.victimProtections.basis, parts: protectionParts(f.victimProtections) }]
      : [],
};

function goalReadings<K extends FactKind>(
  kind: K,
  goal: Pick<GoalEvaluation, 'facts' | 'referenceFacts'>,
): FactReading[] {
  const { facts, reference } = FACT_REGISTRY[kind].ofGoal(goal);
  const read = FROM_GOAL[kind];
  return [facts, reference].flatMap((f) =>
    f ? [{ kind, label: FACT_REGISTRY[kind].label, basis: f.basis, ...read(f) }] : [],
  );
}

/** In the framework's order of kinds; only the kinds given (those the goal holds). */
function ordered(kinds: readonly FactKind[]): FactKind[] {
  return FACT_KINDS.filter((k) => kinds.includes(k));
}

/**
 * Every reading of the kinds of fact a goal holds, from that goal of a state's evaluation: its own
 * facts first (the report's, or reference data when the report has none), then reference data
 * kept beside the report's reading.
 */
export function factReadingsOfGoal(
  goal: Pick<GoalEvaluation, 'facts' | 'referenceFacts'> | undefined,
  kinds: readonly FactKind[],
): FactReading[] {
  if (!goal) return [];
  return ordered(kinds).flatMap((kind) => goalReadings(kind, goal));
}

/** The same readings from the edition summary: values, basis and lowest confidence, no sources. */
export function factReadingsOfSummary(
  facts: SummaryFacts | undefined,
  kinds: readonly FactKind[],
): FactReading[] {
  if (!facts) return [];
  return ordered(kinds).flatMap((kind) =>
    FROM_SUMMARY[kind](facts).map((r) => ({
      kind,
      label: FACT_REGISTRY[kind].label,
      basis: r.basis,
      ...r.parts,
      ...(r.minConfidence ? { minConfidence: r.minConfidence } : {}),
    })),
  );
}

/** "Minimum age 12 · Maximum age 17": a reading's values on one line (exports, summaries). */
export function readingInWords(reading: FactReading): string {
  return reading.lines.map((l) => `${l.label} ${l.value}`).join(' · ');
}
