import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
  mkdirSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Evaluation, GoalEvaluation } from '@/domain/contract/evaluation-schema';
import { frameworkSchema } from '@/domain/contract/framework-schema';
import { validateEvaluation } from '@/domain/contract/validate-evaluation';
import { formatJson } from '../../../../scripts/lib/json-file';
import { runImportReference } from '../../../../scripts/import-reference/cli';
import { InputError, parseCsv, parseCsvTable } from '../../../../scripts/import-reference/csv';
import {
  evaluationPath,
  planImport,
  type ExistingFile,
  type ReferenceData,
} from '../../../../scripts/import-reference/import-reference';
import {
  JUVENILE_YEAR,
  parseJuvenileJurisdiction,
  parseJuvenileSources,
  parsePublishedGrades,
} from '../../../../scripts/import-reference/reference-facts';
import { sourceFromCitation } from '@/domain/contract/derive-grade-history';

const root = join(import.meta.dirname, '../../../..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const framework = frameworkSchema.parse(JSON.parse(read('data/frameworks/shared-hope-2022.json')));
const sources = parseJuvenileSources(read('data/reference/juvenile-jurisdiction-sources.csv'));
const juvenile = parseJuvenileJurisdiction(
  read('data/reference/juvenile-jurisdiction-2022.csv'),
  sources,
);
const grades = parsePublishedGrades(
  read('data/reference/published-grades.csv'),
  framework.editions,
);
const data: ReferenceData = { framework, juvenile, juvenileYear: JUVENILE_YEAR, grades };

function fact(code: string) {
  const f = juvenile.get(code);
  if (!f) throw new Error(`no fact for ${code}`);
  return f;
}

function goal(file: unknown, id: string): GoalEvaluation {
  const g = (file as Evaluation).goals.find((x) => x.id === id);
  if (!g) throw new Error(`no goal ${id}`);
  return g;
}

describe('parseCsv', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks', () => {
    const records = parseCsv('a,b,c\r\n"x, y","say ""hi""","line 1\nline 2"\r\nlast,,end\n');
    expect(records).toEqual([
      { line: 1, fields: ['a', 'b', 'c'] },
      { line: 2, fields: ['x, y', 'say "hi"', 'line 1\nline 2'] },
      { line: 4, fields: ['last', '', 'end'] },
    ]);
  });

  it('handles a final record without a line break, empty quoted fields, a BOM and LF or CRLF', () => {
    expect(parseCsv('\uFEFFa,b\n1,""')).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['1', ''] },
    ]);
    expect(parseCsv('a\r\nb\r\n')).toEqual([
      { line: 1, fields: ['a'] },
      { line: 2, fields: ['b'] },
    ]);
    expect(parseCsv('')).toEqual([]);
    expect(parseCsv('a,\n')).toEqual([{ line: 1, fields: ['a', ''] }]);
  });

  it('rejects malformed quoting with the file and line', () => {
    expect(() => parseCsv('a\n"open,b\nc', 'x.csv')).toThrow(
      'x.csv:2: a quoted field is not closed',
    );
    expect(() => parseCsv('a\nab"c"', 'x.csv')).toThrow(
      /x\.csv:2: a quote inside an unquoted field/,
    );
    expect(() => parseCsv('"a"b', 'x.csv')).toThrow(/x\.csv:1: text after the closing quote/);
  });

  it('parseCsvTable checks columns and field counts', () => {
    expect(parseCsvTable('k,v\n1,"a,b"\n\n', 't.csv', ['k', 'v'])).toEqual([
      { line: 2, values: { k: '1', v: 'a,b' } },
    ]);
    expect(() => parseCsvTable('k,w\n1,2\n', 't.csv', ['k', 'v'])).toThrow(
      't.csv:1: missing column "v"',
    );
    expect(() => parseCsvTable('k,v\n1,2,3\n', 't.csv', ['k', 'v'])).toThrow(
      't.csv:2: expected 2 fields, found 3',
    );
    expect(() => parseCsvTable('', 't.csv', ['k'])).toThrow(InputError);
  });
});

describe('reference facts', () => {
  it('reads Arizona: minimum age 8 with medium confidence and the conflict note', () => {
    const az = fact('AZ');
    expect(az.minAge).toBe(8);
    expect(az.confidence).toEqual({ minAge: 'medium', maxAge: 'high', transfer: 'high' });
    expect(az.notes).toContain('Sources conflict on the minimum age: 8');
    expect(az.basis).toBe('reference');
    expect(az.traumaConsidered).toBeNull();
    expect(az.sources.map((s) => s.key)).toEqual([
      'N1',
      'N4',
      'N5',
      'N9',
      'N12',
      'N10',
      'N13',
      'N14',
    ]);
    expect(az.sources[0]).toEqual({
      key: 'N1',
      title: 'OJJDP Statistical Briefing Book upper/lower age table (rows AL-NY visible)',
      url: 'http://www.ojjdp.gov/ojstatbb/structure_process/qa04102.asp?qaDate=2013',
      asOf: 'end of 2013 session',
    });
  });

  it('reads "none" as no statutory minimum (null, not 0)', () => {
    expect(fact('AL').minAge).toBeNull();
    expect(fact('AL').minAge).not.toBe(0);
    expect([...juvenile.values()].filter((f) => f.minAge === 0)).toHaveLength(0);
  });

  it('maps transfers: Nebraska judicial waiver "unclear" is unknown', () => {
    const ne = fact('NE');
    expect(ne.discretionaryTransfer).toBeNull();
    expect(ne.automaticTransfer).toBe(false);
    expect(ne.directFile).toBe(true);
    expect(ne.confidence?.transfer).toBe('low');
    // Connecticut: the reference table's definition (no statutory exclusion), kept as it is.
    expect(fact('CT').automaticTransfer).toBe(false);
  });

  it('keeps exceptions and upper-age notes', () => {
    expect(fact('CA').minAgeExceptions).toBe(
      'no minimum for murder and specified forcible sex offenses',
    );
    expect(fact('VT').maxAge).toBe(18);
    expect(fact('VT').maxAgeNote).toContain('Big 12');
    expect(fact('AZ').minAgeExceptions).toBeUndefined();
  });

  it('reads Florida 2021: C, 72.5 of 110, rank 1', () => {
    expect(grades.get(2021)?.get('FL')).toMatchObject({
      grade: 'C',
      score: 72.5,
      maxScore: 110,
      rank: 1,
      confidence: 'high',
    });
  });

  it('has 51 grades for 2021, 6 for 2022 and 7 for 2023', () => {
    expect(grades.get(2021)?.size).toBe(51);
    expect(grades.get(2022)?.size).toBe(6);
    expect(grades.get(2023)?.size).toBe(7);
  });

  it('marks inferred grades', () => {
    const al = grades.get(2021)?.get('AL');
    expect(al).toMatchObject({ grade: 'F', inferred: true, confidence: 'medium' });
    const ak = grades.get(2021)?.get('AK');
    expect(ak).toMatchObject({ grade: 'F', rank: 51 });
    expect(ak?.inferred).toBeUndefined();
    expect([...(grades.get(2021)?.values() ?? [])].filter((g) => g.inferred)).toHaveLength(38);
  });

  it('keeps notes with commas and splits the source URLs', () => {
    const tn = grades.get(2022)?.get('TN');
    expect(tn?.note).toBe(
      '2022 totals: 1 B, 3 C, 10 D, 37 F; the D states are not named in the sources found',
    );
    expect(tn?.sources).toHaveLength(3);
    expect(tn?.sources[1]).toEqual({
      title: 'alliesagainstslavery.org/post/2022-state-report-cards',
      url: 'https://www.alliesagainstslavery.org/post/2022-state-report-cards',
    });
  });

  it('turns a URL with a remark into a source whose URL is clean', () => {
    expect(
      sourceFromCitation(
        'https://connect.netscape.com/a/b.htm (GlobeNewswire release of 2023-11-15)',
      ),
    ).toEqual({
      title: 'connect.netscape.com/a/b.htm (GlobeNewswire release of 2023-11-15)',
      url: 'https://connect.netscape.com/a/b.htm',
    });
    expect(sourceFromCitation('https://example.org/')).toEqual({
      title: 'example.org',
      url: 'https://example.org/',
    });
    expect(sourceFromCitation('javascript:alert(1)')).toBeNull();
    expect(sourceFromCitation('see the report')).toBeNull();
  });

  it('rejects an unknown source key, a bad value and a missing state', () => {
    const text = read('data/reference/juvenile-jurisdiction-2022.csv');
    expect(() =>
      parseJuvenileJurisdiction(text.replace('N1; N5; N6', 'N1; N99; N6'), sources),
    ).toThrow(/juvenile-jurisdiction-2022\.csv:2: sources: unknown source key "N99"/);
    expect(() =>
      parseJuvenileJurisdiction(text.replace('Alabama,AL,none', 'Alabama,AL,seven'), sources),
    ).toThrow(/:2: min_age: "seven" is not a whole number/);
    const withoutWyoming = text
      .split('\n')
      .filter((l) => !l.startsWith('Wyoming'))
      .join('\n');
    expect(() => parseJuvenileJurisdiction(withoutWyoming, sources)).toThrow(/no row for WY/);
  });
});

/** A file as the ingest tool would write it: some goals evaluated, the report's own 2.9 facts. */
function reportFile(state: string, year: number): Evaluation {
  const goals: GoalEvaluation[] = framework.issueAreas
    .flatMap((a) => a.goals)
    .map((g) => ({ id: g.id, status: 'not-evaluated' }));
  goals[0] = { id: '1.1', status: 'meets', summary: 'The report says so.' };
  const i = goals.findIndex((g) => g.id === '2.9');
  goals[i] = {
    id: '2.9',
    status: 'partial',
    summary: 'Report reading of the juvenile court ages.',
    facts: {
      juvenileJurisdiction: {
        minAge: 10,
        maxAge: 17,
        automaticTransfer: true,
        directFile: null,
        discretionaryTransfer: true,
        traumaConsidered: false,
        basis: 'report',
        sources: [{ key: 'R', title: 'The report' }],
      },
    },
    recommendations: [{ id: '2.9.1', text: 'Statutorily require age-appropriate responses.' }],
  };
  return {
    schemaVersion: 1,
    framework: framework.id,
    state,
    year,
    asOf: '2022-08-01',
    synthetic: false,
    sources: [{ key: 'R', title: 'The report' }],
    goals,
  };
}

function existingOf(files: Record<string, unknown>): Map<string, ExistingFile> {
  return new Map(
    Object.entries(files).map(([path, value]) => [path, { value, text: formatJson(value) }]),
  );
}

describe('planImport', () => {
  const plan = planImport(data, new Map());

  it('plans 51 valid files per edition, all reference-only', () => {
    expect(plan.violations).toEqual([]);
    expect(plan.files).toHaveLength(153);
    for (const year of [2021, 2022, 2023]) {
      expect(plan.files.filter((f) => f.year === year)).toHaveLength(51);
    }
    for (const file of plan.files) {
      const result = validateEvaluation(file.value, framework, {
        state: file.state,
        year: file.year,
        synthetic: false,
      });
      expect(result.ok).toBe(true);
      expect(file.value.asOf).toBeNull();
      const goals = (file.value as unknown as Evaluation).goals;
      expect(goals.map((g) => g.id)).toEqual(
        framework.issueAreas.flatMap((a) => a.goals.map((g) => g.id)),
      );
      expect(goals.every((g) => g.status === 'not-evaluated')).toBe(true);
    }
  });

  it('puts the juvenile facts on 2.9 in 2022 only, and cites every source used', () => {
    const az2022 = plan.files.find((f) => f.path === evaluationPath(2022, 'AZ'));
    const az2021 = plan.files.find((f) => f.path === evaluationPath(2021, 'AZ'));
    expect(goal(az2022?.value, '2.9').facts?.juvenileJurisdiction).toEqual(fact('AZ'));
    expect(goal(az2021?.value, '2.9').facts).toBeUndefined();
    const fileSources = (az2022?.value as unknown as Evaluation).sources;
    for (const s of fact('AZ').sources) expect(fileSources).toContainEqual(s);
    // 2021 cites only the grade's sources; 2022 Arizona has no published grade.
    expect((az2021?.value as unknown as Evaluation).sources).toEqual(
      grades.get(2021)?.get('AZ')?.sources,
    );
    expect(az2022?.value.published).toBeUndefined();
  });

  it('puts published grades on their edition', () => {
    const count = (year: number) =>
      plan.files.filter((f) => f.year === year && f.value.published !== undefined).length;
    expect([count(2021), count(2022), count(2023)]).toEqual([51, 6, 7]);
    const fl = plan.files.find((f) => f.path === evaluationPath(2021, 'FL'));
    expect(fl?.value.published).toMatchObject({ grade: 'C', score: 72.5, maxScore: 110, rank: 1 });
  });

  it('merges into a report-based file without touching the report', () => {
    const ct = reportFile('CT', 2022);
    const tx = reportFile('TX', 2022);
    const merged = planImport(
      data,
      existingOf({ [evaluationPath(2022, 'CT')]: ct, [evaluationPath(2022, 'TX')]: tx }),
    );
    expect(merged.violations).toEqual([]);
    const ctOut = merged.files.find((f) => f.path === evaluationPath(2022, 'CT'));
    expect(ctOut?.action).toBe('merged');
    const value = ctOut?.value as unknown as Evaluation;
    // The report's reading stays: statuses, summaries, its own facts (automatic transfer: yes).
    expect(value.goals.map((g) => g.status)).toEqual(ct.goals.map((g) => g.status));
    expect(goal(value, '2.9').facts).toEqual(goal(ct, '2.9').facts);
    expect(goal(value, '2.9').facts?.juvenileJurisdiction?.automaticTransfer).toBe(true);
    expect(goal(value, '2.9').recommendations).toEqual(goal(ct, '2.9').recommendations);
    // Beside it, the reference table's reading (statutory exclusion: no), with its sources.
    expect(goal(value, '2.9').referenceFacts?.juvenileJurisdiction).toEqual(fact('CT'));
    expect(goal(value, '2.9').referenceFacts?.juvenileJurisdiction?.automaticTransfer).toBe(false);
    expect(value.asOf).toBe('2022-08-01');
    expect(value.sources[0]).toEqual({ key: 'R', title: 'The report' });
    for (const s of fact('CT').sources) expect(value.sources).toContainEqual(s);
    // Connecticut has no published 2022 grade in the reference data.
    expect(value.published).toBeUndefined();
    // Everything except the added parts is as before.
    const rest = (e: Evaluation) =>
      Object.fromEntries(Object.entries(e).filter(([k]) => k !== 'sources' && k !== 'goals'));
    expect(rest(value)).toEqual(rest(ct));
    // referenceFacts sits right after the report's own facts.
    expect(Object.keys(goal(value, '2.9'))).toEqual([
      'id',
      'status',
      'summary',
      'facts',
      'referenceFacts',
      'recommendations',
    ]);
    expect(value.goals.filter((g) => g.id !== '2.9')).toEqual(
      ct.goals.filter((g) => g.id !== '2.9'),
    );

    const txOut = merged.files.find((f) => f.path === evaluationPath(2022, 'TX'));
    expect(txOut?.value.published).toEqual(grades.get(2022)?.get('TX'));
    // published is placed right after sources, in schema order
    expect(Object.keys(txOut?.value ?? {})).toEqual([
      'schemaVersion',
      'framework',
      'state',
      'year',
      'asOf',
      'synthetic',
      'sources',
      'published',
      'goals',
    ]);
  });

  it('merging is idempotent and replaces reference-only files', () => {
    const first = planImport(
      data,
      existingOf({ [evaluationPath(2022, 'CT')]: reportFile('CT', 2022) }),
    );
    const again = planImport(
      data,
      new Map(
        first.files.map((f) => [
          f.path,
          { value: JSON.parse(f.content) as unknown, text: f.content },
        ]),
      ),
    );
    expect(again.files.map((f) => f.content)).toEqual(first.files.map((f) => f.content));
    expect(again.files.filter((f) => f.changed)).toEqual([]);
    expect(again.files.find((f) => f.path === evaluationPath(2022, 'CT'))?.action).toBe('merged');
    expect(again.files.find((f) => f.path === evaluationPath(2022, 'AZ'))?.action).toBe('replaced');
    const ct = again.files.find((f) => f.path === evaluationPath(2022, 'CT'))
      ?.value as unknown as Evaluation;
    // The reference sources are added once, not again on every run.
    expect(ct.sources.filter((s) => s.key === 'N1')).toHaveLength(1);
  });

  it('reports a violation, naming file and path, instead of writing an invalid file', () => {
    const broken = reportFile('CT', 2022);
    broken.goals[0] = { id: '9.9', status: 'meets' };
    const result = planImport(data, existingOf({ [evaluationPath(2022, 'CT')]: broken }));
    expect(result.violations).toContainEqual({
      file: 'evaluations/2022/CT.json',
      path: 'goals[0].id',
      message: 'unknown goal "9.9"',
    });
    const notEvaluation = planImport(
      data,
      existingOf({ [evaluationPath(2021, 'CT')]: { hello: 1 } }),
    );
    expect(notEvaluation.violations[0]?.file).toBe('evaluations/2021/CT.json');
  });
});

describe('import-reference command', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });

  function tempData(): string {
    const dir = mkdtempSync(join(tmpdir(), 'statewise-import-'));
    dirs.push(dir);
    cpSync(join(root, 'data/frameworks'), join(dir, 'frameworks'), { recursive: true });
    cpSync(join(root, 'data/reference'), join(dir, 'reference'), { recursive: true });
    return dir;
  }

  function snapshot(dir: string): Record<string, string> {
    const out: Record<string, string> = {};
    const base = join(dir, 'evaluations');
    if (!existsSync(base)) return out;
    for (const year of readdirSync(base)) {
      for (const name of readdirSync(join(base, year))) {
        out[`${year}/${name}`] = readFileSync(join(base, year, name), 'utf8');
      }
    }
    return out;
  }

  it('writes 153 files and produces identical files when run twice', () => {
    const dir = tempData();
    mkdirSync(join(dir, 'evaluations/2022'), { recursive: true });
    writeFileSync(join(dir, 'evaluations/2022/CT.json'), formatJson(reportFile('CT', 2022)));

    const first = runImportReference({ dataDir: dir, framework: 'shared-hope-2022' });
    expect(first.ok).toBe(true);
    const once = snapshot(dir);
    expect(Object.keys(once)).toHaveLength(153);
    expect(first.lines.join('\n')).toContain(
      'merged into report-based files: evaluations/2022/CT.json',
    );

    const second = runImportReference({ dataDir: dir, framework: 'shared-hope-2022' });
    expect(second.ok).toBe(true);
    expect(snapshot(dir)).toEqual(once);
    expect(second.plan?.files.filter((f) => f.changed)).toEqual([]);
    const ct = JSON.parse(once['2022/CT.json'] ?? '{}') as Evaluation;
    expect(goal(ct, '2.9').facts?.juvenileJurisdiction?.basis).toBe('report');
    expect(goal(ct, '2.9').referenceFacts?.juvenileJurisdiction?.basis).toBe('reference');
  });

  it('fails on a missing column, writing nothing', () => {
    const dir = tempData();
    const path = join(dir, 'reference/juvenile-jurisdiction-2022.csv');
    writeFileSync(path, readFileSync(path, 'utf8').replace(',upper_conf,', ',upper_confidence,'));
    const result = runImportReference({ dataDir: dir, framework: 'shared-hope-2022' });
    expect(result.ok).toBe(false);
    expect(result.lines[0]).toBe(
      'error: reference/juvenile-jurisdiction-2022.csv:1: missing column "upper_conf"',
    );
    expect(result.lines).toContain('nothing was written');
    expect(snapshot(dir)).toEqual({});
  });

  it('fails on an unknown state code, leaving existing files as they were', () => {
    const dir = tempData();
    expect(runImportReference({ dataDir: dir, framework: 'shared-hope-2022' }).ok).toBe(true);
    const before = snapshot(dir);
    const path = join(dir, 'reference/published-grades.csv');
    writeFileSync(path, readFileSync(path, 'utf8').replace('2021,FL,C,72.5', '2021,XX,C,72.5'));
    const result = runImportReference({ dataDir: dir, framework: 'shared-hope-2022' });
    expect(result.ok).toBe(false);
    expect(result.lines[0]).toBe(
      'error: reference/published-grades.csv:11: code: unknown state code "XX"',
    );
    expect(snapshot(dir)).toEqual(before);
  });
});
