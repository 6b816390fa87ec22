import { describe, expect, it } from 'vitest';
import { yesNoWord as yesNo } from '@/domain/facts/fact-values';
import { factKindsOfGoal } from '@/domain/facts/registry';
import {
  goalFactTables,
  limitationText,
  summaryReferenceTables,
} from '@/domain/heatmap/fact-tables';
import { loadFramework, makeEvaluation } from '../../fixtures/evaluation-fixture';

const framework = loadFramework();
const evaluation = makeEvaluation(framework, { state: 'CT' });
const kinds = (goalId: string) => factKindsOfGoal(framework, goalId);
const goal = (id: string) => evaluation.goals.find((g) => g.id === id)!;

describe('goalFactTables', () => {
  it('shows juvenile court facts from the report beside reference data, unknown as unknown', () => {
    const [table, ...rest] = goalFactTables(goal('2.9').facts, goal('2.9').referenceFacts);
    expect(rest).toEqual([]);
    expect(table!.title).toBe('Juvenile court jurisdiction');
    expect(table!.columns).toEqual([
      { heading: 'In the report' },
      { heading: 'Reference data', note: 'confidence: low' },
    ]);
    const row = (label: string) => table!.rows.find((r) => r.label.startsWith(label))!.values;
    // No statutory minimum is not an age, and never zero.
    expect(row('Minimum age')).toEqual(['No statutory minimum', '7']);
    expect(row('Maximum age')).toEqual(['17', '17']);
    expect(row('Automatic transfer')).toEqual(['Yes', 'No']);
    expect(row('Court must consider trauma')).toEqual(['Unknown', 'Unknown']);
  });

  it('words statutes of limitation and victim protections', () => {
    const [sol] = goalFactTables(goal('4.6').facts, undefined);
    expect(sol).toEqual({
      title: 'Statutes of limitation',
      columns: [{ heading: 'In the report' }],
      rows: [
        { label: 'Criminal', values: ['No limit (trafficking of minors)'] },
        { label: 'Civil', values: ['5 years from the victim’s 21st birthday'] },
      ],
    });
    const [vp] = goalFactTables(goal('5.3').facts, undefined);
    expect(vp!.rows.map((r) => r.values[0])).toEqual(['Yes', 'No', 'Unknown']);
    expect(goalFactTables(goal('1.1').facts, undefined)).toEqual([]);
  });
});

describe('limitationText and yesNo', () => {
  it('words every kind of rule, and null as unknown', () => {
    expect(limitationText(null)).toBe('Unknown');
    expect(limitationText({ kind: 'none' })).toBe('No limit');
    expect(limitationText({ kind: 'years', years: 1, from: 'offense' })).toBe(
      '1 year from the offense',
    );
    expect(limitationText({ kind: 'years', years: 10, from: 'discovery' })).toBe(
      '10 years from its discovery',
    );
    expect(limitationText({ kind: 'years', years: 3, from: 'age-18' })).toBe(
      '3 years from the victim’s 18th birthday',
    );
    expect(limitationText({ kind: 'years', years: 3, from: 'age-22' })).toBe(
      '3 years from the victim’s 22nd birthday',
    );
    expect([yesNo(true), yesNo(false), yesNo(null), yesNo(undefined)]).toEqual([
      'Yes',
      'No',
      'Unknown',
      'Unknown',
    ]);
  });
});

describe('summaryReferenceTables', () => {
  it('shows a summary’s reference juvenile facts for goal 2.9 only', () => {
    const facts = {
      referenceJuvenileJurisdiction: {
        minAge: null,
        maxAge: 17,
        automaticTransfer: true,
        directFile: false,
        discretionaryTransfer: null,
        traumaConsidered: null,
        basis: 'reference' as const,
        minConfidence: 'high' as const,
      },
    };
    const [table] = summaryReferenceTables(kinds('2.9'), facts);
    expect(table!.columns).toEqual([{ heading: 'Reference data', note: 'confidence: high' }]);
    expect(table!.rows[0]!.values).toEqual(['No statutory minimum']);
    expect(table!.rows[4]!.values).toEqual(['Unknown']);
    expect(summaryReferenceTables(kinds('2.8'), facts)).toEqual([]);
    expect(summaryReferenceTables(kinds('2.9'), undefined)).toEqual([]);
  });
});
