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
import { afterEach, describe, expect, it } from 'vitest';
import type { Evaluation } from '@/domain/contract/evaluation-schema';
import { frameworkGoals, frameworkSchema } from '@/domain/contract/framework-schema';
import { STATE_CODES } from '@/domain/format/jurisdictions';
import { validateEvaluation } from '@/domain/contract/validate-evaluation';
import { formatJson } from '../../../../scripts/lib/json-file';
import { parseArgs, runDemoData } from '../../../../scripts/demo-data/cli';
import { DEMO_SOURCE, generateDemo } from '../../../../scripts/demo-data/generate-demo';
import { outputDirProblem } from '../../../../scripts/demo-data/output-dir';
import { hashSeed, mulberry32 } from '../../../../scripts/demo-data/prng';

const root = join(import.meta.dirname, '../../../..');
const framework = frameworkSchema.parse(
  JSON.parse(readFileSync(join(root, 'data/frameworks/shared-hope-2022.json'), 'utf8')),
);
const options = { seed: 7, editions: framework.editions, states: STATE_CODES };
const files = generateDemo(framework, options);
const serialised = (list: typeof files) => list.map((f) => formatJson(f.value)).join('');

describe('prng', () => {
  it('is deterministic and in [0, 1)', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const values = Array.from({ length: 1000 }, () => a());
    expect(values).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
    expect(mulberry32(43)()).not.toBe(mulberry32(42)());
    expect(hashSeed(1, 'CT')).toBe(hashSeed(1, 'CT'));
    expect(hashSeed(1, 'CT')).not.toBe(hashSeed(1, 'MA'));
  });
});

describe('generateDemo', () => {
  it('gives identical output for the same seed and different output for another', () => {
    expect(serialised(generateDemo(framework, options))).toBe(serialised(files));
    expect(serialised(generateDemo(framework, { ...options, seed: 8 }))).not.toBe(
      serialised(files),
    );
  });

  it('writes 51 states x 3 editions, each valid and synthetic', () => {
    expect(files).toHaveLength(153);
    for (const year of [2021, 2022, 2023]) {
      expect(files.filter((f) => f.year === year).map((f) => f.state)).toEqual([...STATE_CODES]);
    }
    for (const file of files) {
      const result = validateEvaluation(file.value, framework, {
        state: file.state,
        year: file.year,
        synthetic: true,
      });
      expect(result.violations).toEqual([]);
      expect(file.value.synthetic).toBe(true);
      expect(file.value.asOf).toBe(`${file.year}-08-01`);
      expect(file.value.sources).toEqual([DEMO_SOURCE]);
      expect(file.value.published?.note).toMatch(/^Synthetic/);
      expect(file.value.published?.sources).toEqual([DEMO_SOURCE]);
      expect(file.path).toBe(`evaluations/${file.year}/${file.state}.json`);
    }
  });

  it('gives every goal a status, with a small share not evaluated, and typed facts on 2.9, 4.6, 5.3', () => {
    const ids = frameworkGoals(framework).map((g) => g.id);
    let notEvaluated = 0;
    let total = 0;
    for (const { value } of files) {
      expect(value.goals.map((g) => g.id)).toEqual(ids);
      for (const g of value.goals) {
        total += 1;
        if (g.status === 'not-evaluated') notEvaluated += 1;
        else {
          expect(g.summary).toMatch(/^Synthetic placeholder: /);
          expect(g.analysis?.[0]).toMatchObject({ type: 'paragraph' });
          expect(g.statutes?.length).toBeGreaterThan(0);
        }
        if (g.status === 'partial' || g.status === 'does-not-meet') {
          expect(g.recommendations?.[0]?.id).toBe(`${g.id}.1`);
        }
      }
      const goal = (id: string) => value.goals.find((g) => g.id === id);
      expect(goal('2.9')?.facts?.juvenileJurisdiction?.basis).toBe('synthetic');
      expect(goal('4.6')?.facts?.statuteOfLimitations?.basis).toBe('synthetic');
      expect(goal('5.3')?.facts?.victimProtections?.basis).toBe('synthetic');
    }
    expect(notEvaluated / total).toBeGreaterThan(0.01);
    expect(notEvaluated / total).toBeLessThan(0.1);
    const minAges = files.map(
      (f) => f.value.goals.find((g) => g.id === '2.9')?.facts?.juvenileJurisdiction?.minAge,
    );
    expect(minAges).toContain(null);
    expect(minAges.some((m) => typeof m === 'number')).toBe(true);
  });

  it('drifts between editions, mostly towards meeting the goals', () => {
    const meets = (year: number) =>
      files
        .filter((f) => f.year === year)
        .flatMap((f) => f.value.goals)
        .filter((g) => g.status === 'meets').length;
    expect(meets(2022)).toBeGreaterThan(meets(2021));
    expect(meets(2023)).toBeGreaterThan(meets(2022));
    const statuses = (year: number, state: string) =>
      files.find((f) => f.year === year && f.state === state)?.value.goals.map((g) => g.status);
    const changed = STATE_CODES.filter(
      (s) => JSON.stringify(statuses(2021, s)) !== JSON.stringify(statuses(2022, s)),
    );
    expect(changed.length).toBeGreaterThan(40);
  });

  it('cites only fictional "Demo Code" sections, never a real code', () => {
    const text = serialised(files);
    expect(text).not.toMatch(
      /Gen\. Stat\.|Conn\.|U\.S\.C\.|Rev\. Stat|Ann\. Code|Penal Code|C\.R\.S\./,
    );
    for (const { value } of files) {
      const statutes = [
        ...value.goals.flatMap((g) => g.statutes ?? []),
        ...(value.appendix ?? []).flatMap((s) => s.entries.map((e) => e.statute)),
      ];
      for (const s of statutes) {
        expect(s.citation).toMatch(/^Demo Code § \d+-\d+$/);
        expect(s.id).toMatch(new RegExp(`^${value.state} DEMO `));
      }
    }
  });

  it('keeps a state the same when generating a subset', () => {
    const subset = generateDemo(framework, { seed: 7, editions: [2022], states: ['CT', 'MA'] });
    const full = files.find((f) => f.year === 2022 && f.state === 'CT')?.value;
    const ct = subset.find((f) => f.state === 'CT')?.value;
    expect(ct?.goals).toEqual(full?.goals);
    expect(subset).toHaveLength(2);
  });

  it('rejects an edition the framework does not have', () => {
    expect(() => generateDemo(framework, { ...options, editions: [2019] })).toThrow(
      /2019 is not an edition/,
    );
  });
});

describe('output folder guard', () => {
  it('refuses the real dataset and any data/evaluations folder', () => {
    const real = join(root, 'data/evaluations');
    expect(outputDirProblem(real, [real])).toMatch(/real dataset/);
    expect(outputDirProblem(join(real, '2022'), [real])).toMatch(/real dataset/);
    expect(outputDirProblem('/tmp/copy/data/evaluations', [real])).toMatch(/data\/evaluations/);
    expect(outputDirProblem(join(root, 'data/demo/evaluations'), [real])).toBeNull();
  });
});

describe('demo-data command', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });
  const temp = () => {
    const dir = mkdtempSync(join(tmpdir(), 'statewise-demo-'));
    dirs.push(dir);
    return dir;
  };
  const run = (argv: string[]) => runDemoData({ ...parseArgs(argv), dataDir: join(root, 'data') });

  it('refuses to write into data/evaluations, writing nothing', () => {
    const before = existsSync(join(root, 'data/evaluations'))
      ? readdirSync(join(root, 'data/evaluations'), { recursive: true }).length
      : 0;
    for (const out of [
      join(root, 'data'),
      join(root, 'data/evaluations'),
      join(root, 'data/evaluations/2022'),
    ]) {
      const result = run(['--out', out, '--states', '2']);
      expect(result.ok).toBe(false);
      expect(result.lines[0]).toMatch(/^error: refusing to write demo data into/);
      expect(result.written).toEqual([]);
    }
    const after = existsSync(join(root, 'data/evaluations'))
      ? readdirSync(join(root, 'data/evaluations'), { recursive: true }).length
      : 0;
    expect(after).toBe(before);
    const copy = temp();
    expect(run(['--out', join(copy, 'data')]).ok).toBe(false);
    expect(existsSync(join(copy, 'data'))).toBe(false);
  });

  it('writes the dataset, identically on a second run, and removes stale synthetic files', () => {
    const out = temp();
    const first = run(['--out', out, '--seed', '3']);
    expect(first.ok).toBe(true);
    expect(first.written).toHaveLength(153);
    const read = () =>
      [2021, 2022, 2023].flatMap((y) =>
        readdirSync(join(out, 'evaluations', String(y)))
          .sort()
          .map((n) => readFileSync(join(out, 'evaluations', String(y), n), 'utf8')),
      );
    const once = read();
    expect(once).toHaveLength(153);
    expect(run(['--out', out, '--seed', '3']).ok).toBe(true);
    expect(read()).toEqual(once);
    expect((JSON.parse(once[0] ?? '{}') as Evaluation).synthetic).toBe(true);

    const keep = join(out, 'evaluations/2022/notes.txt');
    mkdirSync(join(out, 'evaluations/2022'), { recursive: true });
    writeFileSync(keep, 'not a demo file');
    const small = run(['--out', out, '--seed', '3', '--states', 'CT,MA', '--editions', '2022']);
    expect(small.ok).toBe(true);
    expect(readdirSync(join(out, 'evaluations/2022')).sort()).toEqual([
      'CT.json',
      'MA.json',
      'notes.txt',
    ]);
  });

  it('parses its options', () => {
    expect(parseArgs([])).toMatchObject({ out: join('data', 'demo'), editions: null });
    expect(parseArgs(['--states', '3']).states).toEqual(['AL', 'AK', 'AZ']);
    expect(parseArgs(['--editions', '2021,2023']).editions).toEqual([2021, 2023]);
    expect(() => parseArgs(['--states', '60'])).toThrow(/1 to 51/);
    expect(() => parseArgs(['--states', 'CT,ZZ'])).toThrow(/ZZ/);
    expect(() => parseArgs(['--seed', 'abc'])).toThrow(/--seed/);
    expect(() => parseArgs(['--bogus', '1'])).toThrow(/unknown argument/);
  });
});
