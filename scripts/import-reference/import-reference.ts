import {
  SCHEMA_VERSION,
  type JuvenileJurisdiction,
  type PublishedGrade,
  type Source,
} from '@/domain/contract/evaluation-schema';
import { goalOfFactKind } from '@/domain/contract/fact-kinds';
import { frameworkGoals, type Framework } from '@/domain/contract/framework-schema';
import { STATE_CODES } from '@/domain/format/jurisdictions';
import { validateEvaluation } from '@/domain/contract/validate-evaluation';
import { formatJson } from '../lib/json-file';
import type { GradesByEdition } from './reference-facts';

/**
 * Turns the reference facts into evaluation files. Pure: it takes the parsed inputs and the files
 * already on disk and returns what to write, so the caller can validate everything before writing
 * anything.
 */

export interface ReferenceData {
  framework: Framework;
  juvenile: ReadonlyMap<string, JuvenileJurisdiction>;
  /** Edition the juvenile facts belong to. */
  juvenileYear: number;
  grades: GradesByEdition;
}

export interface ExistingFile {
  text: string;
  value: unknown;
}

/** created = no file before; replaced = a reference-only file regenerated; merged = report-based. */
export type ImportAction = 'created' | 'replaced' | 'merged';

export interface PlannedFile {
  /** Path relative to the data folder, e.g. "evaluations/2022/CT.json". */
  path: string;
  year: number;
  state: string;
  action: ImportAction;
  value: Record<string, unknown>;
  content: string;
  /** false when the file on disk already has exactly this content. */
  changed: boolean;
}

export interface FileViolation {
  file: string;
  path: string;
  message: string;
}

export interface ImportPlan {
  files: PlannedFile[];
  violations: FileViolation[];
  warnings: string[];
}

export function evaluationPath(year: number, state: string): string {
  return `evaluations/${year}/${state}.json`;
}

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A file with any evaluated goal came from a report (the ingest tool) and is only ever merged into. */
export function isReportBased(value: unknown): boolean {
  return (
    isObject(value) &&
    Array.isArray(value.goals) &&
    value.goals.some((g) => isObject(g) && g.status !== 'not-evaluated')
  );
}

function sameSource(a: Source, b: Source): boolean {
  return a.key === b.key && a.title === b.title && a.url === b.url && a.asOf === b.asOf;
}

function addSources(list: Source[], more: readonly Source[]): Source[] {
  const out = [...list];
  for (const s of more) if (!out.some((t) => sameSource(s, t))) out.push(s);
  return out;
}

/**
 * Copies an object with `key` set; a new key goes right after the first of `after` present, so
 * files keep reading in schema order.
 */
function withKey(
  obj: JsonObject,
  key: string,
  value: unknown,
  after: readonly string[],
): JsonObject {
  if (key in obj) return { ...obj, [key]: value };
  const anchor = after.find((a) => a in obj);
  const out: JsonObject = {};
  if (anchor === undefined) out[key] = value;
  for (const [k, v] of Object.entries(obj)) {
    out[k] = v;
    if (k === anchor) out[key] = value;
  }
  return out;
}

interface EditionReference {
  published: PublishedGrade | undefined;
  /** The goal that holds juvenile court facts, as the framework says */
  juvenileGoal: string | undefined;
  juvenile: JuvenileJurisdiction | undefined;
  /** Every source the file cites from reference data, in order of first use. */
  sources: Source[];
}

function referenceFor(data: ReferenceData, year: number, state: string): EditionReference {
  const published = data.grades.get(year)?.get(state);
  // A framework with no goal for juvenile court facts has nowhere to put them.
  const juvenileGoal = goalOfFactKind(data.framework, 'juvenileJurisdiction');
  const juvenile =
    year === data.juvenileYear && juvenileGoal !== undefined ? data.juvenile.get(state) : undefined;
  const sources = addSources(juvenile?.sources ?? [], published?.sources ?? []);
  return { published, juvenileGoal, juvenile, sources };
}

function referenceOnlyFile(
  framework: Framework,
  year: number,
  state: string,
  ref: EditionReference,
): JsonObject {
  return {
    schemaVersion: SCHEMA_VERSION,
    framework: framework.id,
    state,
    year,
    // No goal is evaluated, so the file describes no date's law as a whole.
    asOf: null,
    synthetic: false,
    sources: ref.sources,
    ...(ref.published ? { published: ref.published } : {}),
    goals: frameworkGoals(framework).map((goal) =>
      goal.id === ref.juvenileGoal && ref.juvenile
        ? { id: goal.id, status: 'not-evaluated', facts: { juvenileJurisdiction: ref.juvenile } }
        : { id: goal.id, status: 'not-evaluated' },
    ),
  };
}

/**
 * Merges reference data into a report-based file without touching the report's reading: only
 * `published`, the juvenile court goal's `referenceFacts` and missing sources change.
 */
export function mergeIntoReport(existing: JsonObject, ref: EditionReference): JsonObject {
  let out: JsonObject = structuredClone(existing);
  if (ref.published) out = withKey(out, 'published', ref.published, ['sources', 'synthetic']);
  if (ref.juvenile) {
    const juvenile = ref.juvenile;
    const goals = Array.isArray(out.goals) ? out.goals : [];
    out.goals = goals.map((goal: unknown) => {
      if (!isObject(goal) || goal.id !== ref.juvenileGoal) return goal;
      const referenceFacts = isObject(goal.referenceFacts) ? goal.referenceFacts : {};
      return withKey(
        goal,
        'referenceFacts',
        { ...referenceFacts, juvenileJurisdiction: juvenile },
        ['facts', 'status'],
      );
    });
  }
  const sources = Array.isArray(out.sources) ? (out.sources as Source[]) : [];
  out = withKey(out, 'sources', addSources(sources, ref.sources), ['synthetic']);
  return out;
}

/** Plans every evaluation file for every edition of the framework and validates each one. */
export function planImport(
  data: ReferenceData,
  existing: ReadonlyMap<string, ExistingFile>,
): ImportPlan {
  const files: PlannedFile[] = [];
  const violations: FileViolation[] = [];
  const warnings: string[] = [];

  for (const year of data.framework.editions) {
    for (const state of STATE_CODES) {
      const path = evaluationPath(year, state);
      const before = existing.get(path);
      const ref = referenceFor(data, year, state);
      let value: JsonObject;
      let action: ImportAction;
      if (before === undefined) {
        value = referenceOnlyFile(data.framework, year, state, ref);
        action = 'created';
      } else if (!isObject(before.value) || !Array.isArray(before.value.goals)) {
        // Not recognisably an evaluation: never overwrite what we cannot classify.
        violations.push({
          file: path,
          path: '(root)',
          message: 'the existing file is not an evaluation (no goals list); fix or remove it',
        });
        continue;
      } else if (isReportBased(before.value)) {
        value = mergeIntoReport(before.value, ref);
        action = 'merged';
        const existingSources = Array.isArray(before.value.sources)
          ? (before.value.sources as Source[])
          : [];
        for (const s of ref.sources) {
          const clash = existingSources.find((t) => t.key === s.key && s.key && !sameSource(s, t));
          if (clash)
            warnings.push(`${path}: source key ${s.key} is used by the report for another source`);
        }
      } else {
        value = referenceOnlyFile(data.framework, year, state, ref);
        action = 'replaced';
      }

      const result = validateEvaluation(value, data.framework, { state, year, synthetic: false });
      if (!result.ok) {
        for (const v of result.violations) violations.push({ file: path, ...v });
        continue;
      }
      const content = formatJson(value);
      files.push({ path, year, state, action, value, content, changed: before?.text !== content });
    }
  }
  return { files, violations, warnings };
}

/** A few lines for the terminal: what was written, grades per edition, facts. */
export function formatSummary(plan: ImportPlan, data: ReferenceData): string[] {
  const lines: string[] = [];
  for (const year of data.framework.editions) {
    const files = plan.files.filter((f) => f.year === year);
    const count = (action: ImportAction) => files.filter((f) => f.action === action).length;
    const written = files.filter((f) => f.changed).length;
    const grades = [...(data.grades.get(year)?.values() ?? [])];
    const byLetter = ['A', 'B', 'C', 'D', 'F']
      .map((g) => [g, grades.filter((p) => p.grade === g).length] as const)
      .filter(([, n]) => n > 0)
      .map(([g, n]) => `${n} ${g}`)
      .join(', ');
    const inferred = grades.filter((g) => g.inferred).length;
    lines.push(
      `${year}: ${files.length} files (${count('created')} created, ${count('replaced')} reference-only regenerated, ` +
        `${count('merged')} merged into report-based), ${written} changed on disk; ` +
        `grades ${grades.length}${grades.length ? ` (${byLetter}${inferred ? `; ${inferred} inferred` : ''})` : ''}`,
    );
  }
  const facts = [...data.juvenile.values()];
  const nulls = (pick: (f: JuvenileJurisdiction) => unknown) =>
    facts.filter((f) => pick(f) === null).length;
  lines.push(
    `juvenile jurisdiction facts (${data.juvenileYear}): ${facts.length} states; ` +
      `no statutory minimum age ${nulls((f) => f.minAge)}, judicial waiver unknown ${nulls((f) => f.discretionaryTransfer)}, ` +
      `trauma considered unknown ${nulls((f) => f.traumaConsidered)}`,
  );
  const merged = plan.files.filter((f) => f.action === 'merged').map((f) => f.path);
  if (merged.length > 0) lines.push(`merged into report-based files: ${merged.join(', ')}`);
  for (const w of plan.warnings) lines.push(`warning: ${w}`);
  return lines;
}
