import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { frameworkSchema } from '@/domain/contract/framework-schema';
import { validateEvaluation } from '@/domain/contract/validate-evaluation';
import { intBetween, mulberry32, type Random } from '../../../../scripts/demo-data/prng';
import { decodeReport, IngestError, ingestReport } from '../../../../scripts/ingest/ingest';
import { overridesSchema } from '../../../../scripts/ingest/overrides';
import { runIngestCli } from '../../../../scripts/ingest/run-cli';
import { quoteForMessage } from '../../../../scripts/ingest/text';
import { formatJson } from '../../../../scripts/lib/json-file';

/*
 * Ingest fuzz: the seed report mutated at random — lines dropped, duplicated and
 * shuffled, the file cut at a random byte, random bytes inserted, and mixes of these. For each
 * mutant the ingest must either produce an evaluation that validates, or refuse with problems
 * written for a person; never throw anything else, never write an invalid or partial file.
 *
 * Seeded and bounded: FUZZ_SEED and FUZZ_RUNS change the run; a failure names the mutant's seed,
 * and `FUZZ_SEED=<seed> FUZZ_RUNS=1` replays exactly that mutant.
 */

const BASE_SEED = Number(process.env.FUZZ_SEED ?? 20_221_127);
const RUNS = Number(process.env.FUZZ_RUNS ?? 150);
// Every CLI_EVERY-th mutant also goes through the CLI's entry in-process (files on disk).
const CLI_EVERY = 10;

const framework = frameworkSchema.parse(
  JSON.parse(readFileSync('data/frameworks/shared-hope-2022.json', 'utf8')),
);
const seedBytes = readFileSync('data/sources/CT-2022.txt');
const seedLines = seedBytes.toString('utf8').split('\n');
// The reviewed statuses the CLI applies by default (data/overrides/CT-2022.json), as it does.
const overrides = overridesSchema.parse(
  JSON.parse(readFileSync('data/overrides/CT-2022.json', 'utf8')),
);
const options = { state: 'CT', year: 2022, framework, overrides };

const work = mkdtempSync(join(tmpdir(), 'ingest-fuzz-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

type Mutation = (random: Random, lines: string[]) => string[];

const LINE_MUTATIONS: Record<string, Mutation> = {
  drop: (random, lines) => {
    const out = [...lines];
    for (let n = intBetween(random, 1, 40); n > 0 && out.length > 0; n -= 1) {
      out.splice(intBetween(random, 0, out.length - 1), intBetween(random, 1, 5));
    }
    return out;
  },
  duplicate: (random, lines) => {
    const out = [...lines];
    for (let n = intBetween(random, 1, 30); n > 0; n -= 1) {
      const at = intBetween(random, 0, out.length - 1);
      out.splice(at, 0, ...out.slice(at, at + intBetween(random, 1, 8)));
    }
    return out;
  },
  shuffle: (random, lines) => {
    const out = [...lines];
    // Shuffles a window (a section's lines out of order) or swaps lines across the file.
    const start = intBetween(random, 0, out.length - 1);
    const end = Math.min(out.length, start + intBetween(random, 2, 80));
    for (let i = end - 1; i > start; i -= 1) {
      const j = intBetween(random, start, i);
      [out[i], out[j]] = [out[j]!, out[i]!];
    }
    for (let n = intBetween(random, 0, 10); n > 0; n -= 1) {
      const i = intBetween(random, 0, out.length - 1);
      const j = intBetween(random, 0, out.length - 1);
      [out[i], out[j]] = [out[j]!, out[i]!];
    }
    return out;
  },
};

const TEXT_NOISE = [
  '*',
  '**',
  '#',
  '|',
  '\n',
  '\n\n',
  '1.',
  '2.9',
  'Policy Goal ',
  '§ ',
  '[1]',
  '\u00a0',
  '\u0007',
  '\t',
  'é',
  '😀',
  '\u202e',
  'Recommendation',
  '\r\n',
];

type ByteMutation = (random: Random, bytes: Uint8Array) => Uint8Array;

const BYTE_MUTATIONS: Record<string, ByteMutation> = {
  // Cuts anywhere, also inside a multi-byte character.
  truncate: (random, bytes) => bytes.slice(0, intBetween(random, 0, bytes.length)),
  'random bytes': (random, bytes) => {
    const out = Array.from(bytes);
    // Mostly text that still decodes (markup, digits, non-ASCII, control characters), so the
    // parser sees it; sometimes raw bytes, which the decoder must refuse.
    const raw = random() < 0.25;
    for (let n = intBetween(random, 1, 25); n > 0; n -= 1) {
      const run = raw
        ? Array.from({ length: intBetween(random, 1, 6) }, () => intBetween(random, 0, 255))
        : Array.from(Buffer.from(TEXT_NOISE[intBetween(random, 0, TEXT_NOISE.length - 1)]!));
      out.splice(intBetween(random, 0, out.length), 0, ...run);
    }
    return Uint8Array.from(out);
  },
};

const KINDS = ['drop', 'duplicate', 'shuffle', 'truncate', 'random bytes', 'mixed'] as const;

/** One mutant of the seed report, reproducible from its seed. */
function mutant(seed: number): { bytes: Uint8Array; kind: string } {
  const random = mulberry32(seed);
  const kind = KINDS[seed % KINDS.length]!;
  const steps =
    kind === 'mixed'
      ? Array.from(
          { length: intBetween(random, 2, 4) },
          () => KINDS.filter((k) => k !== 'mixed')[intBetween(random, 0, KINDS.length - 2)]!,
        )
      : [kind];
  let lines = seedLines;
  let bytes: Uint8Array | null = null;
  for (const step of steps) {
    const lineMutation = LINE_MUTATIONS[step];
    if (lineMutation) {
      if (bytes) lines = Buffer.from(bytes).toString('utf8').split('\n');
      lines = lineMutation(random, lines);
      bytes = null;
    } else {
      bytes = BYTE_MUTATIONS[step]!(random, bytes ?? Buffer.from(lines.join('\n'), 'utf8'));
    }
  }
  return {
    bytes: bytes ?? Buffer.from(lines.join('\n'), 'utf8'),
    kind: steps.join(' + '),
  };
}

type Outcome =
  | { kind: 'written'; json: string }
  | { kind: 'refused'; problems: string[] }
  | { kind: 'crashed'; error: unknown };

/** Every other round of kinds runs with --allow-partial: more mutants get through to a file. */
const allowPartial = (seed: number) => Math.floor(seed / KINDS.length) % 2 === 1;

/** The ingest as the CLI runs it, in-process. */
function ingest(bytes: Uint8Array, seed: number): Outcome {
  try {
    const { evaluation } = ingestReport(decodeReport(bytes), {
      ...options,
      allowPartial: allowPartial(seed),
    });
    return { kind: 'written', json: formatJson(evaluation) };
  } catch (error) {
    if (error instanceof IngestError) return { kind: 'refused', problems: error.problems };
    return { kind: 'crashed', error };
  }
}

/** Problems are for a person: single lines, no stack frames. */
function expectReadableProblems(lines: string[], label: string) {
  expect(lines.length, label).toBeGreaterThan(0);
  for (const line of lines) {
    expect(line, label).not.toMatch(/\n|^\s*at \S+ \(|unexpected error/);
    expect(line.length, `${label}: ${line}`).toBeLessThan(600);
  }
}

function expectValidFile(path: string, label: string) {
  const checked = validateEvaluation(JSON.parse(readFileSync(path, 'utf8')), framework, {
    state: 'CT',
    year: 2022,
    synthetic: false,
  });
  expect(checked.violations, label).toEqual([]);
}

describe('ingest fuzz: mutants of the seed report', () => {
  // About 2-4 s for 150 mutants; the timeout only leaves room for larger FUZZ_RUNS.
  it(
    `writes a valid evaluation or refuses with a message, for ${RUNS} mutants (seed ${BASE_SEED})`,
    {
      timeout: 600_000,
    },
    () => {
      const tally: Record<string, { written: number; refused: number }> = {};
      for (let i = 0; i < RUNS; i += 1) {
        const seed = BASE_SEED + i;
        const { bytes, kind } = mutant(seed);
        const label = `mutant FUZZ_SEED=${seed} FUZZ_RUNS=1 (${kind})`;
        const outcome = ingest(bytes, seed);
        if (outcome.kind === 'crashed') {
          const error = outcome.error;
          throw new Error(
            `${label}: the ingest crashed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
          );
        }
        if (outcome.kind === 'written') {
          const checked = validateEvaluation(JSON.parse(outcome.json), framework, {
            state: 'CT',
            year: 2022,
            synthetic: false,
          });
          expect(checked.violations, label).toEqual([]);
        } else {
          expectReadableProblems(outcome.problems, label);
        }
        if (process.env.FUZZ_VERBOSE) {
          console.log(
            seed,
            kind,
            outcome.kind === 'refused' ? outcome.problems.slice(0, 2) : 'written',
          );
        }
        const t = (tally[kind.includes('+') ? 'mixed' : kind] ??= { written: 0, refused: 0 });
        t[outcome.kind] += 1;

        if (i % CLI_EVERY === 0) {
          // Through the CLI's own entry: exit code, messages, and the file on disk (or none).
          const dir = join(work, String(seed));
          const input = join(dir, 'report.txt');
          const out = join(dir, '2022', 'CT.json');
          rmSync(dir, { recursive: true, force: true });
          const lines = { out: [] as string[], err: [] as string[] };
          mkdirSync(dir, { recursive: true });
          writeFileSync(input, bytes);
          const args = [input, '--state', 'CT', '--year', '2022', '--out', out];
          const code = runIngestCli([...args, ...(allowPartial(seed) ? ['--allow-partial'] : [])], {
            out: (l) => lines.out.push(l),
            err: (l) => lines.err.push(l),
          });
          expect(code, label).toBe(outcome.kind === 'written' ? 0 : 1);
          if (code === 0) {
            expectValidFile(out, label);
            expect(lines.out.join('\n'), label).toMatch(/^Wrote /);
          } else {
            expect(existsSync(out), `${label}: no file after a refusal`).toBe(false);
            expect(lines.err[0], label).toBe('Ingest failed; nothing was written.');
            expectReadableProblems(lines.err.slice(1), label);
          }
          // No temporary file is left behind either way.
          const left = existsSync(join(dir, '2022')) ? readdirSync(join(dir, '2022')) : [];
          expect(left, label).toEqual(code === 0 ? ['CT.json'] : []);
        }
      }
      // The mutations must exercise both outcomes, or the fuzz tests little.
      const totals = Object.values(tally).reduce(
        (sum, t) => ({ written: sum.written + t.written, refused: sum.refused + t.refused }),
        { written: 0, refused: 0 },
      );
      if (RUNS >= 50) {
        expect(totals.written, JSON.stringify(tally)).toBeGreaterThan(0);
        expect(totals.refused, JSON.stringify(tally)).toBeGreaterThan(0);
      }
      console.log(`ingest fuzz (seed ${BASE_SEED}, ${RUNS} mutants):`, JSON.stringify(tally));
    },
  );

  // One tsx process per mutant: seconds each on a loaded machine (a timeout, not a budget).
  it(
    'answers mutants through the real command line: exit code and a message, no stack trace',
    { timeout: 120_000 },
    () => {
      // Three kinds that the in-process run above sees refused or written; one process each.
      for (const seed of [BASE_SEED + 3, BASE_SEED + 4, BASE_SEED + 2]) {
        const { bytes, kind } = mutant(seed);
        const label = `mutant FUZZ_SEED=${seed} FUZZ_RUNS=1 (${kind})`;
        const dir = mkdtempSync(join(work, 'cli-'));
        const input = join(dir, 'report.txt');
        const out = join(dir, '2022', 'CT.json');
        writeFileSync(input, bytes);
        const run = spawnSync(
          'npx',
          [
            'tsx',
            'scripts/ingest/cli.ts',
            input,
            '--state',
            'CT',
            '--year',
            '2022',
            '--out',
            out,
            ...(allowPartial(seed) ? ['--allow-partial'] : []),
          ],
          { encoding: 'utf8' },
        );
        const expected = ingest(bytes, seed);
        expect(run.status, `${label}\n${run.stderr}`).toBe(expected.kind === 'written' ? 0 : 1);
        expect(run.stderr, label).not.toMatch(/^\s+at /m);
        if (run.status === 0) {
          expectValidFile(out, label);
        } else {
          expect(run.stderr.split('\n')[0], label).toBe('Ingest failed; nothing was written.');
          expect(existsSync(out), label).toBe(false);
        }
      }
    },
  );
});

describe('ingest messages quote report text safely', () => {
  // Found by the fuzz (FUZZ_SEED=500, a shuffle): a problem quoted a whole 600-character
  // statute as a table row label. Quotes are now short, and control characters visible.
  it('shortens long text and shows control and direction characters as escapes', () => {
    expect(quoteForMessage('x'.repeat(500))).toBe(`"${'x'.repeat(79)}…"`);
    expect(quoteForMessage('a\u0007b\u202ec\td')).toBe('"a\\u0007b\\u202ec\\u0009d"');
    expect(quoteForMessage('2.9 Juvenile court')).toBe('"2.9 Juvenile court"');
  });
});
