import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { frameworkSchema } from '@/domain/contract/framework-schema';
import { manifestSchema } from '@/domain/contract/summary-schema';
import { safeParseData, zodViolations, type Violation } from '@/domain/contract/schema-messages';
import { validateEvaluation } from '@/domain/contract/validate-evaluation';
import { overridesSchema } from '../../../../scripts/ingest/overrides';
import { loadFramework, makeEvaluation } from '../../fixtures/evaluation-fixture';

// zod/mini loads no locale, so every message people read (error panels, `npm run data`) is ours.
// These run the real schemas on broken files and pin the wording a data producer sees.
const framework = loadFramework();
const valid = () =>
  structuredClone(makeEvaluation(framework, { state: 'CT', statuses: { '1.1': 'meets' } }));

const REMOVE = Symbol('remove');

/** Sets (or with REMOVE deletes) the value at a dotted path such as "goals.0.summary". */
function setAt(root: unknown, path: string, value: unknown): void {
  const keys = path.split('.');
  const last = keys.pop()!;
  let node = root as Record<string, unknown>;
  for (const key of keys) node = node[key] as Record<string, unknown>;
  if (value === REMOVE) delete node[last];
  else node[last] = value;
}

/** Violations of the valid fixture after the edits ([path, value] pairs). */
function violationsOf(...edits: [string, unknown][]): Violation[] {
  const evaluation = valid();
  for (const [path, value] of edits) setAt(evaluation, path, value);
  const result = validateEvaluation(evaluation, framework);
  expect(result.ok).toBe(false);
  return result.violations;
}

function violations<T>(schema: z.ZodMiniType<T>, input: unknown): Violation[] {
  const parsed = safeParseData(schema, input);
  if (parsed.success) throw new Error('expected the input to fail');
  return zodViolations(parsed.error);
}

describe('schema violation messages', () => {
  it('accepts the valid fixture (the failures below come from the edits alone)', () => {
    expect(validateEvaluation(valid(), framework).ok).toBe(true);
  });

  it('names the expected and the found type', () => {
    expect(violationsOf(['goals.0.summary', 42])).toEqual([
      { path: 'goals[0].summary', message: 'expected a string, got a number (42)' },
    ]);
    expect(violationsOf(['synthetic', 'no'])).toEqual([
      { path: 'synthetic', message: 'expected true or false, got a string ("no")' },
    ]);
    expect(violationsOf(['goals', {}])).toEqual([
      { path: 'goals', message: 'expected an array, got an object' },
    ]);
  });

  it('says when a required field is missing', () => {
    expect(violationsOf(['state', REMOVE])).toEqual([
      { path: 'state', message: 'missing (expected a string)' },
    ]);
    expect(violationsOf(['schemaVersion', REMOVE])).toEqual([
      { path: 'schemaVersion', message: 'missing (expected 1)' },
    ]);
  });

  it('lists the allowed values of an enum', () => {
    expect(violationsOf(['goals.3.status', 'yes'])).toEqual([
      {
        path: 'goals[3].status',
        message:
          'expected one of "meets", "partial", "does-not-meet", "not-evaluated", got a string ("yes")',
      },
    ]);
  });

  it('names unknown keys', () => {
    expect(violationsOf(['goals.1.colour', 'red'])).toEqual([
      { path: 'goals[1]', message: 'unknown key "colour"' },
    ]);
    expect(violationsOf(['a', 1], ['b', 2])).toEqual([
      { path: '(root)', message: 'unknown keys "a", "b"' },
    ]);
  });

  it('names only the kind of value for readers (quoteValues: false): nothing from the file', () => {
    const readerMessages = (input: unknown) => {
      const parsed = safeParseData(manifestSchema, input);
      if (parsed.success) throw new Error('expected the input to fail');
      return {
        reader: zodViolations(parsed.error, { quoteValues: false }).map((v) => v.message),
        producer: zodViolations(parsed.error).map((v) => v.message),
      };
    };
    const frameworks = [{ id: 'a', path: 'b', hash: 'c' }];
    const wrongType = readerMessages({ schemaVersion: 1, frameworks, datasets: 'POISON' });
    expect(wrongType.reader).toEqual(['expected an array, got a string']);
    expect(wrongType.producer).toEqual(['expected an array, got a string ("POISON")']);
    const unknownKey = readerMessages({ schemaVersion: 1, frameworks, datasets: [], POISON: 1 });
    expect(unknownKey.reader).toEqual(['an unknown key']);
    expect(unknownKey.producer).toEqual(['unknown key "POISON"']);
  });

  it('states sizes and bounds', () => {
    expect(violationsOf(['goals', []])).toEqual([
      { path: 'goals', message: 'must have at least 1 item' },
    ]);
    expect(violationsOf(['framework', ''])).toEqual([
      { path: 'framework', message: 'must have at least 1 character' },
    ]);
    expect(violationsOf(['year', 1999])).toEqual([
      { path: 'year', message: 'must be at least 2000' },
    ]);
    expect(violationsOf(['goals.0.footnotes.0.n', 0])).toEqual([
      { path: 'goals[0].footnotes[0].n', message: 'must be greater than 0' },
    ]);
  });

  it('asks for an integer where one is required', () => {
    expect(violationsOf(['year', 2022.5])).toEqual([
      { path: 'year', message: 'expected an integer, got a number (2022.5)' },
    ]);
  });

  it('explains patterns, dates and web links', () => {
    expect(violationsOf(['state', 'ct'])).toEqual([
      { path: 'state', message: 'must match the pattern /^[A-Z]{2}$/, got a string ("ct")' },
    ]);
    expect(violationsOf(['asOf', '1 May 2022'])).toEqual([
      { path: 'asOf', message: 'must be a date written YYYY-MM-DD, got a string ("1 May 2022")' },
    ]);
    expect(violationsOf(['sources', [{ title: 'x', url: 'javascript:alert(1)' }]])).toEqual([
      {
        path: 'sources[0].url',
        message:
          'must be a web address starting with https://, got a string ("javascript:alert(1)")',
      },
    ]);
    expect(violationsOf(['sources', [{ title: 'x', url: 'https://exa mple.org' }]])).toEqual([
      {
        path: 'sources[0].url',
        message: 'must be a valid URL, got a string ("https://exa mple.org")',
      },
    ]);
  });

  it('names the allowed kinds of a block', () => {
    expect(violationsOf(['goals.0.analysis', [{ type: 'poem', text: 'roses are red' }]])).toEqual([
      {
        path: 'goals[0].analysis[0].type',
        message: 'expected "type" to be one of "paragraph", "quote", "list"',
      },
    ]);
  });

  it('keeps the messages written in the schemas', () => {
    const table = { columns: ['a', 'b'], rows: [{ label: 'r', cells: ['only one'] }] };
    expect(violationsOf(['goals.0.table', table])).toEqual([
      { path: 'goals[0].table', message: 'every table row has one cell per column' },
    ]);

    const first = framework.issueAreas[0]!.goals[0]!.id;
    const broken = structuredClone(framework);
    setAt(broken, 'issueAreas.0.goals.1.id', first);
    expect(violations(frameworkSchema, broken)).toEqual([
      { path: 'issueAreas[0].goals[1].id', message: `goal ${first} appears more than once` },
    ]);
  });

  it('explains a bad record key', () => {
    const overrides = {
      state: 'CT',
      year: 2022,
      reviewed: 'all',
      reviewer: 'A. Reviewer',
      goals: { 'goal one': { status: 'meets', note: 'why' } },
    };
    expect(violations(overridesSchema, overrides)).toEqual([
      {
        path: 'goals.goal one',
        message: 'invalid key: must match the pattern /^\\d+\\.\\d+$/, got a string ("goal one")',
      },
    ]);
  });

  it('shortens long values so that a message stays on one line', () => {
    const [violation] = violations(manifestSchema, {
      schemaVersion: 1,
      frameworks: [{ id: 'x'.repeat(500), path: 1, hash: 'h' }],
      datasets: [],
    });
    expect(violation).toEqual({
      path: 'frameworks[0].path',
      message: 'expected a string, got a number (1)',
    });
    const [long] = violations(z.literal('a'), 'y'.repeat(500));
    expect(long?.message.length).toBeLessThan(80);
  });

  it('still reads well without the input (a caller using plain safeParse)', () => {
    const parsed = frameworkSchema.safeParse({ schemaVersion: 1 });
    expect(parsed.success).toBe(false);
    const messages = zodViolations(parsed.error!).map((v) => v.message);
    expect(messages).toContain('expected a string');
    expect(messages.join('\n')).not.toMatch(/Invalid input/);
  });
});
