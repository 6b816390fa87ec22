import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildData, displayPath, writeSchemas, type BuildResult } from './build';

export interface Output {
  log: (message: string) => void;
  error: (message: string) => void;
}

const USAGE = [
  'usage: npm run data -- [--data <dir>] [--out <dir>] [--dry-run] [--schemas]',
  '  --data     data folder (default data)',
  '  --out      output folder, replaced as a whole on success (default public/data)',
  '  --dry-run  validate and derive, write nothing',
  '  --schemas  only write <data>/schema/*.json (they come from the code, not the data)',
].join('\n');
// A budget, not a rule: the first view loads one real edition summary.
const SUMMARY_GZIP_BUDGET = 25 * 1024;

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function report(result: BuildResult, out: Output, outName: string, dryRun: boolean): void {
  const datasets = [...new Set(result.editions.map((e) => e.dataset))];
  out.log(
    `Data build: ${plural(result.filesValidated, 'file')} validated; ` +
      `${plural(result.frameworks.length, 'framework')}, ${plural(datasets.length, 'dataset')} ` +
      `(${datasets.join(', ') || 'none'}), ${plural(result.editions.length, 'edition')}`,
  );
  for (const e of result.editions) {
    out.log(
      `  ${e.dataset.padEnd(4)} ${e.year}: ${plural(e.states, 'state')}, ${e.evaluatedStates} evaluated, ` +
        `${plural(e.publishedGrades, 'published grade')}; summary ${kb(e.summaryBytes)} raw, ` +
        `${kb(e.summaryGzipBytes)} gzipped`,
    );
    if (e.dataset === 'real' && e.summaryGzipBytes > SUMMARY_GZIP_BUDGET) {
      out.log(
        `  warning: ${e.dataset} ${e.year} summary is over the ${kb(SUMMARY_GZIP_BUDGET)} budget`,
      );
    }
  }
  if (result.grades) {
    const g = result.grades;
    out.log(
      `  grades ${g.first}–${g.last}: ${plural(g.entries, 'published value')} for ` +
        `${plural(g.states, 'jurisdiction')}; history ${kb(g.bytes)} raw, ${kb(g.gzipBytes)} gzipped`,
    );
  }
  for (const note of result.notes) out.log(`  note: ${note}`);
  if (dryRun) {
    out.log('Dry run: nothing written.');
    return;
  }
  const schemas = result.schemasUpdated.length
    ? `updated ${result.schemasUpdated.join(', ')}`
    : 'unchanged';
  out.log(`Wrote ${plural(result.outputs.length, 'file')} to ${outName}; JSON Schemas ${schemas}.`);
}

/** The `npm run data` command; returns the exit status (0 ok, 1 invalid data, 2 bad usage). */
export function runDataBuild(args: string[], out: Output, cwd = process.cwd()): number {
  let values: { data: string; out: string; 'dry-run': boolean; schemas: boolean; help: boolean };
  try {
    ({ values } = parseArgs({
      args,
      options: {
        data: { type: 'string', default: 'data' },
        out: { type: 'string', default: 'public/data' },
        'dry-run': { type: 'boolean', default: false },
        schemas: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    out.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    out.log(USAGE);
    return 0;
  }
  if (values.schemas) {
    const schemaDir = resolve(cwd, values.data, 'schema');
    const updated = writeSchemas(schemaDir);
    out.log(`JSON Schemas in ${displayPath(schemaDir, cwd)}: ${updated.join(', ') || 'unchanged'}`);
    return 0;
  }
  const outDir = resolve(cwd, values.out);
  const outName = displayPath(outDir, cwd);
  const result = buildData({
    dataDir: resolve(cwd, values.data),
    outDir,
    displayRoot: cwd,
    dryRun: values['dry-run'],
  });
  if (!result.ok) {
    for (const v of result.violations) out.error(`${v.file}: ${v.path}: ${v.message}`);
    const files = new Set(result.violations.map((v) => v.file)).size;
    out.error(
      `\n${plural(result.violations.length, 'violation')} in ${plural(files, 'file')}; ` +
        `nothing written (${outName} left as it was).`,
    );
    return 1;
  }
  report(result, out, outName, values['dry-run']);
  return 0;
}
