import type { LimitationRule } from '@/domain/contract/evaluation-schema';
import { JURISDICTIONS } from '@/domain/format/jurisdictions';
import type { EditionSummary, SummaryFacts } from '@/domain/contract/summary-schema';

/**
 * Statutes of limitation compared across states (the `statuteOfLimitations` facts, on the goal
 * the framework names for them), from the edition summary. A `null` rule is unknown, and stays
 * unknown; "no time limit" is a value.
 */
export type LimitationFacts = NonNullable<SummaryFacts['statuteOfLimitations']>;

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

/** The rule in words with what it covers: "No time limit (offenses against minors)". */
export function describeLimitationScope(rule: LimitationRule | null | undefined): string {
  return `${describeLimitation(rule)}${rule?.scope ? ` (${rule.scope})` : ''}`;
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

/**
 * Sequential blues: the longer the time to act, the darker; "no time limit" darkest. Lightness
 * steps of about 22 L* keep neighbours at least ΔE00 18 apart.
 */
export const LIMITATION_CATEGORY_COLORS: Record<
  Exclude<LimitationCategory, 'unknown'>,
  { fill: string; text: string }
> = {
  none: { fill: '#00438b', text: '#ffffff' },
  long: { fill: '#0079bf', text: '#ffffff' },
  medium: { fill: '#76b2db', text: '#111111' },
  short: { fill: '#dbeaf6', text: '#111111' },
};

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

export const LIMITATION_KINDS = ['criminal', 'civil'] as const;
export type LimitationKind = (typeof LIMITATION_KINDS)[number];
export const LIMITATION_KIND_LABELS: Record<LimitationKind, string> = {
  criminal: 'Criminal',
  civil: 'Civil',
};

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

/** Both sentences: criminal prosecutions, then civil actions. */
export function describeAllLimitations(rows: readonly LimitationRow[]): string {
  return LIMITATION_KINDS.map((kind) => describeLimitations(rows, kind)).join(' ');
}
