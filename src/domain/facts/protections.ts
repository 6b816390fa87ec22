import { JURISDICTIONS } from '@/domain/format/jurisdictions';
import type { EditionSummary, SummaryFacts } from '@/domain/contract/summary-schema';
import { yesNo, type YesNo } from './fact-values';

/**
 * Victim protections in court compared across states (the `victimProtections` facts, on the goal
 * the framework names for them), from the edition summary. A `null` protection is unknown, and
 * stays unknown: never "no".
 */
export type ProtectionFacts = NonNullable<SummaryFacts['victimProtections']>;

export const PROTECTION_FIELDS = ['advocate', 'courtroomSupports', 'identityProtected'] as const;
export type ProtectionField = (typeof PROTECTION_FIELDS)[number];

export const PROTECTION_LABELS: Record<ProtectionField, string> = {
  advocate: 'Right to a victim advocate',
  courtroomSupports: 'Courtroom supports when testifying',
  identityProtected: 'Identity protected in court records',
};

/** Sequential greens by the number of protections in law, 0 to 3. */
export const PROTECTION_COUNT_COLORS: readonly { fill: string; text: string }[] = [
  { fill: '#edf8e9', text: '#111111' },
  { fill: '#bae4b3', text: '#111111' },
  { fill: '#74c476', text: '#111111' },
  { fill: '#006d2c', text: '#ffffff' },
];

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
