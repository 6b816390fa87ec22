import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { evaluationSchema } from '@/domain/contract/evaluation-file-schema';
import type { Evaluation } from '@/domain/contract/evaluation-schema';
import { frameworkSchema } from '@/domain/contract/framework-schema';
import { safeParseData, zodViolations } from '@/domain/contract/schema-messages';
import { formatJson, readJsonFile, writeFileAtomic } from '../lib/json-file';
import { decodeReport, IngestError, ingestReport, type IngestReport } from './ingest';
import { overridesSchema, type Overrides } from './overrides';

const USAGE = `Usage: npm run ingest -- <report.txt> --state CT --year 2022 --out data/evaluations/2022/CT.json
Options:
  --state <CODE>        USPS code of the state the report covers (required)
  --year <YYYY>         report card edition (required; one of the framework's editions)
  --out <file>          evaluation file to write (required unless --dry-run)
  --framework <file>    framework file (default data/frameworks/shared-hope-2022.json)
  --overrides <file>    reviewed statuses (default data/overrides/<CODE>-<YYYY>.json if it exists)
  --allow-partial       write goals missing from the report as not-evaluated
  --as-of <YYYY-MM-DD>  date of the laws evaluated, when the report does not state it
  --source-url <url>    address of the published report
  --dry-run             print the summary and write nothing
  --statuses            also print each goal's proposed status and the reason`;

/** Where the CLI prints: the process's streams, or a test's capture. */
export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
}

const processIo: CliIo = {
  out: (line) => console.log(line),
  err: (line) => console.error(line),
};

/** Ends a run with an exit code; thrown by `fail`, caught by runIngestCli. */
class CliExit {
  constructor(readonly code: number) {}
}

let io: CliIo = processIo;

function fail(lines: string[]): never {
  io.err('Ingest failed; nothing was written.');
  for (const l of lines) io.err(`  - ${l}`);
  throw new CliExit(1);
}

function printReport(report: IngestReport, out: string | undefined, showStatuses: boolean) {
  const count = (s: string) => report.statuses.filter((g) => g.status === s).length;
  const overridden = report.statuses.filter((g) => g.overridden);
  const lines = [
    out ? `Wrote ${out}` : 'Dry run: nothing written',
    `  goals:            ${report.goalsFound} found${report.goalsMissing.length ? `, missing (written as not-evaluated): ${report.goalsMissing.join(', ')}` : ''}`,
    `  recommendations:  ${report.recommendations}`,
    `  footnotes:        ${report.footnotes.total} (introduction ${report.footnotes.intro}, goals ${report.footnotes.goals}, appendix ${report.footnotes.appendix})`,
    `  tables:           ${report.tables.map((t) => `${t.goal} (${t.columns} columns; rows ${t.rows.join(', ')})`).join('; ') || 'none'}`,
    `  statutes:         ${report.statutes.distinct} distinct sections, ${report.statutes.citations} citations`,
    `  extra credit:     ${report.extraCredit.map((e) => `${e.goal} (${e.notes})`).join(', ') || 'none'}`,
    `  appendix:         ${report.appendix.sections} sections, ${report.appendix.offences} offences`,
    `  typed facts:      ${report.facts.join(', ') || 'none'}`,
    `  statuses:         meets ${count('meets')}, partial ${count('partial')}, does not meet ${count('does-not-meet')}, not evaluated ${count('not-evaluated')}`,
    `  overrides:        ${overridden.length ? overridden.map((g) => `${g.id} ${g.proposed} → ${g.status}`).join(', ') : 'none'}`,
  ];
  if (showStatuses) {
    lines.push('  proposed statuses:');
    for (const g of report.statuses) {
      lines.push(
        `    ${g.id.padEnd(5)} ${g.proposed.padEnd(14)} ${g.overridden ? `→ ${g.status} (override) ` : ''}${g.reason}`,
      );
    }
  }
  if (report.warnings.length) {
    lines.push(`  warnings (${report.warnings.length}):`);
    for (const w of report.warnings) lines.push(`    - ${w}`);
  }
  io.out(lines.join('\n'));
}

/**
 * Runs the ingest on command-line arguments and returns the exit code: 0 after writing a valid
 * file (or a dry run), 1 with the problems on `err`. Never throws: an unexpected fault is reported
 * in one line, like any other, without a stack trace.
 */
export function runIngestCli(argv: string[], streams: CliIo = processIo): number {
  io = streams;
  try {
    main(argv);
    return 0;
  } catch (e) {
    if (e instanceof CliExit) return e.code;
    io.err('Ingest failed; nothing was written.');
    io.err(`  - unexpected error: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  } finally {
    io = processIo;
  }
}

function main(argv: string[]) {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        state: { type: 'string' },
        year: { type: 'string' },
        out: { type: 'string' },
        framework: { type: 'string', default: 'data/frameworks/shared-hope-2022.json' },
        overrides: { type: 'string' },
        'allow-partial': { type: 'boolean', default: false },
        'as-of': { type: 'string' },
        'source-url': { type: 'string' },
        'dry-run': { type: 'boolean', default: false },
        statuses: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    });
  } catch (e) {
    fail([(e as Error).message, USAGE]);
  }
  const { values, positionals } = args;
  if (values.help) {
    io.out(USAGE);
    return;
  }
  const problems: string[] = [];
  if (positionals.length !== 1) problems.push('give exactly one report file');
  if (!values.state) problems.push('--state is required');
  if (!values.year) problems.push('--year is required');
  if (!values.out && !values['dry-run']) problems.push('--out is required');
  const year = Number(values.year);
  if (values.year && !/^\d{4}$/.test(values.year)) problems.push(`unknown year "${values.year}"`);
  if (values['as-of'] && !/^\d{4}-\d{2}-\d{2}$/.test(values['as-of'])) {
    problems.push('--as-of must be YYYY-MM-DD');
  }
  if (problems.length) fail([...problems, USAGE]);
  const state = values.state!.toUpperCase();
  const reportPath = positionals[0]!;

  let bytes: Uint8Array;
  try {
    bytes = readFileSync(reportPath);
  } catch {
    fail([`cannot read ${reportPath}`]);
  }

  const frameworkParsed = frameworkSchema.safeParse(safeRead(values.framework!));
  if (!frameworkParsed.success) fail([`${values.framework} is not a valid framework file`]);

  const overridesPath =
    values.overrides ?? join('data', 'overrides', `${state}-${values.year}.json`);
  let overrides: Overrides | undefined;
  if (values.overrides || existsSync(overridesPath)) {
    const parsed = safeParseData(overridesSchema, safeRead(overridesPath));
    if (!parsed.success) {
      fail([
        `${overridesPath} is not a valid overrides file: ${zodViolations(parsed.error)
          .map((v) => `${v.path}: ${v.message}`)
          .join('; ')}`,
      ]);
    }
    if (parsed.data.state !== state || parsed.data.year !== year) {
      fail([
        `${overridesPath} is for ${parsed.data.state} ${parsed.data.year}, not ${state} ${year}`,
      ]);
    }
    overrides = parsed.data;
  }

  // Fields the reference import owns (published grades, reference facts) survive a re-ingest.
  let existing: Evaluation | undefined;
  if (values.out && existsSync(values.out)) {
    const parsed = evaluationSchema.safeParse(safeRead(values.out));
    if (parsed.success && parsed.data.state === state && parsed.data.year === year)
      existing = parsed.data;
  }

  try {
    const text = decodeReport(bytes);
    const { evaluation, report } = ingestReport(text, {
      state,
      year,
      framework: frameworkParsed.data,
      ...(overrides ? { overrides } : {}),
      allowPartial: values['allow-partial'],
      ...(values['as-of'] ? { asOf: values['as-of'] } : {}),
      ...(values['source-url'] ? { sourceUrl: values['source-url'] } : {}),
      ...(existing ? { existing } : {}),
    });
    if (values.out && !values['dry-run']) {
      const expected = `${state}.json`;
      if (
        basename(values.out) !== expected ||
        basename(dirname(resolve(values.out))) !== String(year)
      ) {
        io.err(`note: the data build expects evaluations at data/evaluations/${year}/${expected}`);
      }
      writeFileAtomic(values.out, formatJson(evaluation));
    }
    printReport(report, values['dry-run'] ? undefined : values.out, values.statuses);
  } catch (e) {
    if (e instanceof CliExit) throw e;
    if (e instanceof IngestError) fail(e.problems);
    fail([`unexpected error: ${(e as Error).message}`]);
  }
}

function safeRead(path: string): unknown {
  try {
    return readJsonFile(path);
  } catch (e) {
    fail([`cannot read ${path}: ${(e as Error).message}`]);
  }
}
