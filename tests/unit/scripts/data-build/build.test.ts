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
import { dirname, join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Evaluation } from '@/domain/contract/evaluation-schema';
import { editionSummarySchema, manifestSchema } from '@/domain/contract/summary-schema';
import { validateEvaluation } from '@/domain/contract/validate-evaluation';
import { buildData, shortHash } from '../../../../scripts/data-build/build';
import { jsonSchemaFiles } from '../../../../scripts/data-build/json-schemas';
import { runDataBuild } from '../../../../scripts/data-build/run';
import { FRAMEWORK_FILE, loadFramework, makeEvaluation } from '../../fixtures/evaluation-fixture';

const framework = loadFramework();
const temps: string[] = [];

afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function writeJson(path: string, value: unknown): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);
}

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8'));
}

/** A temp project: data/ with a small real and demo dataset, and an empty out/ to build into. */
function fixture(options: { demo?: boolean } = {}) {
  const root = mkdtempSync(join(tmpdir(), 'statewise-data-'));
  temps.push(root);
  const data = join(root, 'data');
  const out = join(root, 'out');
  mkdirSync(join(data, 'frameworks'), { recursive: true });
  writeFileSync(join(data, 'frameworks', 'shared-hope-2022.json'), readFileSync(FRAMEWORK_FILE));
  const real = (state: string, year: number) =>
    join(data, 'evaluations', String(year), `${state}.json`);
  const demo = (state: string, year: number) =>
    join(data, 'demo', 'evaluations', String(year), `${state}.json`);
  writeJson(
    real('CT', 2022),
    makeEvaluation(framework, { state: 'CT', statuses: { '1.1': 'meets', '2.9': 'partial' } }),
  );
  writeJson(real('MA', 2022), makeEvaluation(framework, { state: 'MA', facts: false }));
  writeJson(real('FL', 2021), makeEvaluation(framework, { state: 'FL', year: 2021, facts: false }));
  if (options.demo !== false) {
    for (const year of [2022, 2023]) {
      for (const state of ['CT', 'NY']) {
        writeJson(
          demo(state, year),
          makeEvaluation(framework, { state, year, synthetic: true, otherwise: 'partial' }),
        );
      }
    }
  }
  const edit = (path: string, change: (e: Evaluation) => void) => {
    const evaluation = readJson(path) as Evaluation;
    change(evaluation);
    writeJson(path, evaluation);
  };
  return { root, data, out, real, demo, edit };
}

/** Every file under `dir`, relative path → bytes. */
function tree(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else files.set(relative(dir, path), readFileSync(path, 'utf8'));
    }
  };
  if (existsSync(dir)) walk(dir);
  return files;
}

function run(f: ReturnType<typeof fixture>) {
  const log: string[] = [];
  const errors: string[] = [];
  const status = runDataBuild(
    ['--data', f.data, '--out', f.out],
    { log: (m) => log.push(m), error: (m) => errors.push(m) },
    f.root,
  );
  return { status, log, errors };
}

describe('data build: success', () => {
  it('writes a manifest, summaries and state files that validate', () => {
    const f = fixture();
    const { status, log } = run(f);
    expect(status).toBe(0);
    expect(log.join('\n')).toMatch(/real 2022: 2 states, 1 evaluated.*KB gzipped/);

    const manifest = manifestSchema.parse(readJson(join(f.out, 'manifest.json')));
    expect(manifest.frameworks).toEqual([
      {
        id: 'shared-hope-2022',
        path: 'frameworks/shared-hope-2022.json',
        hash: shortHash(readFileSync(join(f.out, 'frameworks/shared-hope-2022.json'), 'utf8')),
      },
    ]);
    expect(manifest.datasets.map((d) => [d.id, d.label, d.synthetic])).toEqual([
      ['real', 'Report data', false],
      ['demo', 'Synthetic demo data', true],
    ]);
    const [real, demo] = manifest.datasets;
    expect(real?.editions.map((e) => e.year)).toEqual([2021, 2022]);
    expect(real?.editions[1]).toMatchObject({
      summary: 'real/2022/summary.json',
      states: ['CT', 'MA'],
      evaluatedStates: 1,
      publishedGrades: 2,
      asOf: ['2022-08-01'],
    });
    expect(demo?.editions.map((e) => e.year)).toEqual([2022, 2023]);

    for (const dataset of manifest.datasets) {
      for (const edition of dataset.editions) {
        const text = readFileSync(join(f.out, edition.summary), 'utf8');
        expect(edition.hash).toBe(shortHash(text));
        expect(text).not.toContain('\n'); // minified
        const summary = editionSummarySchema.parse(JSON.parse(text));
        expect(summary.synthetic).toBe(dataset.synthetic);
        for (const code of edition.states) {
          const state = readJson(
            join(f.out, dataset.id, String(edition.year), 'states', `${code}.json`),
          );
          const result = validateEvaluation(state, framework, {
            state: code,
            year: edition.year,
            synthetic: dataset.synthetic,
          });
          expect(result.violations).toEqual([]);
        }
      }
    }
    const ct = editionSummarySchema
      .parse(readJson(join(f.out, 'real/2022/summary.json')))
      .states.find((s) => s.code === 'CT');
    expect(ct).toMatchObject({ evaluated: 2, score: 75 });
    expect(ct?.facts?.juvenileJurisdiction?.maxAge).toBe(17);

    // The JSON Schema copies land in data/schema.
    expect(readdirSync(join(f.data, 'schema')).sort()).toEqual([
      'edition-summary.schema.json',
      'evaluation.schema.json',
      'fact-set.schema.json',
      'framework.schema.json',
      'grade-history.schema.json',
      'manifest.schema.json',
    ]);
  });

  it('offers no demo dataset when data/demo is absent', () => {
    const f = fixture({ demo: false });
    const result = buildData({ dataDir: f.data, outDir: f.out, displayRoot: f.root });
    expect(result.ok).toBe(true);
    const manifest = manifestSchema.parse(readJson(join(f.out, 'manifest.json')));
    expect(manifest.datasets.map((d) => d.id)).toEqual(['real']);
    expect(result.notes.join('\n')).toContain('data/demo/evaluations not found');
  });

  it('replaces the previous output entirely', () => {
    const f = fixture();
    mkdirSync(f.out, { recursive: true });
    writeFileSync(join(f.out, 'stale.json'), '{}');
    expect(run(f).status).toBe(0);
    expect(existsSync(join(f.out, 'stale.json'))).toBe(false);
    expect(readdirSync(f.root).sort()).toEqual(['data', 'out']); // no temp folders left behind
  });

  it('is deterministic: the same input gives the same bytes', () => {
    const f = fixture();
    const first = buildData({ dataDir: f.data, outDir: join(f.root, 'a') });
    const second = buildData({ dataDir: f.data, outDir: join(f.root, 'b') });
    expect(first.ok && second.ok).toBe(true);
    const a = tree(join(f.root, 'a'));
    expect(a.size).toBeGreaterThan(5);
    expect(tree(join(f.root, 'b'))).toEqual(a);
    // A second build leaves the schema files untouched.
    expect(second.schemasUpdated).toEqual([]);
  });
});

type Fixture = ReturnType<typeof fixture>;

const failures: {
  name: string;
  break: (f: Fixture) => void;
  file: string;
  path: string;
  message: RegExp;
}[] = [
  {
    name: 'malformed JSON',
    break: (f) => writeFileSync(f.real('CT', 2022), '{\n  "schemaVersion": 1,\n'),
    file: 'data/evaluations/2022/CT.json',
    path: '(root)',
    message: /malformed JSON/,
  },
  {
    name: 'a missing goal',
    break: (f) => f.edit(f.real('CT', 2022), (e) => void e.goals.splice(5, 1)),
    file: 'data/evaluations/2022/CT.json',
    path: 'goals',
    message: /goal 1\.6 is missing/,
  },
  {
    name: 'a duplicated goal',
    break: (f) =>
      f.edit(f.real('CT', 2022), (e) => void e.goals.push({ id: '1.1', status: 'meets' })),
    file: 'data/evaluations/2022/CT.json',
    path: 'goals[40].id',
    message: /goal 1\.1 appears twice/,
  },
  {
    name: 'an unknown goal id',
    break: (f) =>
      f.edit(f.real('CT', 2022), (e) => void e.goals.push({ id: '7.1', status: 'meets' })),
    file: 'data/evaluations/2022/CT.json',
    path: 'goals[40].id',
    message: /unknown goal "7\.1"/,
  },
  {
    name: 'an unknown state code in the file name',
    break: (f) =>
      writeJson(f.real('XX', 2022), makeEvaluation(framework, { state: 'CT', facts: false })),
    file: 'data/evaluations/2022/XX.json',
    path: '(root)',
    message: /unknown state code "XX" in the file name/,
  },
  {
    name: 'a file name that is not a state code',
    break: (f) => writeJson(join(f.data, 'evaluations/2022/ct.json'), {}),
    file: 'data/evaluations/2022/ct.json',
    path: '(root)',
    message: /file name must be a state code/,
  },
  {
    name: 'a stray file',
    break: (f) => writeFileSync(join(f.data, 'evaluations/2022/notes.txt'), 'hello'),
    file: 'data/evaluations/2022/notes.txt',
    path: '(root)',
    message: /stray file/,
  },
  {
    name: 'a folder that is not a year',
    break: (f) => writeJson(join(f.data, 'evaluations/latest/CT.json'), {}),
    file: 'data/evaluations/latest',
    path: '(root)',
    message: /not an edition folder/,
  },
  {
    name: 'a state that does not match the file name',
    break: (f) => f.edit(f.real('CT', 2022), (e) => void (e.state = 'NY')),
    file: 'data/evaluations/2022/CT.json',
    path: 'state',
    message: /state "NY" does not match the file name \(CT\)/,
  },
  {
    name: 'a year that does not match the folder',
    break: (f) => f.edit(f.real('CT', 2022), (e) => void (e.year = 2023)),
    file: 'data/evaluations/2022/CT.json',
    path: 'year',
    message: /year 2023 does not match the folder \(2022\)/,
  },
  {
    name: 'a synthetic file in the real dataset',
    break: (f) => f.edit(f.real('MA', 2022), (e) => void (e.synthetic = true)),
    file: 'data/evaluations/2022/MA.json',
    path: 'synthetic',
    message: /real dataset never holds synthetic files/,
  },
  {
    name: 'a non-synthetic file in the demo dataset',
    break: (f) => f.edit(f.demo('NY', 2023), (e) => void (e.synthetic = false)),
    file: 'data/demo/evaluations/2023/NY.json',
    path: 'synthetic',
    message: /demo dataset holds only synthetic files/,
  },
  {
    name: 'an unknown schemaVersion',
    break: (f) =>
      f.edit(f.real('CT', 2022), (e) => void ((e as { schemaVersion: number }).schemaVersion = 2)),
    file: 'data/evaluations/2022/CT.json',
    path: 'schemaVersion',
    message: /schema version 2 is not known to this build, which reads version 1/,
  },
  {
    name: 'a fact on the wrong goal',
    break: (f) =>
      f.edit(f.real('CT', 2022), (e) => {
        const from = e.goals.find((g) => g.id === '2.9');
        const to = e.goals.find((g) => g.id === '4.6');
        if (to && from?.facts) to.facts = { ...to.facts, ...from.facts };
      }),
    file: 'data/evaluations/2022/CT.json',
    path: 'goals[29].facts.juvenileJurisdiction',
    message: /juvenileJurisdiction belongs to goal 2\.9, not 4\.6/,
  },
  {
    name: 'a javascript: URL in a source',
    break: (f) =>
      f.edit(
        f.real('CT', 2022),
        (e) => void (e.sources = [{ title: 'x', url: 'javascript:alert(1)' }]),
      ),
    file: 'data/evaluations/2022/CT.json',
    path: 'sources[0].url',
    message: /./,
  },
  {
    name: 'a broken framework file',
    break: (f) => writeFileSync(join(f.data, 'frameworks/shared-hope-2022.json'), '[1, 2'),
    file: 'data/frameworks/shared-hope-2022.json',
    path: '(root)',
    message: /malformed JSON/,
  },
];

describe('data build: bad input fails and writes nothing', () => {
  it.each(failures)('$name', (failure) => {
    const f = fixture();
    mkdirSync(f.out, { recursive: true });
    writeFileSync(join(f.out, 'previous.json'), '{"kept":true}');
    failure.break(f);

    const { status, errors, log } = run(f);
    expect(status).toBe(1);
    expect(log).toEqual([]);
    const line = errors.find((e) => e.startsWith(`${failure.file}: ${failure.path}: `));
    expect(line, errors.join('\n')).toBeDefined();
    expect(line).toMatch(failure.message);
    expect(errors.at(-1)).toMatch(
      /\d+ violations? in \d+ files?; nothing written \(out left as it was\)/,
    );

    // The previous output is untouched, no schema was written, no temp folder left behind.
    expect(tree(f.out)).toEqual(new Map([['previous.json', '{"kept":true}']]));
    expect(existsSync(join(f.data, 'schema'))).toBe(false);
    expect(readdirSync(f.root).sort()).toEqual(['data', 'out']);
  });

  it('reports every violation, not just the first', () => {
    const f = fixture();
    f.edit(f.real('CT', 2022), (e) => void (e.year = 2023));
    f.edit(f.demo('NY', 2022), (e) => void (e.synthetic = false));
    const result = buildData({ dataDir: f.data, outDir: f.out, displayRoot: f.root });
    expect(result.ok).toBe(false);
    expect(result.violations.map((v) => `${v.file}: ${v.path}`)).toEqual([
      'data/evaluations/2022/CT.json: year',
      'data/demo/evaluations/2022/NY.json: synthetic',
    ]);
    expect(result.outputs).toEqual([]);
  });

  it('rejects bad usage with status 2', () => {
    const errors: string[] = [];
    expect(runDataBuild(['--nope'], { log: () => {}, error: (m) => errors.push(m) })).toBe(2);
    expect(errors.join('\n')).toContain('usage:');
  });
});

describe('JSON Schema export', () => {
  it('matches the committed files in data/schema', () => {
    for (const { file, content } of jsonSchemaFiles()) {
      const committed = new URL(`../../../../data/schema/${file}`, import.meta.url);
      expect(existsSync(committed), `${file} is missing: run npm run data -- --schemas`).toBe(true);
      expect(
        readFileSync(committed, 'utf8'),
        `${file} is out of date: run npm run data -- --schemas`,
      ).toBe(content);
    }
  });

  it('keeps the web-only rule for URLs and names the file', () => {
    const evaluation = jsonSchemaFiles().find((s) => s.file === 'evaluation.schema.json');
    const schema = JSON.parse(evaluation?.content ?? '{}') as Record<string, unknown>;
    expect(schema).toMatchObject({
      $id: 'urn:statewise:schema:v1:evaluation',
      title: expect.any(String),
      description: expect.any(String),
    });
    expect(evaluation?.content).toContain('"pattern": "^(?:https?):"');
  });
});
