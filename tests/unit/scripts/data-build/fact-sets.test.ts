import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { factSetSchema, type FactSet } from '@/domain/contract/fact-set-schema';
import { manifestSchema } from '@/domain/contract/summary-schema';
import { buildData, shortHash } from '../../../../scripts/data-build/build';
import { FRAMEWORK_FILE, loadFramework, makeEvaluation } from '../../fixtures/evaluation-fixture';

const framework = loadFramework();
const temps: string[] = [];
const COMMITTED = new URL('../../../../data/facts/civil-sol-trafficking.json', import.meta.url);

afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function writeJson(path: string, value: unknown): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);
}

function committedSet(): FactSet {
  return JSON.parse(readFileSync(COMMITTED, 'utf8')) as FactSet;
}

/** A temp data folder with one real evaluation and the given fact set. */
function project(set: unknown, name = 'civil-sol-trafficking.json') {
  const root = mkdtempSync(join(tmpdir(), 'statewise-facts-'));
  temps.push(root);
  const data = join(root, 'data');
  mkdirSync(join(data, 'frameworks'), { recursive: true });
  writeFileSync(join(data, 'frameworks', 'shared-hope-2022.json'), readFileSync(FRAMEWORK_FILE));
  writeJson(
    join(data, 'evaluations', '2022', 'CT.json'),
    makeEvaluation(framework, { state: 'CT' }),
  );
  writeJson(join(data, 'facts', name), set);
  const out = join(root, 'out');
  return { data, out, build: () => buildData({ dataDir: data, outDir: out, displayRoot: root }) };
}

describe('data build: fact sets', () => {
  it('validates the committed fact set: 51 jurisdictions, 5 unresolved without a value', () => {
    const set = factSetSchema.parse(committedSet());
    expect(set.rows).toHaveLength(51);
    const unresolved = set.rows.filter((r) => r.value.kind === 'unresolved');
    expect(unresolved.map((r) => r.state)).toEqual(['AL', 'DC', 'NC', 'OR', 'SC']);
    for (const row of unresolved) expect(row.value).toEqual({ kind: 'unresolved' });
    expect(set.rows.find((r) => r.state === 'CT')?.value).toEqual({ kind: 'until_age', age: 51 });
  });

  it('publishes each fact set to facts/<id>.json and lists it in the manifest', () => {
    const p = project(committedSet());
    const result = p.build();
    expect(result.violations).toEqual([]);
    expect(result.outputs).toContain('facts/civil-sol-trafficking.json');
    const text = readFileSync(join(p.out, 'facts/civil-sol-trafficking.json'), 'utf8');
    expect(factSetSchema.parse(JSON.parse(text))).toEqual(committedSet());
    const manifest = manifestSchema.parse(
      JSON.parse(readFileSync(join(p.out, 'manifest.json'), 'utf8')),
    );
    expect(manifest.factSets).toEqual([
      {
        id: 'civil-sol-trafficking',
        path: 'facts/civil-sol-trafficking.json',
        hash: shortHash(text),
        title: committedSet().title,
        informs: { factKind: 'statuteOfLimitations' },
      },
    ]);
  });

  it('still reads a manifest written before fact sets (no factSets)', () => {
    const p = project(committedSet());
    p.build();
    const manifest = JSON.parse(readFileSync(join(p.out, 'manifest.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    delete manifest.factSets;
    expect(manifestSchema.safeParse(manifest).success).toBe(true);
  });

  const failures: {
    name: string;
    change: (set: FactSet) => unknown;
    path: string;
    message: RegExp;
  }[] = [
    {
      name: 'a row for an unknown state',
      change: (set) => ({ ...set, rows: [...set.rows.slice(1), { ...set.rows[0], state: 'XX' }] }),
      path: 'rows[50].state',
      message: /unknown state code "XX"/,
    },
    {
      name: 'a state twice',
      change: (set) => ({ ...set, rows: [...set.rows, set.rows[0]] }),
      path: 'rows[51].state',
      message: /AK has more than one row/,
    },
    {
      name: 'unresolved with a value',
      change: (set) => ({
        ...set,
        rows: set.rows.map((r) =>
          r.state === 'AL' ? { ...r, value: { kind: 'unresolved', age: 25 } } : r,
        ),
      }),
      path: 'rows[1].value',
      message: /age/,
    },
    {
      name: 'until_age without an age',
      change: (set) => ({
        ...set,
        rows: set.rows.map((r) => (r.state === 'CT' ? { ...r, value: { kind: 'until_age' } } : r)),
      }),
      path: 'rows[6].value.age',
      message: /.+/,
    },
    {
      name: 'a confidence outside high, medium, low',
      change: (set) => ({
        ...set,
        rows: set.rows.map((r) => (r.state === 'CT' ? { ...r, confidence: 'unresolved' } : r)),
      }),
      path: 'rows[6].confidence',
      message: /.+/,
    },
    {
      name: 'no as-of',
      change: (set) => ({ ...set, asOf: {} }),
      path: 'asOf',
      message: /give a `date` or a `period`/,
    },
    {
      name: 'a goal its framework does not have',
      change: (set) => ({ ...set, informs: { framework: 'shared-hope-2022', goal: '4.99' } }),
      path: 'informs.goal',
      message: /framework "shared-hope-2022" has no goal 4\.99/,
    },
    {
      name: 'an unknown framework',
      change: (set) => ({ ...set, informs: { framework: 'other', goal: '4.6' } }),
      path: 'informs.framework',
      message: /unknown framework "other"/,
    },
  ];

  for (const failure of failures) {
    it(`refuses ${failure.name} and writes nothing`, () => {
      const p = project(failure.change(committedSet()));
      const result = p.build();
      expect(result.ok).toBe(false);
      expect(result.violations).toContainEqual(
        expect.objectContaining({
          file: 'data/facts/civil-sol-trafficking.json',
          path: failure.path,
          message: expect.stringMatching(failure.message),
        }),
      );
      expect(result.outputs).toEqual([]);
    });
  }

  it('refuses an id that differs from the file name', () => {
    const p = project(committedSet(), 'other-set.json');
    const result = p.build();
    expect(result.violations).toContainEqual(
      expect.objectContaining({ path: 'id', message: expect.stringMatching(/does not match/) }),
    );
  });

  it('accepts a goal named by framework and id when the framework has it', () => {
    const p = project({
      ...committedSet(),
      informs: { framework: 'shared-hope-2022', goal: '4.6' },
    });
    expect(p.build().violations).toEqual([]);
  });
});
