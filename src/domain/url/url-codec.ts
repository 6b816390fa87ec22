import { STATUSES, type Status } from '@/domain/contract/evaluation-schema';
import type { DatasetId } from '@/domain/contract/summary-schema';
import { isStateCode } from '@/domain/format/jurisdictions';
import {
  MAX_GOALS,
  MAX_STATES,
  MAX_WEIGHT,
  MEASURE_PATTERN,
  SORT_PATTERN,
  type CellRef,
  type KnownValues,
  type ViewState,
} from './url-state';

/**
 * The three stateless steps of the URL pipeline (url-pipeline.ts runs them, with the migrations
 * between parse and clean): parse reads a query string without judging it; clean is the
 * allow-list (unknown parameters and invalid values are dropped, never an error; what is left out
 * takes its default); write produces one canonical form, so a cleaned and re-written URL is the
 * clean URL the app shows.
 */

/** A query string as parsed: its format version and the first value of each parameter. */
export interface RawUrl {
  /** `v`: a whole number, or null when absent or malformed */
  version: number | null;
  /** The first value of each parameter, unknown ones too; too long a value counts as absent */
  params: ReadonlyMap<string, string>;
}

const MAX_PARAM_LENGTH = 2000;
const GOAL_ID = /^\d{1,2}\.\d{1,2}$/;
const ISSUE_ID = /^\d{1,2}$/;
const LIST_SEPARATOR = '~';
const DEMO = /(^|[?&])dataset=demo(&|$)/;

function safeParams(search: string): URLSearchParams {
  try {
    return new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  } catch {
    return new URLSearchParams();
  }
}

/**
 * The dataset a query string names: `dataset=demo` as written, anywhere in it. One rule, read
 * before the rest: the app chooses the framework to load (and so the known values) by it.
 */
export function readDataset(search: string): DatasetId {
  return DEMO.test(search) ? 'demo' : 'real';
}

/** Parse: a query string ("", "?…" or "…") to its raw parameters. Never throws. */
export function parseUrl(search: string): RawUrl {
  const params = new Map<string, string>();
  const seen = new Set<string>();
  for (const [key, value] of safeParams(search)) {
    if (seen.has(key)) continue;
    seen.add(key);
    if (value.length <= MAX_PARAM_LENGTH) params.set(key, value);
  }
  params.delete('dataset');
  if (readDataset(search) === 'demo') params.set('dataset', 'demo');
  const v = params.get('v');
  params.delete('v');
  return { version: v !== undefined && /^\d{1,4}$/.test(v) ? Number(v) : null, params };
}

/** The `v` parameter of a query string: a whole number, or null when absent or malformed. */
export function readUrlVersion(search: string): number | null {
  return parseUrl(search).version;
}

function list(value: string | undefined): string[] {
  if (!value) return [];
  // Accept commas too: people type them by hand.
  return value
    .split(/[~,]/)
    .map((v) => v.trim())
    .filter(Boolean);
}

function unique<T>(values: T[], max: number): T[] {
  return [...new Set(values)].slice(0, max);
}

/*
 * Clean, one parameter at a time (the migrations judge what an old URL set with these too). Each
 * takes the raw value (undefined: absent) and returns the value the view state holds.
 */

export function cleanDataset(value: string | undefined, known: KnownValues = {}): DatasetId {
  return value === 'demo' && (!known.datasets || known.datasets.includes('demo')) ? 'demo' : 'real';
}

export function cleanYear(value: string | undefined, known: KnownValues = {}): number | null {
  if (!value || !/^\d{4}$/.test(value)) return null;
  const year = Number(value);
  return !known.years || known.years.includes(year) ? year : null;
}

export function cleanMeasure(value: string | undefined, known: KnownValues = {}): string | null {
  if (!value || !MEASURE_PATTERN.test(value)) return null;
  if (value.startsWith('status:') && known.goals && !known.goals.includes(value.slice(7)))
    return null;
  if (value.startsWith('issue:') && known.issues && !known.issues.includes(value.slice(6)))
    return null;
  return value;
}

export function cleanSort(value: string | undefined, known: KnownValues = {}): string | null {
  if (!value || !SORT_PATTERN.test(value)) return null;
  if (value.startsWith('issue:') && known.issues && !known.issues.includes(value.slice(6)))
    return null;
  if (value.startsWith('goal:') && known.goals && !known.goals.includes(value.slice(5)))
    return null;
  return value;
}

const CELL = /^([A-Za-z]{2}):(\d{1,2}\.\d{1,2})$/;

/** `CT:2.9`: a state code (any case) and a goal the data knows; anything else is no cell. */
export function cleanCell(value: string | undefined, known: KnownValues = {}): CellRef | null {
  const m = value ? CELL.exec(value) : null;
  if (!m) return null;
  const code = m[1]!.toUpperCase();
  const goalId = m[2]!;
  if (!isStateCode(code) || (known.goals && !known.goals.includes(goalId))) return null;
  return { code, goalId };
}

function cleanWeights(value: string | undefined, goalsKnown: Set<string> | null) {
  const weights: Record<string, number> = {};
  for (const pair of list(value).slice(0, MAX_GOALS)) {
    const m = /^(\d{1,2}\.\d{1,2}):(\d{1,2}(?:\.\d{1,2})?)$/.exec(pair);
    if (!m) continue;
    const [, goal, w] = m;
    const weight = Number(w);
    if (goalsKnown && !goalsKnown.has(goal!)) continue;
    if (!Number.isFinite(weight) || weight < 0 || weight > MAX_WEIGHT) continue;
    weights[goal!] = weight;
  }
  return weights;
}

/** Clean: the raw parameters to a view state, against what the data knows. */
export function cleanUrl(raw: RawUrl, known: KnownValues = {}): ViewState {
  const p = raw.params;
  const goalsKnown = known.goals ? new Set(known.goals) : null;
  const issuesKnown = known.issues ? new Set(known.issues) : null;
  const states = unique(
    list(p.get('states'))
      .map((s) => s.toUpperCase())
      .filter(isStateCode),
    MAX_STATES,
  );
  const issues = unique(
    list(p.get('issues')).filter((i) => ISSUE_ID.test(i) && (!issuesKnown || issuesKnown.has(i))),
    MAX_GOALS,
  );
  const goals = unique(
    list(p.get('goals')).filter((g) => GOAL_ID.test(g) && (!goalsKnown || goalsKnown.has(g))),
    MAX_GOALS,
  );
  const status = unique(
    list(p.get('status')).filter((s): s is Status => (STATUSES as readonly string[]).includes(s)),
    STATUSES.length,
  );
  return {
    dataset: cleanDataset(p.get('dataset'), known),
    year: cleanYear(p.get('year'), known),
    measure: cleanMeasure(p.get('measure'), known),
    states,
    issues,
    goals,
    status,
    sort: cleanSort(p.get('sort'), known),
    diff: p.get('diff') === '1',
    // "Only the chosen states" with none chosen would show nothing: it is dropped.
    chosen: p.get('chosen') === '1' && states.length > 0,
    weights: cleanWeights(p.get('weights'), goalsKnown),
    cell: cleanCell(p.get('cell'), known),
  };
}

function compareGoalIds(a: string, b: string): number {
  const [a1, a2] = a.split('.').map(Number);
  const [b1, b2] = b.split('.').map(Number);
  return a1! - b1! || a2! - b2!;
}

export interface WriteFormat {
  /**
   * Write `v=<version>` first and name the dataset even when it is the default (shared links,
   * embeds, and the address bar of a versioned link); absent or null: an unversioned URL.
   */
  version?: number | null;
}

/** Write: the canonical query string ("" or "?…"), in a fixed parameter order, defaults left out. */
export function writeUrl(state: ViewState, format: WriteFormat = {}): string {
  const versioned = format.version !== undefined && format.version !== null;
  const parts: string[] = [];
  if (versioned) parts.push(`v=${format.version}`);
  if (state.dataset !== 'real' || versioned) parts.push(`dataset=${state.dataset}`);
  if (state.year !== null) parts.push(`year=${state.year}`);
  if (state.measure) parts.push(`measure=${state.measure}`);
  if (state.states.length) parts.push(`states=${state.states.join(LIST_SEPARATOR)}`);
  if (state.issues.length)
    parts.push(
      `issues=${[...state.issues].sort((a, b) => Number(a) - Number(b)).join(LIST_SEPARATOR)}`,
    );
  if (state.goals.length)
    parts.push(`goals=${[...state.goals].sort(compareGoalIds).join(LIST_SEPARATOR)}`);
  if (state.status.length) {
    const ordered = STATUSES.filter((s) => state.status.includes(s));
    parts.push(`status=${ordered.join(LIST_SEPARATOR)}`);
  }
  if (state.sort) parts.push(`sort=${state.sort}`);
  if (state.diff) parts.push('diff=1');
  if (state.chosen && state.states.length) parts.push('chosen=1');
  const weightIds = Object.keys(state.weights).sort(compareGoalIds);
  if (weightIds.length) {
    parts.push(
      `weights=${weightIds.map((id) => `${id}:${state.weights[id]}`).join(LIST_SEPARATOR)}`,
    );
  }
  if (state.cell) parts.push(`cell=${state.cell.code}:${state.cell.goalId}`);
  return parts.length ? `?${parts.join('&')}` : '';
}
