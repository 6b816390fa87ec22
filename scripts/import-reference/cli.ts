import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { frameworkSchema } from '@/domain/contract/framework-schema';
import { STATE_CODES } from '@/domain/format/jurisdictions';
import { writeFileAtomic } from '../lib/json-file';
import { InputError } from './csv';
import {
  evaluationPath,
  formatSummary,
  planImport,
  type ExistingFile,
  type ImportPlan,
} from './import-reference';
import {
  GRADES_FILE,
  JUVENILE_FILE,
  JUVENILE_SOURCES_FILE,
  JUVENILE_YEAR,
  parseJuvenileJurisdiction,
  parseJuvenileSources,
  parsePublishedGrades,
} from './reference-facts';

/**
 * npm run import-reference [-- --data <dir>] [--framework <id>]
 * Writes data/evaluations/<year>/<CODE>.json from data/reference/*.csv; merges into report-based files.
 */

const USAGE = 'usage: import-reference [--data <dir>] [--framework <id>]';

export interface ImportOptions {
  dataDir: string;
  framework: string;
}

export function parseArgs(argv: readonly string[]): ImportOptions {
  const options: ImportOptions = { dataDir: 'data', framework: 'shared-hope-2022' };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    const value = argv[i + 1];
    if (
      (arg === '--data' || arg === '--framework') &&
      value !== undefined &&
      !value.startsWith('--')
    ) {
      if (arg === '--data') options.dataDir = value;
      else options.framework = value;
      i += 1;
    } else {
      throw new Error(`unknown or incomplete argument "${arg ?? ''}"\n${USAGE}`);
    }
  }
  return options;
}

function readText(path: string, label: string): string {
  if (!existsSync(path)) throw new InputError(label, null, 'file not found');
  return readFileSync(path, 'utf8');
}

export interface ImportResult {
  ok: boolean;
  plan: ImportPlan | null;
  lines: string[];
}

/** Reads the inputs under `dataDir`, plans every file, and writes only if every file is valid. */
export function runImportReference(options: ImportOptions): ImportResult {
  const dataDir = resolve(options.dataDir);
  const frameworkFile = join('frameworks', `${options.framework}.json`);
  let plan: ImportPlan;
  let summary: string[];
  try {
    let frameworkJson: unknown;
    try {
      frameworkJson = JSON.parse(readText(join(dataDir, frameworkFile), frameworkFile));
    } catch (error) {
      if (error instanceof InputError) throw error;
      throw new InputError(frameworkFile, null, `not valid JSON (${(error as Error).message})`);
    }
    const parsedFramework = frameworkSchema.safeParse(frameworkJson);
    if (!parsedFramework.success) {
      throw new InputError(
        frameworkFile,
        null,
        `not a valid framework: ${parsedFramework.error.message}`,
      );
    }
    const framework = parsedFramework.data;
    const ref = (name: string) => readText(join(dataDir, 'reference', name), `reference/${name}`);
    const sources = parseJuvenileSources(
      ref(JUVENILE_SOURCES_FILE),
      `reference/${JUVENILE_SOURCES_FILE}`,
    );
    const juvenile = parseJuvenileJurisdiction(
      ref(JUVENILE_FILE),
      sources,
      `reference/${JUVENILE_FILE}`,
    );
    const grades = parsePublishedGrades(
      ref(GRADES_FILE),
      framework.editions,
      `reference/${GRADES_FILE}`,
    );

    const existing = new Map<string, ExistingFile>();
    for (const year of framework.editions) {
      for (const state of STATE_CODES) {
        const path = evaluationPath(year, state);
        const full = join(dataDir, path);
        if (!existsSync(full)) continue;
        const text = readFileSync(full, 'utf8');
        try {
          existing.set(path, { text, value: JSON.parse(text) });
        } catch (error) {
          // An unreadable file might hold a report's evaluation: never overwrite it blindly.
          throw new InputError(
            path,
            null,
            `existing file is not valid JSON (${(error as Error).message})`,
          );
        }
      }
    }
    const data = { framework, juvenile, juvenileYear: JUVENILE_YEAR, grades };
    plan = planImport(data, existing);
    summary = formatSummary(plan, data);
  } catch (error) {
    if (error instanceof InputError) {
      return { ok: false, plan: null, lines: [`error: ${error.message}`, 'nothing was written'] };
    }
    throw error;
  }

  if (plan.violations.length > 0) {
    const lines = plan.violations.map((v) => `error: ${v.file}: ${v.path}: ${v.message}`);
    return { ok: false, plan, lines: [...lines, 'nothing was written'] };
  }
  for (const file of plan.files) {
    if (file.changed) writeFileAtomic(join(dataDir, file.path), file.content);
  }
  return { ok: true, plan, lines: summary };
}

function main(): void {
  let options: ImportOptions;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error((error as Error).message);
    process.exit(2);
  }
  const result = runImportReference(options);
  for (const line of result.lines) (result.ok ? console.log : console.error)(line);
  if (!result.ok) process.exit(1);
}

if (
  process.argv[1] !== undefined &&
  import.meta.url === pathToFileURL(resolve(process.argv[1])).href
) {
  main();
}
