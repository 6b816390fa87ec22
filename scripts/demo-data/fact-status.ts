import type {
  JuvenileJurisdiction,
  LimitationRule,
  Status,
} from '@/domain/contract/evaluation-schema';
import type { FactKind } from '@/domain/contract/fact-kinds';

/**
 * The demo's statuses of the goals that hold typed facts, read from the facts the generator
 * writes, so a demo goal never says "meets" beside a fact that plainly does not. This is the
 * generator's own reading of each goal's title (and of the one real analysis in the seed report),
 * for synthetic data only: it is not Shared Hope's scoring and is never applied to real data.
 *
 * - juvenileJurisdiction ("juvenile court jurisdiction aligns with international human rights
 *   standards"): the juvenile court covers every minor under 18 (maximum age 17 or more); a
 *   statutory minimum age of at least MIN_AGE_STANDARD (none is not aligned); no automatic
 *   transfer or direct file to adult court; trauma or past victimization considered in
 *   discretionary transfers (met when there are none).
 * - statuteOfLimitations ("statutes of limitation for criminal and civil actions … are
 *   eliminated"): the criminal limit is eliminated; the civil limit is eliminated.
 * - victimProtections ("victims have access to victim protections"): a victim advocate;
 *   courtroom supports when testifying; identifying information protected in court records.
 *
 * Every criterion met: meets; none: does not meet; some: partly meets. A criterion the facts
 * leave unknown (null) can go either way, and the status is then one that some answer allows.
 */

/** The age the UN Committee on the Rights of the Child urges as the least minimum (2019). */
export const MIN_AGE_STANDARD = 14;

export interface DemoFactValues {
  juvenileJurisdiction: Pick<
    JuvenileJurisdiction,
    | 'minAge'
    | 'maxAge'
    | 'automaticTransfer'
    | 'directFile'
    | 'discretionaryTransfer'
    | 'traumaConsidered'
  >;
  statuteOfLimitations: { criminal: LimitationRule | null; civil: LimitationRule | null };
  victimProtections: {
    advocate: boolean | null;
    courtroomSupports: boolean | null;
    identityProtected: boolean | null;
  };
}

/** Met (true), not met (false) or unknown (null), for each criterion of a kind. */
export type Criterion = boolean | null;

function juvenileCriteria(j: DemoFactValues['juvenileJurisdiction']): Criterion[] {
  const transfers =
    j.automaticTransfer === true || j.directFile === true
      ? false
      : j.automaticTransfer === false && j.directFile === false
        ? true
        : null;
  return [
    j.maxAge === null ? null : j.maxAge >= 17,
    j.minAge === null ? false : j.minAge >= MIN_AGE_STANDARD,
    transfers,
    j.discretionaryTransfer === false ? true : j.traumaConsidered,
  ];
}

function eliminated(rule: LimitationRule | null): Criterion {
  return rule === null ? null : rule.kind === 'none';
}

export function factCriteria<K extends FactKind>(kind: K, facts: DemoFactValues[K]): Criterion[] {
  switch (kind) {
    case 'juvenileJurisdiction':
      return juvenileCriteria(facts as DemoFactValues['juvenileJurisdiction']);
    case 'statuteOfLimitations': {
      const l = facts as DemoFactValues['statuteOfLimitations'];
      return [eliminated(l.criminal), eliminated(l.civil)];
    }
    case 'victimProtections': {
      const p = facts as DemoFactValues['victimProtections'];
      return [p.advocate, p.courtroomSupports, p.identityProtected];
    }
    default:
      return [];
  }
}

type Evaluated = Exclude<Status, 'not-evaluated'>;

function statusOf(met: readonly boolean[]): Evaluated {
  if (met.every(Boolean)) return 'meets';
  if (!met.some(Boolean)) return 'does-not-meet';
  return 'partial';
}

/** The statuses the criteria allow: one when all are known, more when some are unknown. */
export function allowedStatuses(criteria: readonly Criterion[]): Set<Evaluated> {
  const unknown = criteria.flatMap((c, i) => (c === null ? [i] : []));
  const out = new Set<Evaluated>();
  for (let mask = 0; mask < 1 << unknown.length; mask++) {
    const met = criteria.map((c, i) => c ?? Boolean(mask & (1 << unknown.indexOf(i))));
    out.add(statusOf(met));
  }
  return out;
}

const ORDER: readonly Evaluated[] = ['does-not-meet', 'partial', 'meets'];

/**
 * The status of a goal holding these kinds of fact: the simulated one when the facts allow it,
 * else the allowed status nearest to it (the lower one on a tie). Several kinds on one goal must
 * all allow it; a goal whose kinds disagree keeps the nearest status any of them allows.
 */
export function statusFromFacts(
  kinds: readonly FactKind[],
  facts: DemoFactValues,
  simulated: Evaluated,
): Evaluated {
  if (kinds.length === 0) return simulated;
  const sets = kinds.map((k) => allowedStatuses(factCriteria(k, facts[k])));
  const common = ORDER.filter((s) => sets.every((set) => set.has(s)));
  const allowed = common.length > 0 ? common : ORDER.filter((s) => sets.some((set) => set.has(s)));
  const at = ORDER.indexOf(simulated);
  let best = allowed[0]!;
  for (const s of allowed) {
    if (Math.abs(ORDER.indexOf(s) - at) < Math.abs(ORDER.indexOf(best) - at)) best = s;
  }
  return best;
}
