import { existsSync, readdirSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { frameworkSchema, type Framework } from '@/domain/contract/framework-schema';
import { isStateCode, STATE_CODES } from '@/domain/format/jurisdictions';
import { validateEvaluation } from '@/domain/contract/validate-evaluation';
import { formatJson, writeFileAtomic } from '../lib/json-file';
import { generateDemo, type DemoFile } from './generate-demo';
import { outputDirProblem } from './output-dir';

/**
 * npm run demo-data [-- --out <dir>] [--seed <n>] [--editions 2021,2022,2023] [--states N|CT,MA]
 * Writes the synthetic demo dataset to <out>/evaluations/<year>/<CODE>.json (default data/demo).
 */

const USAGE =
  'usage: demo-data [--out <dir>] [--seed <n>] [--editions 2021,2022,2023] [--states N | CT,MA,...] [--data <dir>]';
export const DEFAULT_SEED = 20220801;
const FRAMEWORK_ID = 'shared-hope-2022';
// The repository's real dataset, wherever the command is run from.
const REPO_EVALUATIONS = fileURLToPath(new URL('../../data/evaluations', import.meta.url));

export interface DemoCliOptions {
  out: string;
  seed: number;
  editions: number[] | null;
  states: string[];
  dataDir: string;
}

export function parseArgs(argv: readonly string[]): DemoCliOptions {
  const options: DemoCliOptions = {
    out: join('data', 'demo'),
    seed: DEFAULT_SEED,
    editions: null,
    states: [...STATE_CODES],
    dataDir: 'data',
  };
  for (let i = 0; i < argv.length; i += 2) {
    const flag = argv[i];
    const value = argv[i + 1];
    if (value === undefined || value.startsWith('--'))
      throw new Error(`missing value for ${flag}\n${USAGE}`);
    if (flag === '--out') options.out = value;
    else if (flag === '--data') options.dataDir = value;
    else if (flag === '--seed') {
      if (!/^\d+$/.test(value) || Number(value) > 0xffffffff)
        throw new Error(`--seed must be a whole number, got "${value}"`);
      options.seed = Number(value);
    } else if (flag === '--editions') {
      const editions = value.split(',').map((e) => e.trim());
      if (editions.some((e) => !/^\d{4}$/.test(e)))
        throw new Error(`--editions must be years, got "${value}"`);
      options.editions = [...new Set(editions.map(Number))];
    } else if (flag === '--states') {
      if (/^\d+$/.test(value)) {
        const n = Number(value);
        // Only real USPS codes: a subset, never made-up jurisdictions.
        if (n < 1 || n > STATE_CODES.length)
          throw new Error(`--states N must be 1 to ${STATE_CODES.length}`);
        options.states = STATE_CODES.slice(0, n);
      } else {
        const codes = value.split(',').map((c) => c.trim().toUpperCase());
        const unknown = codes.filter((c) => !isStateCode(c));
        if (unknown.length > 0) throw new Error(`unknown state code(s): ${unknown.join(', ')}`);
        options.states = [...new Set(codes)];
      }
    } else throw new Error(`unknown argument "${flag ?? ''}"\n${USAGE}`);
  }
  return options;
}

/** Absolute path with symlinks resolved as far as the path exists. */
function realPath(path: string): string {
  let existing = resolve(path);
  const rest: string[] = [];
  while (!existsSync(existing)) {
    const parent = dirname(existing);
    if (parent === existing) break;
    rest.unshift(basename(existing));
    existing = parent;
  }
  return join(existsSync(existing) ? realpathSync(existing) : existing, ...rest);
}

export interface DemoResult {
  ok: boolean;
  lines: string[];
  written: string[];
}

export function runDemoData(options: DemoCliOptions): DemoResult {
  const evaluationsDir = realPath(join(options.out, 'evaluations'));
  const problem = outputDirProblem(evaluationsDir, [
    realPath(REPO_EVALUATIONS),
    realPath(join(options.dataDir, 'evaluations')),
  ]);
  if (problem)
    return { ok: false, lines: [`error: ${problem}`, 'nothing was written'], written: [] };

  const frameworkPath = join(options.dataDir, 'frameworks', `${FRAMEWORK_ID}.json`);
  let framework: Framework;
  let editions: readonly number[];
  let files: DemoFile[];
  try {
    framework = frameworkSchema.parse(JSON.parse(readFileSync(frameworkPath, 'utf8')));
    editions = options.editions ?? framework.editions;
    files = generateDemo(framework, { seed: options.seed, editions, states: options.states });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      lines: [`error: ${frameworkPath}: ${message}`, 'nothing was written'],
      written: [],
    };
  }

  const errors: string[] = [];
  for (const file of files) {
    const result = validateEvaluation(file.value, framework, {
      state: file.state,
      year: file.year,
      synthetic: true,
    });
    if (!result.ok)
      for (const v of result.violations)
        errors.push(`error: ${file.path}: ${v.path}: ${v.message}`);
  }
  if (errors.length > 0)
    return { ok: false, lines: [...errors, 'nothing was written'], written: [] };

  const written: string[] = [];
  for (const file of files) {
    const path = join(evaluationsDir, String(file.year), `${file.state}.json`);
    const content = formatJson(file.value);
    if (!existsSync(path) || readFileSync(path, 'utf8') !== content) writeFileAtomic(path, content);
    written.push(path);
  }
  // A smaller run must not leave states from an earlier run behind; only synthetic files go.
  const removed: string[] = [];
  for (const year of editions) {
    const dir = join(evaluationsDir, String(year));
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (!/^[A-Z]{2}\.json$/.test(name) || written.includes(path)) continue;
      try {
        const value = JSON.parse(readFileSync(path, 'utf8')) as { synthetic?: unknown };
        if (value.synthetic === true) {
          rmSync(path);
          removed.push(path);
        }
      } catch {
        // Not ours to judge: leave unreadable files alone.
      }
    }
  }

  const lines = [
    `synthetic demo data, seed ${options.seed}: ${files.length} files in ${evaluationsDir}`,
  ];
  for (const year of editions) {
    const ofYear = files.filter((f) => f.year === year);
    const statuses = new Map<string, number>();
    const grades = new Map<string, number>();
    for (const f of ofYear) {
      for (const g of f.value.goals) statuses.set(g.status, (statuses.get(g.status) ?? 0) + 1);
      const grade = f.value.published?.grade;
      if (grade) grades.set(grade, (grades.get(grade) ?? 0) + 1);
    }
    const list = (m: Map<string, number>, keys: readonly string[]) =>
      keys.map((k) => `${m.get(k) ?? 0} ${k}`).join(', ');
    lines.push(
      `${year}: ${ofYear.length} states; goals ${list(statuses, ['meets', 'partial', 'does-not-meet', 'not-evaluated'])}; ` +
        `grades ${list(grades, ['A', 'B', 'C', 'D', 'F'])}`,
    );
  }
  if (removed.length > 0) lines.push(`removed ${removed.length} stale synthetic files`);
  return { ok: true, lines, written };
}

function main(): void {
  let options: DemoCliOptions;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error((error as Error).message);
    process.exit(2);
  }
  const result = runDemoData(options);
  for (const line of result.lines) (result.ok ? console.log : console.error)(line);
  if (!result.ok) process.exit(1);
}

if (
  process.argv[1] !== undefined &&
  import.meta.url === pathToFileURL(resolve(process.argv[1])).href
) {
  main();
}
