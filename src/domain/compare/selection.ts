import type { EditionSummary, SummaryState } from '@/domain/contract/summary-schema';
import {
  JURISDICTIONS,
  isStateCode,
  stateName,
  type Jurisdiction,
} from '@/domain/format/jurisdictions';

/** Which states a comparison holds: two to six, in the order the user chose them. */
export const MIN_COMPARE = 2;
export const MAX_COMPARE = 6;

export type AddProblem = 'limit' | 'duplicate' | 'unknown';

export function addState(
  states: readonly string[],
  code: string,
): { states: string[]; problem?: AddProblem } {
  const upper = code.toUpperCase();
  if (!isStateCode(upper)) return { states: [...states], problem: 'unknown' };
  if (states.includes(upper)) return { states: [...states], problem: 'duplicate' };
  if (states.length >= MAX_COMPARE) return { states: [...states], problem: 'limit' };
  return { states: [...states, upper] };
}

export function removeState(states: readonly string[], code: string): string[] {
  return states.filter((s) => s !== code);
}

/** The states a comparison shows: the URL's, up to the limit (a longer list is cut, and said so). */
export function comparedStates(states: readonly string[]): { shown: string[]; dropped: string[] } {
  return { shown: states.slice(0, MAX_COMPARE), dropped: states.slice(MAX_COMPARE) };
}

function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim();
}

// Jurisdictions by name, once: `localeCompare` on every comparison costs tens of milliseconds on a
// slow phone, and the picker matches on every render. Names are plain ASCII, so code units order
// them as the alphabet does.
let byName: readonly Jurisdiction[] | null = null;
function jurisdictionsByName(): readonly Jurisdiction[] {
  byName ??= [...JURISDICTIONS].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return byName;
}

/**
 * Jurisdictions matching what the user typed, best first: the code itself, then names that start
 * with it, then names with a word that starts with it, then names containing it.
 */
export function matchJurisdictions(query: string, exclude: readonly string[] = []): Jurisdiction[] {
  const q = normalise(query);
  const candidates = jurisdictionsByName().filter((j) => !exclude.includes(j.code));
  if (!q) return candidates;
  const scored: { j: Jurisdiction; rank: number; order: number }[] = [];
  candidates.forEach((j, order) => {
    const name = normalise(j.name);
    let rank = -1;
    if (j.code.toLowerCase() === q) rank = 0;
    else if (name.startsWith(q)) rank = 1;
    else if (name.split(/\s+/).some((w) => w.startsWith(q))) rank = 2;
    else if (name.includes(q)) rank = 3;
    if (rank >= 0) scored.push({ j, rank, order });
  });
  return scored.sort((a, b) => a.rank - b.rank || a.order - b.order).map((s) => s.j);
}

/** Starting points to offer, before the data says which of them it can fill. */
export const COMPARE_SUGGESTIONS: readonly { label: string; states: readonly string[] }[] = [
  { label: 'Connecticut and its neighbours', states: ['CT', 'MA', 'NY', 'RI'] },
  { label: 'Connecticut and Massachusetts', states: ['CT', 'MA'] },
  { label: 'The largest states', states: ['CA', 'TX', 'FL', 'NY'] },
];

export interface CompareStarter {
  label: string;
  /** The states, after those already chosen */
  states: string[];
  /** What the dataset holds on them, in words */
  note: string;
}

function hasData(s: SummaryState | undefined): boolean {
  return !!s && (s.evaluated > 0 || s.facts !== undefined || s.published !== undefined);
}

function joinNames(codes: readonly string[]): string {
  const names = codes.map(stateName);
  return names.length <= 1
    ? (names[0] ?? '')
    : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** What the edition summary holds on a set of states, in a sentence. */
export function starterNote(summary: EditionSummary, states: readonly string[]): string {
  const byCode = new Map(summary.states.map((s) => [s.code, s]));
  const total = summary.goals.length;
  const evaluated = states.filter((c) => (byCode.get(c)?.evaluated ?? 0) > 0);
  const rest = states.filter((c) => !evaluated.includes(c));
  const parts: string[] = [];
  if (evaluated.length > 0) {
    const counts = new Set(evaluated.map((c) => byCode.get(c)!.evaluated));
    parts.push(
      counts.size === 1
        ? `${evaluated.length === states.length && evaluated.length > 1 ? 'all evaluated' : `${joinNames(evaluated)} evaluated`} (${[...counts][0]} of ${total} goals${evaluated.length > 1 ? ' each' : ''})`
        : evaluated
            .map((c) => `${stateName(c)} ${byCode.get(c)!.evaluated} of ${total} goals evaluated`)
            .join(', '),
    );
  }
  if (rest.length > 0) {
    const facts = rest.some((c) => byCode.get(c)?.facts !== undefined);
    const grades = rest.some((c) => byCode.get(c)?.published !== undefined);
    const what = [facts ? 'reference facts' : null, grades ? 'published grades' : null].filter(
      Boolean,
    );
    parts.push(
      `${joinNames(rest)}: no goal evaluated${what.length ? ` (${what.join(' and ')} only)` : ''}`,
    );
  }
  const text = parts.join('; ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/**
 * The starting points offered, picked from the states the edition holds data on: a set is offered
 * when as many of its states have evaluated goals as a comparison of statuses needs (two, or as
 * many as the edition has), and every state in it has some data. When fewer than two sets are
 * left, the states with the most goals evaluated make one.
 */
export function compareStarters(
  summary: EditionSummary,
  selected: readonly string[] = [],
): CompareStarter[] {
  const byCode = new Map(summary.states.map((s) => [s.code, s]));
  const evaluatedStates = summary.states
    .filter((s) => s.evaluated > 0)
    .sort(
      (a, b) => b.evaluated - a.evaluated || stateName(a.code).localeCompare(stateName(b.code)),
    );
  const need = Math.min(2, evaluatedStates.length);
  const withSelected = (states: readonly string[]) =>
    [...selected, ...states.filter((c) => !selected.includes(c))].slice(0, MAX_COMPARE);
  const fits = (states: readonly string[]) =>
    states.length >= MIN_COMPARE &&
    states.every((c) => hasData(byCode.get(c))) &&
    states.filter((c) => (byCode.get(c)?.evaluated ?? 0) > 0).length >= need;

  const sets = COMPARE_SUGGESTIONS.map((s) => ({ label: s.label, states: withSelected(s.states) }));
  if (evaluatedStates.length >= MIN_COMPARE) {
    sets.push({
      label: 'The states with the most goals evaluated',
      states: withSelected(evaluatedStates.slice(0, 4).map((s) => s.code)),
    });
  }
  const seen = new Set<string>();
  const offered: CompareStarter[] = [];
  for (const set of sets) {
    const key = set.states.join('~');
    if (seen.has(key) || !fits(set.states)) continue;
    seen.add(key);
    offered.push({ ...set, note: starterNote(summary, set.states) });
    if (offered.length === 3) break;
  }
  return offered;
}
