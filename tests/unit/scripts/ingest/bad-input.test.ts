import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { frameworkSchema } from '@/domain/contract/framework-schema';
import { validateEvaluation } from '@/domain/contract/validate-evaluation';
import { decodeReport, IngestError, ingestReport } from '../../../../scripts/ingest/ingest';
import { splitUnits } from '../../../../scripts/ingest/units';

const framework = frameworkSchema.parse(
  JSON.parse(readFileSync('data/frameworks/shared-hope-2022.json', 'utf8')),
);
const seed = readFileSync('data/sources/CT-2022.txt', 'utf8');
const options = { state: 'CT', year: 2022, framework };

function problemsOf(run: () => unknown): string[] {
  try {
    run();
  } catch (e) {
    if (e instanceof IngestError) return e.problems;
    throw e;
  }
  throw new Error('expected the ingest to fail');
}

/** Removes one goal's section, from its heading to the next goal heading. */
function withoutGoal(text: string, id: string): string {
  const lines = text.split('\n');
  const start = lines.findIndex(
    (l) => l.includes(`Policy Goal ${id}*`) || l.includes(`Policy Goal ${id} `),
  );
  const end = lines.findIndex(
    (l, i) => i > start && /Policy Goal \d+\.\d+/.test(l) && /^(\*\*|#)/.test(l),
  );
  return [...lines.slice(0, start), ...lines.slice(end)].join('\n');
}

describe('ingest: input it cannot trust', () => {
  it('rejects an empty, blank, binary or non-UTF-8 file', () => {
    expect(problemsOf(() => decodeReport(new Uint8Array()))).toEqual(['the report is empty']);
    expect(problemsOf(() => decodeReport(new TextEncoder().encode(' \n\n\t ')))[0]).toMatch(
      /only whitespace/,
    );
    expect(
      problemsOf(() => decodeReport(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1]))),
    ).toEqual([expect.stringMatching(/binary file/)]);
    expect(problemsOf(() => decodeReport(Uint8Array.from([0x66, 0xff, 0xfe, 0x41])))).toEqual([
      'the report is not UTF-8 text',
    ]);
  });

  it('rejects text that has no policy goals', () => {
    expect(
      problemsOf(() => ingestReport('Connecticut has laws.\n\nNothing else.', options))[0],
    ).toMatch(/no policy goals found/);
  });

  it('names the goals a report is missing', () => {
    const partial = withoutGoal(withoutGoal(seed, '3.4'), '6.6');
    const problems = problemsOf(() => ingestReport(partial, options));
    expect(problems.join('\n')).toMatch(/missing 2 goal\(s\): 3\.4, 6\.6/);
  });

  it('writes missing goals as not-evaluated with --allow-partial', () => {
    const partial = withoutGoal(seed, '3.4');
    const { evaluation, report } = ingestReport(partial, { ...options, allowPartial: true });
    expect(report.goalsMissing).toEqual(['3.4']);
    const g = evaluation.goals.find((x) => x.id === '3.4');
    expect(g).toEqual({ id: '3.4', title: expect.any(String), status: 'not-evaluated' });
    expect(validateEvaluation(evaluation, framework, { state: 'CT', year: 2022 }).ok).toBe(true);
  });

  it('rejects a goal that appears twice, naming both lines', () => {
    const doubled = seed.replace(
      '**Policy Goal 1.6**',
      '**Policy Goal 1.5** Use of a law enforcement decoy is not an available defense.\n\nDuplicate text.\n\n**Policy Goal 1.6**',
    );
    expect(problemsOf(() => ingestReport(doubled, options)).join('\n')).toMatch(
      /Policy Goal 1\.5 appears twice \(also line \d+\)/,
    );
  });

  it('rejects a goal the framework does not have', () => {
    const extra = `${seed}\n\n**Policy Goal 7.1** A goal from another framework.\n\nText.\n`;
    expect(problemsOf(() => ingestReport(extra, options)).join('\n')).toMatch(/7\.1 is not a goal/);
  });

  it('rejects an unknown state code, an unknown year, and a report about another state', () => {
    expect(problemsOf(() => ingestReport(seed, { ...options, state: 'XX' }))).toEqual([
      'unknown state code "XX"',
    ]);
    expect(problemsOf(() => ingestReport(seed, { ...options, year: 1999 }))[0]).toMatch(
      /unknown year 1999/,
    );
    expect(problemsOf(() => ingestReport(seed, { ...options, state: 'TX' }))[0]).toMatch(
      /never mentions Texas/,
    );
  });

  it('rejects a recommendation filed under the wrong goal, and a footnote defined twice', () => {
    const wrongRec = seed.replace('1.6.1 Recommendation:', '2.6.9 Recommendation:');
    expect(problemsOf(() => ingestReport(wrongRec, options)).join('\n')).toMatch(
      /recommendation 2\.6\.9 appears under Policy Goal 1\.6/,
    );
    const twice = seed.replace('<sup>12</sup> Pursuant', '<sup>11</sup> Pursuant');
    expect(problemsOf(() => ingestReport(twice, options)).join('\n')).toMatch(
      /footnote 11 is defined twice/,
    );
  });

  it('keeps markup and script in a report as inert text', () => {
    const hostile = seed.replace(
      'Connecticut’s trafficking law does not expressly allow for business entity liability.',
      'Connecticut’s law <script>alert("x")</script> does not allow <img src=x onerror=alert(1)> [link](javascript:alert(1)) liability.',
    );
    const { evaluation } = ingestReport(hostile, options);
    const g = evaluation.goals.find((x) => x.id === '1.6')!;
    const first = g.analysis?.[0];
    expect(first?.type === 'paragraph' && first.text).toBe(
      'Connecticut’s law <script>alert("x")</script> does not allow <img src=x onerror=alert(1)> [link](javascript:alert(1)) liability.',
    );
  });
});

describe('ingest: the irregular formats of converted reports', () => {
  it('recognises every goal heading variant and recommendation form', () => {
    const units = splitUnits(
      [
        '**Policy Goal 1.1** Title on the line.',
        '',
        '### **Policy Goal 4.1** Bold inside a heading.',
        '',
        '### Policy Goal 4.5 Plain heading.',
        '',
        '**Policy Goal 5.3**',
        '',
        'Title on the next line.',
        '',
        '- 1.4.1 Recommendation: With a dash.',
        '',
        '1.6.1 Recommendation: Without one.',
        '',
        'See Policy Goal 1.1 for more: prose, not a heading.',
      ].join('\n'),
    );
    expect(units.map((u) => u.kind)).toEqual([
      'goal',
      'goal',
      'goal',
      'goal',
      'paragraph',
      'recommendation',
      'recommendation',
      'paragraph',
    ]);
    expect(units.slice(0, 4).map((u) => (u.kind === 'goal' ? [u.id, u.title] : null))).toEqual([
      ['1.1', 'Title on the line.'],
      ['4.1', 'Bold inside a heading.'],
      ['4.5', 'Plain heading.'],
      ['5.3', ''],
    ]);
  });
});

describe('ingest command line', () => {
  const dir = mkdtempSync(join(tmpdir(), 'statewise-ingest-'));
  const run = (args: string[]) =>
    spawnSync('npx', ['tsx', 'scripts/ingest/cli.ts', ...args], { encoding: 'utf8' });

  it('writes nothing and exits 1 with a clear message on a bad report', () => {
    const bad = join(dir, 'empty.txt');
    const out = join(dir, 'CT.json');
    writeFileSync(bad, '');
    const result = run([bad, '--state', 'CT', '--year', '2022', '--out', out]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Ingest failed; nothing was written.');
    expect(result.stderr).toContain('the report is empty');
    expect(result.stderr).not.toMatch(/at .*\.ts:\d+/); // no stack trace
    expect(existsSync(out)).toBe(false);
  });

  it('ingests the seed and prints its summary', () => {
    const out = join(dir, '2022', 'CT.json');
    const stdout = execFileSync(
      'npx',
      [
        'tsx',
        'scripts/ingest/cli.ts',
        'data/sources/CT-2022.txt',
        '--state',
        'CT',
        '--year',
        '2022',
        '--out',
        out,
      ],
      { encoding: 'utf8' },
    );
    expect(stdout).toContain('goals:            40 found');
    expect(stdout).toContain('recommendations:  32');
    expect(stdout).toMatch(/footnotes: +18 /);
    expect(existsSync(out)).toBe(true);
  });
});
