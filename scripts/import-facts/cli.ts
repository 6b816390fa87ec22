import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { formatJson, writeFileAtomic } from '../lib/json-file';
import { CIVIL_SOL_CSV, CIVIL_SOL_ID, parseCivilSol } from './civil-sol';

/**
 * npm run import-facts [-- --data <dir>] [--dry-run]
 * Turns data/reference/civil-sol-trafficking.csv into data/facts/civil-sol-trafficking.json;
 * writes nothing when any row has a problem.
 */

const USAGE = 'usage: npm run import-facts -- [--data <dir>] [--dry-run]';

export interface ImportFactsOptions {
  dataDir: string;
  dryRun: boolean;
}

export function parseImportFactsArgs(argv: readonly string[]): ImportFactsOptions {
  const options: ImportFactsOptions = { dataDir: 'data', dryRun: false };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    const value = argv[i + 1];
    if (arg === '--dry-run') options.dryRun = true;
    else if (arg === '--data' && value !== undefined && !value.startsWith('--')) {
      options.dataDir = value;
      i += 1;
    } else throw new Error(`unknown or incomplete argument "${arg ?? ''}"\n${USAGE}`);
  }
  return options;
}

export interface ImportFactsResult {
  ok: boolean;
  lines: string[];
  /** The file written (or that would be), relative to the data folder */
  written: string | null;
}

export function runImportFacts(options: ImportFactsOptions): ImportFactsResult {
  const dataDir = resolve(options.dataDir);
  const csvRel = join('reference', CIVIL_SOL_CSV);
  const csvPath = join(dataDir, csvRel);
  if (!existsSync(csvPath)) {
    return { ok: false, lines: [`${csvRel}: file not found`], written: null };
  }
  const { set, problems } = parseCivilSol(readFileSync(csvPath, 'utf8'), csvRel);
  if (!set) {
    return {
      ok: false,
      lines: [
        ...problems,
        `${problems.length} problem${problems.length === 1 ? '' : 's'}; nothing written.`,
      ],
      written: null,
    };
  }
  const outRel = join('facts', `${CIVIL_SOL_ID}.json`);
  const counts = new Map<string, number>();
  for (const row of set.rows) counts.set(row.value.kind, (counts.get(row.value.kind) ?? 0) + 1);
  const summary = `${set.rows.length} jurisdictions (${[...counts].map(([k, n]) => `${n} ${k}`).join(', ')})`;
  if (options.dryRun) {
    return { ok: true, lines: [`Dry run: ${outRel} would hold ${summary}.`], written: outRel };
  }
  writeFileAtomic(join(dataDir, outRel), formatJson(set));
  return { ok: true, lines: [`Wrote ${outRel}: ${summary}.`], written: outRel };
}

function main(): void {
  let options: ImportFactsOptions;
  try {
    options = parseImportFactsArgs(process.argv.slice(2));
  } catch (error) {
    console.error((error as Error).message);
    process.exitCode = 2;
    return;
  }
  const result = runImportFacts(options);
  for (const line of result.lines) (result.ok ? console.log : console.error)(line);
  process.exitCode = result.ok ? 0 : 1;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
