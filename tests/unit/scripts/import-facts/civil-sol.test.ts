import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { factSetSchema } from '@/domain/contract/fact-set-schema';
import { parseCivilSol } from '../../../../scripts/import-facts/civil-sol';
import { runImportFacts } from '../../../../scripts/import-facts/cli';

const HEADER =
  'state,kind,age_or_years,discovery_rule,citation,source_url,source_version_note,source_date,confidence,note';
const SRC = 'https://childusa.org/law/x/';
const CSV_FILE = new URL('../../../../data/reference/civil-sol-trafficking.csv', import.meta.url);
const COMMITTED = new URL('../../../../data/facts/civil-sol-trafficking.json', import.meta.url);

function csv(...rows: string[]): string {
  return `${[HEADER, ...rows].join('\n')}\n`;
}

const temps: string[] = [];
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('parseCivilSol', () => {
  it('reads each kind, with the age or the years, and keeps the text columns', () => {
    const { set, problems } = parseCivilSol(
      csv(
        `CT,until_age,51,none,Conn. Gen. Stat. 52-577d,${SRC},1 version,undated,medium,Age 51 after 2019`,
        `IL,none,,none needed,735 ILCS 5/13-202.2,${SRC},,,high,`,
        `NE,years_after,10,accrual deferred,"Neb. Rev. Stat. 25-21,300",${SRC},,enacted 2015,medium,`,
        `NC,unresolved,,unknown,,${SRC},,,low,not found`,
      ),
    );
    expect(problems).toEqual([]);
    expect(set?.rows).toEqual([
      {
        state: 'CT',
        value: { kind: 'until_age', age: 51 },
        discoveryRule: 'none',
        confidence: 'medium',
        citation: 'Conn. Gen. Stat. 52-577d',
        sourceUrl: SRC,
        sourceVersion: '1 version',
        sourceDate: 'undated',
        note: 'Age 51 after 2019',
      },
      {
        state: 'IL',
        value: { kind: 'none' },
        discoveryRule: 'none needed',
        confidence: 'high',
        citation: '735 ILCS 5/13-202.2',
        sourceUrl: SRC,
      },
      {
        state: 'NE',
        value: { kind: 'years_after', years: 10 },
        discoveryRule: 'accrual deferred',
        confidence: 'medium',
        citation: 'Neb. Rev. Stat. 25-21,300',
        sourceUrl: SRC,
        sourceDate: 'enacted 2015',
      },
      {
        state: 'NC',
        value: { kind: 'unresolved' },
        discoveryRule: 'unknown',
        confidence: 'low',
        sourceUrl: SRC,
        note: 'not found',
      },
    ]);
    // The set's own words: whose reading and as of when.
    expect(set?.source.name).toBe('CHILD USA state pages');
    expect(set?.asOf.period).toBe('about 2024 (latest legislation cited 2023)');
    expect(set?.informs).toEqual({ factKind: 'statuteOfLimitations' });
  });

  it('accepts each confidence in any case and refuses others', () => {
    const { set } = parseCivilSol(
      csv(`CT,none,,,,${SRC},,,High,`, `MA,none,,,,${SRC},,,MEDIUM,`, `NY,none,,,,${SRC},,,low,`),
    );
    expect(set?.rows.map((r) => r.confidence)).toEqual(['high', 'medium', 'low']);
    const bad = parseCivilSol(csv(`CT,none,,,,${SRC},,,sure,`, `MA,none,,,,${SRC},,,,`));
    expect(bad.set).toBeNull();
    expect(bad.problems).toEqual([
      'civil-sol-trafficking.csv:2: confidence "sure" is not high, medium or low',
      'civil-sol-trafficking.csv:3: confidence is empty (high, medium or low)',
    ]);
  });

  it('names a bad kind with its line', () => {
    const { set, problems } = parseCivilSol(
      csv(`CT,until_age,51,,,${SRC},,,medium,`, `MA,forever,,,,${SRC},,,medium,`),
    );
    expect(set).toBeNull();
    expect(problems).toEqual([
      'civil-sol-trafficking.csv:3: kind "forever" is not one of none, until_age, years_after, unresolved',
    ]);
  });

  it('names a missing or unknown state code, and a state twice', () => {
    const { set, problems } = parseCivilSol(
      csv(
        `,none,,,,${SRC},,,medium,`,
        `XX,none,,,,${SRC},,,medium,`,
        `CT,none,,,,${SRC},,,medium,`,
        `ct,none,,,,${SRC},,,medium,`,
      ),
    );
    expect(set).toBeNull();
    expect(problems).toEqual([
      'civil-sol-trafficking.csv:2: state is empty (a USPS code, e.g. CT)',
      'civil-sol-trafficking.csv:3: unknown state code "XX"',
      'civil-sol-trafficking.csv:5: CT appears again (first on line 4)',
    ]);
  });

  it('refuses a number where none belongs and a missing or bad number', () => {
    const { problems } = parseCivilSol(
      csv(
        `NC,unresolved,30,,,${SRC},,,low,`,
        `CT,until_age,,,,${SRC},,,medium,`,
        `MA,years_after,ten,,,${SRC},,,medium,`,
        `IL,none,99,,,${SRC},,,high,`,
      ),
    );
    expect(problems).toEqual([
      'civil-sol-trafficking.csv:2: age_or_years is "30", but a row of kind unresolved has no age or years',
      'civil-sol-trafficking.csv:3: age_or_years is empty: a row of kind until_age needs an age',
      'civil-sol-trafficking.csv:4: age_or_years "ten" is not a number of years',
      'civil-sol-trafficking.csv:5: age_or_years is "99", but a row of kind none has no age or years',
    ]);
  });

  it('refuses a file without a needed column, naming the header line', () => {
    const { set, problems } = parseCivilSol('state,kind\nCT,none\n');
    expect(set).toBeNull();
    expect(problems[0]).toMatch(/^civil-sol-trafficking\.csv:1: missing columns "age_or_years"/);
  });

  it('lands every row of the reference CSV, as committed in data/facts', () => {
    const { set, problems } = parseCivilSol(readFileSync(CSV_FILE, 'utf8'));
    expect(problems).toEqual([]);
    expect(set?.rows).toHaveLength(51);
    const count = (kind: string) => set?.rows.filter((r) => r.value.kind === kind).length;
    expect([count('none'), count('until_age'), count('years_after'), count('unresolved')]).toEqual([
      11, 32, 3, 5,
    ]);
    expect(set?.rows.filter((r) => r.confidence === 'high').map((r) => r.state)).toEqual([
      'CA',
      'IL',
      'TX',
    ]);
    // Re-importing changes nothing: the committed file is what the CSV gives.
    expect(factSetSchema.parse(JSON.parse(readFileSync(COMMITTED, 'utf8')))).toEqual(set);
  });
});

describe('runImportFacts', () => {
  function dataDir(text: string): string {
    const root = mkdtempSync(join(tmpdir(), 'statewise-import-facts-'));
    temps.push(root);
    mkdirSync(join(root, 'reference'), { recursive: true });
    writeFileSync(join(root, 'reference', 'civil-sol-trafficking.csv'), text);
    return root;
  }

  it('writes the validated fact set', () => {
    const dir = dataDir(csv(`CT,until_age,51,,,${SRC},,,medium,`));
    const result = runImportFacts({ dataDir: dir, dryRun: false });
    expect(result.ok).toBe(true);
    const written = factSetSchema.parse(
      JSON.parse(readFileSync(join(dir, 'facts', 'civil-sol-trafficking.json'), 'utf8')),
    );
    expect(written.rows.map((r) => r.state)).toEqual(['CT']);
  });

  it('writes nothing when a row is bad, and says where', () => {
    const dir = dataDir(
      csv(`CT,until_age,51,,,${SRC},,,medium,`, `MA,forever,,,,${SRC},,,medium,`),
    );
    const result = runImportFacts({ dataDir: dir, dryRun: false });
    expect(result.ok).toBe(false);
    expect(result.lines).toEqual([
      'reference/civil-sol-trafficking.csv:3: kind "forever" is not one of none, until_age, years_after, unresolved',
      '1 problem; nothing written.',
    ]);
    expect(existsSync(join(dir, 'facts'))).toBe(false);
  });
});
