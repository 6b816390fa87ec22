import type { LimitationRule } from '@/domain/contract/evaluation-schema';
import { JURISDICTIONS } from '@/domain/format/jurisdictions';
import type { EditionSummary, SummaryFacts } from '@/domain/contract/summary-schema';
import { yesNo, type YesNo } from './juvenile';

/**
 * Goals 4.6 (statutes of limitation) and 5.3 (victim protections in court) compared across states,
 * from the edition summary. `null` rules and booleans are unknown, and stay unknown.
 */
export type LimitationFacts = NonNullable<SummaryFacts['statuteOfLimitations']>;
export type ProtectionFacts = NonNullable<SummaryFacts['victimProtections']>;

/** "the victim turns 21", "the offense", "its discovery" */
export function describeLimitationStart(from: string): string {
  const age = /^age-(\d+)$/.exec(from);
  if (age) return `age ${age[1]}`;
  if (from === 'offense') return 'the offense';
  if (from === 'discovery') return 'discovery';
  return from;
}

/** A rule in words: "No time limit", "30 years from age 21", "Unknown". */
export function describeLimitation(rule: LimitationRule | null | undefined): string {
  if (!rule) return 'Unknown';
  if (rule.kind === 'none') return 'No time limit';
  const years = `${rule.years} ${rule.years === 1 ? 'year' : 'years'}`;
  return `${years} from ${describeLimitationStart(rule.from)}`;
}

/** Short text for a map tile: "∞", "30y", "?" */
export function limitationTileValue(rule: LimitationRule | null | undefined): string {
  if (!rule) return '?';
  return rule.kind === 'none' ? '∞' : `${rule.years}y`;
}

export type LimitationCategory = 'none' | 'long' | 'medium' | 'short' | 'unknown';

/** Length classes for the map; the start of the period is told in words beside it, never hidden. */
export function limitationCategory(rule: LimitationRule | null | undefined): LimitationCategory {
  if (!rule) return 'unknown';
  if (rule.kind === 'none') return 'none';
  if (rule.years >= 20) return 'long';
  if (rule.years >= 10) return 'medium';
  return 'short';
}

export const LIMITATION_CATEGORY_LABELS: Record<LimitationCategory, string> = {
  none: 'No time limit',
  long: '20 years or more',
  medium: '10–19 years',
  short: 'Under 10 years',
  unknown: 'Unknown (no data)',
};

export interface LimitationRow {
  code: string;
  name: string;
  facts: LimitationFacts | null;
}

export function limitationRows(summary: EditionSummary): LimitationRow[] {
  const byCode = new Map(summary.states.map((s) => [s.code, s]));
  return JURISDICTIONS.map((j) => ({
    code: j.code,
    name: j.name,
    facts: byCode.get(j.code)?.facts?.statuteOfLimitations ?? null,
  }));
}

export type LimitationKind = 'criminal' | 'civil';

export function describeLimitations(rows: readonly LimitationRow[], kind: LimitationKind): string {
  const what = kind === 'criminal' ? 'criminal prosecutions' : 'civil actions';
  const rules = rows.map((r) => r.facts?.[kind] ?? null);
  const known = rules.filter((r): r is LimitationRule => r !== null);
  if (known.length === 0) {
    return `No jurisdiction has a known statute of limitation for ${what} in this edition of the dataset.`;
  }
  const none = known.filter((r) => r.kind === 'none').length;
  const unknown = rows.length - known.length;
  const parts = [
    `For ${what}, ${none} of ${known.length} jurisdictions with data set no time limit; ${known.length - none} set one.`,
  ];
  if (unknown > 0) parts.push(`${unknown} ${unknown === 1 ? 'is' : 'are'} unknown.`);
  return parts.join(' ');
}

export const PROTECTION_FIELDS = ['advocate', 'courtroomSupports', 'identityProtected'] as const;
export type ProtectionField = (typeof PROTECTION_FIELDS)[number];

export const PROTECTION_LABELS: Record<ProtectionField, string> = {
  advocate: 'Right to a victim advocate',
  courtroomSupports: 'Courtroom supports when testifying',
  identityProtected: 'Identity protected in court records',
};

export interface ProtectionRow {
  code: string;
  name: string;
  facts: ProtectionFacts | null;
  values: Record<ProtectionField, YesNo>;
  /** Protections the law provides, of those known */
  provided: number;
  unknown: number;
}

export function protectionRows(summary: EditionSummary): ProtectionRow[] {
  const byCode = new Map(summary.states.map((s) => [s.code, s]));
  return JURISDICTIONS.map((j) => {
    const facts = byCode.get(j.code)?.facts?.victimProtections ?? null;
    const values = Object.fromEntries(
      PROTECTION_FIELDS.map((f) => [f, yesNo(facts ? facts[f] : null)]),
    ) as Record<ProtectionField, YesNo>;
    const all = Object.values(values);
    return {
      code: j.code,
      name: j.name,
      facts,
      values,
      provided: all.filter((v) => v === 'yes').length,
      unknown: all.filter((v) => v === 'unknown').length,
    };
  });
}

/** "2 of 3", or "1 of 3 known + 1 unknown" when part is unknown */
export function describeProtectionCount(row: ProtectionRow): string {
  if (!row.facts) return 'Unknown (no data)';
  const total = PROTECTION_FIELDS.length;
  if (row.unknown === 0) return `${row.provided} of ${total} in law`;
  return `at least ${row.provided} of ${total} in law (${row.unknown} unknown)`;
}

export function describeProtections(rows: readonly ProtectionRow[]): string {
  const known = rows.filter((r) => r.facts);
  if (known.length === 0) {
    return 'No jurisdiction has victim-protection facts in this edition of the dataset.';
  }
  const all = known.filter((r) => r.provided === PROTECTION_FIELDS.length).length;
  const none = known.filter((r) => r.provided === 0 && r.unknown === 0).length;
  const parts = [
    `Of ${known.length} jurisdictions with data, ${all} ${all === 1 ? 'provides' : 'provide'} all three protections in law and ${none} ${none === 1 ? 'provides' : 'provide'} none.`,
  ];
  for (const f of PROTECTION_FIELDS) {
    const yes = known.filter((r) => r.values[f] === 'yes').length;
    parts.push(`${PROTECTION_LABELS[f]}: ${yes} of ${known.length}.`);
  }
  const unknown = rows.length - known.length;
  if (unknown > 0)
    parts.push(`${unknown} ${unknown === 1 ? 'jurisdiction is' : 'jurisdictions are'} unknown.`);
  return parts.join(' ');
}
