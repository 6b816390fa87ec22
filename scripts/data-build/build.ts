import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import {
  crossCheckPublished,
  deriveGradeHistory,
  GRADE_TABLE_COLUMNS,
  type GradeTable,
} from '@/domain/contract/derive-grade-history';
import { deriveEditionSummary } from '@/domain/contract/derive-summary';
import { gradeHistorySchema, type GradeHistory } from '@/domain/contract/grade-history-schema';
import { SCHEMA_VERSION, type Evaluation } from '@/domain/contract/evaluation-schema';
import { factSetSchema, type FactSet } from '@/domain/contract/fact-set-schema';
import { goalOfFactKind } from '@/domain/contract/fact-kinds';
import { frameworkSchema, type Framework } from '@/domain/contract/framework-schema';
import { isStateCode } from '@/domain/format/jurisdictions';
import {
  editionSummarySchema,
  evaluationPath,
  factSetPath,
  manifestSchema,
  type DatasetId,
  type Manifest,
} from '@/domain/contract/summary-schema';
import { safeParseData } from '@/domain/contract/schema-messages';
import {
  validateEvaluation,
  zodViolations,
  type Violation,
} from '@/domain/contract/validate-evaluation';
import { InputError, parseCsvTable } from '../import-reference/csv';
import { writeFileAtomic } from '../lib/json-file';
import { jsonSchemaFiles } from './json-schemas';

/**
 * `npm run data`: validates every data file, then derives what the app loads (manifest, compact
 * edition summaries, per-state files) into the output folder. Any violation means nothing is
 * written, so a broken data file can never reach a user.
 */

export interface FileViolation extends Violation {
  /** Path of the file, relative to the working directory where possible */
  file: string;
}

export interface EditionReport {
  dataset: DatasetId;
  year: number;
  states: number;
  evaluatedStates: number;
  publishedGrades: number;
  summaryBytes: number;
  summaryGzipBytes: number;
}

export interface GradesReport {
  entries: number;
  states: number;
  first: number;
  last: number;
  bytes: number;
  gzipBytes: number;
}

export interface BuildOptions {
  dataDir: string;
  outDir: string;
  /** Where the JSON Schema copies go; default <dataDir>/schema */
  schemaDir?: string;
  /** Base for the file paths in messages; default the working directory */
  displayRoot?: string;
  /** Validate and derive, but write nothing */
  dryRun?: boolean;
}

export interface BuildResult {
  ok: boolean;
  violations: FileViolation[];
  /** Written files, relative to the output folder, sorted */
  outputs: string[];
  /** Schema files rewritten because they changed */
  schemasUpdated: string[];
  filesValidated: number;
  frameworks: string[];
  editions: EditionReport[];
  /** The grade history, when data/reference holds published-grades tables */
  grades?: GradesReport;
  /** Things worth saying that are not violations (e.g. no demo dataset) */
  notes: string[];
}

export const DATASETS: readonly {
  id: DatasetId;
  label: string;
  synthetic: boolean;
  dir: string;
}[] = [
  { id: 'real', label: 'Report data', synthetic: false, dir: 'evaluations' },
  { id: 'demo', label: 'Synthetic demo data', synthetic: true, dir: join('demo', 'evaluations') },
];

/** The published-grades tables in data/reference/ that make the grade history. */
const GRADE_TABLE_FILE = /^published-grades.*\.csv$/;
export const GRADE_HISTORY_PATH = 'grades/history.json';

// An empty folder needs a placeholder to exist in git; nothing else may sit beside the data.
const PLACEHOLDER = '.gitkeep';
const STATE_FILE = /^([A-Z]{2})\.json$/;
const YEAR_DIR = /^\d{4}$/;
const ROOT = '(root)';

function byString(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function shortHash(content: string): string {
  return createHash('sha256').update(content).digest('hex').slice(0, 16);
}

interface LoadedEdition {
  year: number;
  evaluations: Evaluation[];
}

interface LoadedDataset {
  id: DatasetId;
  label: string;
  synthetic: boolean;
  framework: Framework;
  editions: LoadedEdition[];
}

/** A path for messages: relative to `root` when inside it, with forward slashes. */
export function displayPath(path: string, root = process.cwd()): string {
  const rel = relative(root, path);
  if (rel === '') return '.';
  return (rel.startsWith('..') ? path : rel).split(sep).join('/');
}

class Collector {
  readonly violations: FileViolation[] = [];
  filesValidated = 0;
  constructor(private readonly displayRoot: string) {}

  display(path: string): string {
    return displayPath(path, this.displayRoot);
  }

  add(file: string, path: string, message: string): void {
    this.violations.push({ file: this.display(file), path, message });
  }

  addAll(file: string, violations: readonly Violation[]): void {
    for (const v of violations) this.add(file, v.path, v.message);
  }
}

function entries(dir: string): { name: string; path: string; isDir: boolean }[] {
  return readdirSync(dir)
    .sort(byString)
    .map((name) => {
      const path = join(dir, name);
      // A broken link is listed as a file, so reading it reports the problem as a violation.
      const isDir = statSync(path, { throwIfNoEntry: false })?.isDirectory() ?? false;
      return { name, path, isDir };
    });
}

function jsonErrorMessage(error: unknown, text: string): string {
  const message = error instanceof Error ? error.message : String(error);
  const at = /position (\d+)/.exec(message);
  if (!at?.[1] || /line \d+/.test(message)) return `malformed JSON: ${message}`;
  const before = text.slice(0, Number(at[1])).split('\n');
  const column = (before.at(-1)?.length ?? 0) + 1;
  return `malformed JSON: ${message} (line ${before.length}, column ${column})`;
}

/** Parses a JSON file and checks its schema version; undefined after reporting why not. */
function readDataFile(file: string, c: Collector): unknown {
  c.filesValidated += 1;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    c.add(file, ROOT, `cannot read the file: ${error instanceof Error ? error.message : error}`);
    return undefined;
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    c.add(file, ROOT, jsonErrorMessage(error, text));
    return undefined;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    c.add(file, ROOT, 'expected a JSON object');
    return undefined;
  }
  // A file from a newer (or older) format would fail in confusing ways: say what is wrong instead.
  const version = (value as { schemaVersion?: unknown }).schemaVersion;
  if (version === undefined) {
    c.add(file, 'schemaVersion', `missing; this build reads schemaVersion ${SCHEMA_VERSION}`);
    return undefined;
  }
  if (version !== SCHEMA_VERSION) {
    c.add(
      file,
      'schemaVersion',
      `schema version ${JSON.stringify(version)} is not known to this build, which reads version ${SCHEMA_VERSION}`,
    );
    return undefined;
  }
  return value;
}

function loadFrameworks(dataDir: string, c: Collector): Map<string, Framework> {
  const dir = join(dataDir, 'frameworks');
  const frameworks = new Map<string, Framework>();
  if (!existsSync(dir)) {
    c.add(dir, ROOT, 'folder is missing: at least one framework file is needed');
    return frameworks;
  }
  for (const entry of entries(dir)) {
    if (entry.name === PLACEHOLDER) continue;
    if (entry.isDir || !entry.name.endsWith('.json')) {
      c.add(entry.path, ROOT, 'stray file: only <id>.json framework files belong here');
      continue;
    }
    const raw = readDataFile(entry.path, c);
    if (raw === undefined) continue;
    const parsed = safeParseData(frameworkSchema, raw);
    if (!parsed.success) {
      c.addAll(entry.path, zodViolations(parsed.error));
      continue;
    }
    if (`${parsed.data.id}.json` !== entry.name) {
      c.add(entry.path, 'id', `id "${parsed.data.id}" does not match the file name`);
      continue;
    }
    frameworks.set(parsed.data.id, parsed.data);
  }
  if (frameworks.size === 0 && c.violations.length === 0) {
    c.add(dir, ROOT, 'no framework file found');
  }
  return frameworks;
}

/**
 * data/facts/<id>.json: fact sets from other sources, each with its own source and as-of. The goal
 * a set informs must exist: a fact kind some framework puts on a goal, or a goal of the named
 * framework. The folder is optional.
 */
function loadFactSets(
  dataDir: string,
  frameworks: Map<string, Framework>,
  c: Collector,
): FactSet[] {
  const dir = join(dataDir, 'facts');
  const sets: FactSet[] = [];
  if (!existsSync(dir)) return sets;
  for (const entry of entries(dir)) {
    if (entry.name === PLACEHOLDER) continue;
    if (entry.isDir || !entry.name.endsWith('.json')) {
      c.add(entry.path, ROOT, 'stray file: only <id>.json fact set files belong here');
      continue;
    }
    const raw = readDataFile(entry.path, c);
    if (raw === undefined) continue;
    const parsed = safeParseData(factSetSchema, raw);
    if (!parsed.success) {
      c.addAll(entry.path, zodViolations(parsed.error));
      continue;
    }
    const set = parsed.data;
    if (`${set.id}.json` !== entry.name) {
      c.add(entry.path, 'id', `id "${set.id}" does not match the file name`);
      continue;
    }
    const { factKind, framework: frameworkId, goal } = set.informs;
    if (factKind !== undefined) {
      const onGoal = [...frameworks.values()].some(
        (f) => goalOfFactKind(f, factKind) !== undefined,
      );
      if (!onGoal) {
        c.add(
          entry.path,
          'informs.factKind',
          `no framework puts the fact kind ${factKind} on a goal`,
        );
        continue;
      }
    }
    if (frameworkId !== undefined && goal !== undefined) {
      const framework = frameworks.get(frameworkId);
      if (!framework) {
        c.add(entry.path, 'informs.framework', `unknown framework "${frameworkId}"`);
        continue;
      }
      if (!framework.issueAreas.some((a) => a.goals.some((g) => g.id === goal))) {
        c.add(entry.path, 'informs.goal', `framework "${frameworkId}" has no goal ${goal}`);
        continue;
      }
    }
    sets.push(set);
  }
  return sets;
}

function loadDataset(
  spec: (typeof DATASETS)[number],
  dir: string,
  frameworks: Map<string, Framework>,
  c: Collector,
): LoadedDataset | undefined {
  const byYear = new Map<number, Evaluation[]>();
  let framework: Framework | undefined;
  const fallback = [...frameworks.values()][0];
  if (!fallback) return undefined;

  for (const yearEntry of entries(dir)) {
    if (yearEntry.name === PLACEHOLDER) continue;
    if (!yearEntry.isDir) {
      c.add(yearEntry.path, ROOT, 'stray file: only <year>/ folders belong here');
      continue;
    }
    if (!YEAR_DIR.test(yearEntry.name)) {
      c.add(yearEntry.path, ROOT, 'not an edition folder: expected a year, e.g. 2022');
      continue;
    }
    const year = Number(yearEntry.name);
    for (const entry of entries(yearEntry.path)) {
      if (entry.name === PLACEHOLDER) continue;
      if (entry.isDir || !entry.name.endsWith('.json')) {
        c.add(entry.path, ROOT, 'stray file: only <CODE>.json evaluation files belong here');
        continue;
      }
      const code = STATE_FILE.exec(entry.name)?.[1];
      let nameOk = true;
      if (code === undefined) {
        c.add(entry.path, ROOT, 'file name must be a state code in capitals, e.g. CT.json');
        nameOk = false;
      } else if (!isStateCode(code)) {
        c.add(entry.path, ROOT, `unknown state code "${code}" in the file name`);
        nameOk = false;
      }
      const raw = readDataFile(entry.path, c);
      if (raw === undefined) continue;
      const frameworkId = (raw as { framework?: unknown }).framework;
      const result = validateEvaluation(
        raw,
        (typeof frameworkId === 'string' ? frameworks.get(frameworkId) : undefined) ?? fallback,
        { ...(nameOk ? { state: code } : {}), year, synthetic: spec.synthetic },
      );
      if (!result.ok) {
        c.addAll(entry.path, result.violations);
        continue;
      }
      const evaluation = result.value;
      // One framework per dataset: its summaries, goal order and scores all rest on it.
      framework ??= frameworks.get(evaluation.framework);
      if (framework && evaluation.framework !== framework.id) {
        c.add(
          entry.path,
          'framework',
          `the ${spec.id} dataset uses framework "${framework.id}", not "${evaluation.framework}"`,
        );
        continue;
      }
      if (nameOk) {
        const list = byYear.get(year) ?? [];
        list.push(evaluation);
        byYear.set(year, list);
      }
    }
  }
  if (!framework || byYear.size === 0) return undefined;
  return {
    id: spec.id,
    label: spec.label,
    synthetic: spec.synthetic,
    framework,
    editions: [...byYear.entries()]
      .sort(([a], [b]) => a - b)
      .map(([year, evaluations]) => ({ year, evaluations })),
  };
}

/** The published-grades tables, parsed; an empty list when data/reference holds none. */
function loadGradeTables(dataDir: string, c: Collector): GradeTable[] {
  const dir = join(dataDir, 'reference');
  if (!existsSync(dir)) return [];
  const tables: GradeTable[] = [];
  for (const entry of entries(dir)) {
    if (entry.isDir || !GRADE_TABLE_FILE.test(entry.name)) continue;
    c.filesValidated += 1;
    const file = c.display(entry.path);
    try {
      const rows = parseCsvTable(readFileSync(entry.path, 'utf8'), file, GRADE_TABLE_COLUMNS);
      tables.push({ file, rows });
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      c.violations.push({
        file,
        path: error.line === null ? ROOT : `line ${error.line}`,
        message: error.message.replace(/^[^:]+(:\d+)?: /, ''),
      });
    }
  }
  return tables;
}

/**
 * The grade history from the tables and every framework; the report data's published grades
 * must agree with it (both come from the same table).
 */
function buildGradeHistory(
  tables: readonly GradeTable[],
  frameworks: Map<string, Framework>,
  datasets: readonly LoadedDataset[],
  dataDir: string,
  c: Collector,
): GradeHistory | undefined {
  const result = deriveGradeHistory({ frameworks: [...frameworks.values()], tables });
  if (!result.ok) {
    for (const v of result.violations) c.violations.push(v);
    return undefined;
  }
  for (const dataset of datasets) {
    if (dataset.synthetic) continue;
    const evaluations = dataset.editions.flatMap((e) => e.evaluations);
    for (const problem of crossCheckPublished(result.history, dataset.framework.id, evaluations)) {
      const spec = DATASETS.find((d) => d.id === dataset.id);
      const file = join(dataDir, spec?.dir ?? '', String(problem.year), `${problem.state}.json`);
      c.add(file, 'published', problem.message);
    }
  }
  return result.history;
}

interface Derived {
  files: Map<string, string>;
  editions: EditionReport[];
  grades?: GradesReport;
}

function derive(
  datasets: readonly LoadedDataset[],
  frameworks: Map<string, Framework>,
  history: GradeHistory | undefined,
  factSets: readonly FactSet[],
  outDir: string,
  c: Collector,
): Derived {
  const files = new Map<string, string>();
  const editions: EditionReport[] = [];
  // A bug in derivation must not ship: every derived file is checked like a data file.
  const check = (rel: string, violations: readonly Violation[]) =>
    c.addAll(join(outDir, rel), violations);

  const manifest: Manifest = { schemaVersion: SCHEMA_VERSION, frameworks: [], datasets: [] };
  for (const framework of [...frameworks.values()].sort((a, b) => byString(a.id, b.id))) {
    const rel = `frameworks/${framework.id}.json`;
    const content = JSON.stringify(framework);
    const parsed = safeParseData(frameworkSchema, JSON.parse(content));
    if (!parsed.success) check(rel, zodViolations(parsed.error));
    files.set(rel, content);
    manifest.frameworks.push({ id: framework.id, path: rel, hash: shortHash(content) });
  }

  for (const dataset of datasets) {
    const entry: Manifest['datasets'][number] = {
      id: dataset.id,
      label: dataset.label,
      synthetic: dataset.synthetic,
      framework: dataset.framework.id,
      editions: [],
    };
    for (const { year, evaluations } of dataset.editions) {
      const summary = deriveEditionSummary({
        dataset: dataset.id,
        synthetic: dataset.synthetic,
        framework: dataset.framework,
        year,
        evaluations,
      });
      const summaryRel = `${dataset.id}/${year}/summary.json`;
      const content = JSON.stringify(summary);
      const parsed = safeParseData(editionSummarySchema, JSON.parse(content));
      if (!parsed.success) check(summaryRel, zodViolations(parsed.error));
      files.set(summaryRel, content);

      for (const evaluation of evaluations) {
        const rel = evaluationPath(dataset.id, year, evaluation.state);
        const stateContent = JSON.stringify(evaluation);
        const result = validateEvaluation(JSON.parse(stateContent), dataset.framework, {
          state: evaluation.state,
          year,
          synthetic: dataset.synthetic,
        });
        if (!result.ok) check(rel, result.violations);
        files.set(rel, stateContent);
      }

      const evaluatedStates = summary.states.filter((s) => s.evaluated > 0).length;
      const publishedGrades = summary.states.filter((s) => s.published).length;
      entry.editions.push({
        year,
        summary: summaryRel,
        hash: shortHash(content),
        states: summary.states.map((s) => s.code),
        evaluatedStates,
        publishedGrades,
        asOf: [...new Set(summary.states.flatMap((s) => (s.asOf ? [s.asOf] : [])))].sort(byString),
      });
      editions.push({
        dataset: dataset.id,
        year,
        states: summary.states.length,
        evaluatedStates,
        publishedGrades,
        summaryBytes: Buffer.byteLength(content),
        summaryGzipBytes: gzipSync(content).length,
      });
    }
    manifest.datasets.push(entry);
  }

  let grades: GradesReport | undefined;
  if (history) {
    const content = JSON.stringify(history);
    const parsed = safeParseData(gradeHistorySchema, JSON.parse(content));
    if (!parsed.success) check(GRADE_HISTORY_PATH, zodViolations(parsed.error));
    files.set(GRADE_HISTORY_PATH, content);
    const states = new Set(history.entries.map((e) => e.state)).size;
    manifest.grades = {
      path: GRADE_HISTORY_PATH,
      hash: shortHash(content),
      years: history.years,
      entries: history.entries.length,
      states,
    };
    grades = {
      entries: history.entries.length,
      states,
      first: history.years[0] ?? 0,
      last: history.years.at(-1) ?? 0,
      bytes: Buffer.byteLength(content),
      gzipBytes: gzipSync(content).length,
    };
  }
  if (factSets.length > 0) manifest.factSets = [];
  for (const set of [...factSets].sort((a, b) => byString(a.id, b.id))) {
    const rel = factSetPath(set.id);
    const content = JSON.stringify(set);
    const parsed = safeParseData(factSetSchema, JSON.parse(content));
    if (!parsed.success) check(rel, zodViolations(parsed.error));
    files.set(rel, content);
    manifest.factSets?.push({
      id: set.id,
      path: rel,
      hash: shortHash(content),
      title: set.title,
      informs: set.informs,
    });
  }

  const manifestContent = JSON.stringify(manifest);
  const parsedManifest = safeParseData(manifestSchema, JSON.parse(manifestContent));
  if (!parsedManifest.success) check('manifest.json', zodViolations(parsedManifest.error));
  files.set('manifest.json', manifestContent);
  return { files, editions, ...(grades ? { grades } : {}) };
}

/**
 * Builds the whole tree beside the output folder, then swaps it in: readers see the old tree or
 * the new one, never a mix, and a failure part-way leaves the old one in place.
 */
function writeTree(outDir: string, files: Map<string, string>): void {
  const tmp = `${outDir}.tmp-${process.pid}`;
  const old = `${outDir}.old-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  try {
    for (const [rel, content] of files) {
      const path = join(tmp, rel);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, content);
    }
    mkdirSync(dirname(outDir), { recursive: true });
  } catch (error) {
    rmSync(tmp, { recursive: true, force: true });
    throw error;
  }
  const hadOld = existsSync(outDir);
  if (hadOld) {
    rmSync(old, { recursive: true, force: true });
    renameSync(outDir, old);
  }
  try {
    renameSync(tmp, outDir);
  } catch (error) {
    if (hadOld) renameSync(old, outDir);
    rmSync(tmp, { recursive: true, force: true });
    throw error;
  }
  if (hadOld) rmSync(old, { recursive: true, force: true });
}

/** Writes data/schema/*.json; returns the files that changed. */
export function writeSchemas(schemaDir: string): string[] {
  const updated: string[] = [];
  for (const { file, content } of jsonSchemaFiles()) {
    const path = join(schemaDir, file);
    // Rewritten only when changed, so an unchanged build leaves git and file watchers alone.
    if (existsSync(path) && readFileSync(path, 'utf8') === content) continue;
    writeFileAtomic(path, content);
    updated.push(file);
  }
  return updated;
}

export function buildData(options: BuildOptions): BuildResult {
  const { dataDir, outDir } = options;
  const c = new Collector(options.displayRoot ?? process.cwd());
  const notes: string[] = [];
  const result = (extra: Partial<BuildResult> = {}): BuildResult => ({
    ok: c.violations.length === 0,
    violations: c.violations,
    outputs: [],
    schemasUpdated: [],
    filesValidated: c.filesValidated,
    frameworks: [],
    editions: [],
    notes,
    ...extra,
  });

  const frameworks = loadFrameworks(dataDir, c);
  const factSets = loadFactSets(dataDir, frameworks, c);
  const datasets: LoadedDataset[] = [];
  for (const spec of DATASETS) {
    const dir = join(dataDir, spec.dir);
    if (!existsSync(dir)) {
      // The real data is the point of the app; the demo data is optional.
      if (spec.synthetic) notes.push(`${c.display(dir)} not found: no ${spec.id} dataset offered`);
      else c.add(dir, ROOT, 'folder is missing: it holds the evaluations, one folder per edition');
      continue;
    }
    const dataset = loadDataset(spec, dir, frameworks, c);
    if (dataset) datasets.push(dataset);
    else if (frameworks.size > 0) notes.push(`${c.display(dir)} holds no evaluation`);
  }
  const tables = loadGradeTables(dataDir, c);
  if (c.violations.length > 0) return result();
  const history =
    tables.length > 0
      ? buildGradeHistory(tables, frameworks, datasets, dataDir, c)
      : (notes.push('no published-grades table in data/reference: no grade history'), undefined);
  if (c.violations.length > 0) return result();

  const derived = derive(datasets, frameworks, history, factSets, outDir, c);
  if (c.violations.length > 0) return result();

  let schemasUpdated: string[] = [];
  if (!options.dryRun) {
    writeTree(outDir, derived.files);
    schemasUpdated = writeSchemas(options.schemaDir ?? join(dataDir, 'schema'));
  }
  return result({
    outputs: [...derived.files.keys()].sort(byString),
    schemasUpdated,
    frameworks: [...frameworks.keys()].sort(byString),
    editions: derived.editions,
    ...(derived.grades ? { grades: derived.grades } : {}),
  });
}
