import { JURISDICTIONS, isStateCode, type Jurisdiction } from '@/domain/format/jurisdictions';

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

/**
 * Jurisdictions matching what the user typed, best first: the code itself, then names that start
 * with it, then names with a word that starts with it, then names containing it.
 */
export function matchJurisdictions(query: string, exclude: readonly string[] = []): Jurisdiction[] {
  const q = normalise(query);
  const candidates = JURISDICTIONS.filter((j) => !exclude.includes(j.code));
  if (!q) return [...candidates].sort((a, b) => a.name.localeCompare(b.name));
  const scored: { j: Jurisdiction; rank: number }[] = [];
  for (const j of candidates) {
    const name = normalise(j.name);
    let rank = -1;
    if (j.code.toLowerCase() === q) rank = 0;
    else if (name.startsWith(q)) rank = 1;
    else if (name.split(/\s+/).some((w) => w.startsWith(q))) rank = 2;
    else if (name.includes(q)) rank = 3;
    if (rank >= 0) scored.push({ j, rank });
  }
  return scored.sort((a, b) => a.rank - b.rank || a.j.name.localeCompare(b.j.name)).map((s) => s.j);
}

/** Starting points offered when nothing is selected. */
export const COMPARE_SUGGESTIONS: readonly { label: string; states: readonly string[] }[] = [
  { label: 'Connecticut and its neighbours', states: ['CT', 'MA', 'NY', 'RI'] },
  { label: 'Connecticut and Massachusetts', states: ['CT', 'MA'] },
  { label: 'The largest states', states: ['CA', 'TX', 'FL', 'NY'] },
];
