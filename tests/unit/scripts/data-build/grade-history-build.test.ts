import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { gradeHistorySchema } from '@/domain/contract/grade-history-schema';
import { manifestSchema } from '@/domain/contract/summary-schema';
import { runDataBuild } from '../../../../scripts/data-build/run';
import { loadFramework, makeEvaluation } from '../../fixtures/evaluation-fixture';

const framework = loadFramework();
const repoFrameworks = new URL('../../../../data/frameworks/', import.meta.url);
const temps: string[] = [];

afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const HEADER =
  'year,code,grade,score,max_score,area1,area2,area3,area4,area5,area6,confidence,evidence,note,sources';
const RC_HEADER = 'year,code,grade,score,max_score,rank,confidence,note,sources';

function write(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

/**
 * A temp project with both frameworks, Connecticut's 2021 evaluation (published F) and the two
 * published-grades tables, which `pic` and `rc` replace.
 */
function fixture(tables: { pic?: string[]; rc?: string[] } = {}) {
  const root = mkdtempSync(join(tmpdir(), 'statewise-grades-'));
  temps.push(root);
  const data = join(root, 'data');
  const out = join(root, 'out');
  for (const id of ['shared-hope-2022', 'shared-hope-pic']) {
    write(
      join(data, 'frameworks', `${id}.json`),
      readFileSync(new URL(`${id}.json`, repoFrameworks), 'utf8'),
    );
  }
  const ct = makeEvaluation(framework, { state: 'CT', year: 2021, facts: false });
  ct.published = {
    grade: 'F',
    confidence: 'medium',
    inferred: true,
    note: 'inferred',
    sources: [{ title: 'example.org', url: 'https://example.org/' }],
  };
  write(join(data, 'evaluations', '2021', 'CT.json'), JSON.stringify(ct));
  const pic = tables.pic ?? [
    '2014,WA,A,,102.5,,,,,,,high,Washington got an A,,https://example.org/wa',
    '2011,AL,,66,100,,,,,,,high,Alabama received a 66,,https://example.org/al',
  ];
  const rc = tables.rc ?? ['2021,CT,F,,,,medium,inferred,https://example.org/'];
  write(join(data, 'reference', 'published-grades-pic.csv'), [HEADER, ...pic, ''].join('\n'));
  write(join(data, 'reference', 'published-grades.csv'), [RC_HEADER, ...rc, ''].join('\n'));
  return { root, data, out };
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

function expectRefused(f: ReturnType<typeof fixture>, line: RegExp) {
  const { status, errors } = run(f);
  expect(status).toBe(1);
  expect(
    errors.some((e) => line.test(e)),
    errors.join('\n'),
  ).toBe(true);
  expect(errors.at(-1)).toMatch(/nothing written \(out left as it was\)/);
  expect(existsSync(join(f.out, 'grades', 'history.json'))).toBe(false);
}

describe('data build: the grade history', () => {
  it('writes grades/history.json from both tables and names it in the manifest', () => {
    const f = fixture();
    const { status, log } = run(f);
    expect(status).toBe(0);
    expect(log.join('\n')).toMatch(/grades 2011–2023: 3 published values for 3 jurisdictions/);
    const history = gradeHistorySchema.parse(
      JSON.parse(readFileSync(join(f.out, 'grades', 'history.json'), 'utf8')),
    );
    expect(history.frameworks.map((fw) => fw.id)).toEqual(['shared-hope-pic', 'shared-hope-2022']);
    expect(history.entries.map((e) => `${e.state} ${e.year} ${e.grade ?? e.score}`)).toEqual([
      'AL 2011 66',
      'WA 2014 A',
      'CT 2021 F',
    ]);
    const manifest = manifestSchema.parse(
      JSON.parse(readFileSync(join(f.out, 'manifest.json'), 'utf8')),
    );
    expect(manifest.grades).toMatchObject({
      path: 'grades/history.json',
      entries: 3,
      states: 3,
      years: [2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023],
    });
    expect(manifest.frameworks.map((fw) => fw.id)).toEqual(['shared-hope-2022', 'shared-hope-pic']);
  });

  it('refuses a score above the maximum of its edition', () => {
    expectRefused(
      fixture({ pic: ['2014,WA,A,104,102.5,,,,,,,high,,,https://example.org/wa'] }),
      /^data\/reference\/published-grades-pic\.csv: line 2 \(score\): 104 is above the 2014 maximum of 102\.5$/,
    );
  });

  it('refuses an unknown state', () => {
    expectRefused(
      fixture({ pic: ['2014,QQ,A,,,,,,,,,high,,,https://example.org/qq'] }),
      /published-grades-pic\.csv: line 2 \(code\): unknown state code "QQ"$/,
    );
  });

  it('refuses an issue area that does not exist in the framework', () => {
    const f = fixture();
    write(
      join(f.data, 'reference', 'published-grades-pic.csv'),
      `${HEADER},area7\n2014,WA,A,,,,,,,,,high,,,https://example.org/wa,2\n`,
    );
    expectRefused(
      f,
      /published-grades-pic\.csv: line 2 \(area7\): Protected Innocence Challenge has no issue area 7$/,
    );
  });

  it('refuses a report data grade that differs from the table', () => {
    expectRefused(
      fixture({ rc: ['2021,CT,D,,,,medium,,https://example.org/'] }),
      /^data\/evaluations\/2021\/CT\.json: published: the published grade \(F\) differs from the published-grades table \(D\): run npm run import-reference$/,
    );
  });

  it('refuses a table that is not a table', () => {
    const f = fixture();
    write(join(f.data, 'reference', 'published-grades.csv'), 'year,code\n2021,CT\n');
    expectRefused(f, /published-grades\.csv: line 1: missing columns "grade"/);
  });
});
