import { describe, expect, it } from 'vitest';
import type { GoalEvaluation } from '@/domain/contract/evaluation-schema';
import {
  factReadingsOfGoal,
  factReadingsOfSummary,
  readingInWords,
} from '@/domain/facts/fact-readings';
import massachusetts from '../../../../mocks/fixtures/state-real-2022-ma.json';

const SOURCE = { key: 'N1', title: 'OJJDP age table', url: 'https://example.org/a', asOf: '2013' };

// Connecticut's goal 2.9 as the data holds it: the report's reading and reference data beside it.
const connecticut: Pick<GoalEvaluation, 'facts' | 'referenceFacts'> = {
  facts: {
    juvenileJurisdiction: {
      minAge: 10,
      maxAge: 17,
      automaticTransfer: true,
      directFile: null,
      discretionaryTransfer: true,
      traumaConsidered: false,
      basis: 'report',
      notes: 'The report’s own table, repeated.',
      sources: [{ key: 'report', title: 'The state report' }],
    },
  },
  referenceFacts: {
    juvenileJurisdiction: {
      minAge: 10,
      maxAge: 17,
      automaticTransfer: false,
      directFile: false,
      discretionaryTransfer: true,
      traumaConsidered: null,
      basis: 'reference',
      confidence: { minAge: 'high', maxAge: 'high', transfer: 'medium' },
      sources: [SOURCE],
    },
  },
};

describe('fact readings of a goal', () => {
  it('reads reference facts of a goal that is not evaluated, with sources and confidence', () => {
    const goal = massachusetts.goals.find((g) => g.id === '2.9') as GoalEvaluation;
    const [reading, ...more] = factReadingsOfGoal(goal, ['juvenileJurisdiction']);
    expect(more).toEqual([]);
    expect(reading).toMatchObject({
      kind: 'juvenileJurisdiction',
      label: 'Juvenile court ages and transfer laws',
      basis: 'reference',
    });
    expect(reading!.lines.slice(0, 2)).toEqual([
      { label: 'Minimum age', value: '12', confidence: 'high' },
      { label: 'Maximum age', value: '17', confidence: 'high' },
    ]);
    expect(reading!.lines.find((l) => l.label === 'Trauma considered')).toEqual({
      label: 'Trauma considered',
      value: 'Unknown',
    });
    expect(reading!.notes).toEqual([
      'Notes: Minimum raised from 7 to 12 in 2018; judicial waiver repealed 1996.',
    ]);
    expect(reading!.sources.map((s) => s.key)).toEqual([
      'N1',
      'N3',
      'N5',
      'N9',
      'N12',
      'N10',
      'N13',
      'N11',
    ]);
  });

  it('keeps reference data beside the report’s reading, the report first', () => {
    const readings = factReadingsOfGoal(connecticut, ['juvenileJurisdiction']);
    expect(readings.map((r) => r.basis)).toEqual(['report', 'reference']);
    expect(readingInWords(readings[0]!)).toBe(
      'Minimum age 10 · Maximum age 17 · Automatic transfer / statutory exclusion Yes · Direct file Unknown · Discretionary transfer Yes · Trauma considered No',
    );
    // The report's notes repeat its table: not shown twice.
    expect(readings[0]!.notes).toEqual([]);
    expect(readings[1]!.lines[2]).toEqual({
      label: 'Automatic transfer / statutory exclusion',
      value: 'No',
      confidence: 'medium',
    });
  });

  it('says no minimum as a value, not as unknown', () => {
    const goal = {
      facts: {
        juvenileJurisdiction: {
          ...connecticut.referenceFacts!.juvenileJurisdiction!,
          minAge: null,
          confidence: { minAge: 'medium' as const },
        },
      },
    };
    const [reading] = factReadingsOfGoal(goal, ['juvenileJurisdiction']);
    expect(reading!.lines[0]).toEqual({
      label: 'Minimum age',
      value: 'No statutory minimum',
      confidence: 'medium',
    });
  });

  it('reads limitation periods and victim protections in words, unknown kept unknown', () => {
    const goal: Pick<GoalEvaluation, 'facts' | 'referenceFacts'> = {
      facts: {
        statuteOfLimitations: {
          criminal: {
            kind: 'none',
            scope: 'child sex trafficking',
            text: 'may commence at any time',
          },
          civil: null,
          basis: 'report',
        },
        victimProtections: {
          advocate: true,
          courtroomSupports: false,
          identityProtected: null,
          basis: 'report',
        },
      },
    };
    expect(factReadingsOfGoal(goal, ['statuteOfLimitations'])[0]).toMatchObject({
      lines: [
        { label: 'Criminal', value: 'No time limit (child sex trafficking)' },
        { label: 'Civil', value: 'Unknown' },
      ],
      notes: ['Criminal: “may commence at any time”'],
      sources: [],
    });
    expect(factReadingsOfGoal(goal, ['victimProtections'])[0]!.lines.map((l) => l.value)).toEqual([
      'Yes',
      'No',
      'Unknown',
    ]);
    // Only the kinds asked for (those the framework ties to the goal).
    expect(factReadingsOfGoal(goal, [])).toEqual([]);
    expect(factReadingsOfGoal(undefined, ['victimProtections'])).toEqual([]);
  });
});

describe('fact readings of the edition summary', () => {
  it('gives the same words, with the lowest confidence and no sources', () => {
    const readings = factReadingsOfSummary(
      {
        juvenileJurisdiction: {
          minAge: 10,
          maxAge: 17,
          automaticTransfer: true,
          directFile: null,
          discretionaryTransfer: true,
          traumaConsidered: false,
          basis: 'report',
        },
        referenceJuvenileJurisdiction: {
          minAge: 10,
          maxAge: 17,
          automaticTransfer: false,
          directFile: false,
          discretionaryTransfer: true,
          traumaConsidered: null,
          basis: 'reference',
          minConfidence: 'medium',
        },
      },
      ['juvenileJurisdiction'],
    );
    const fromGoal = factReadingsOfGoal(connecticut, ['juvenileJurisdiction']);
    expect(readings.map((r) => r.lines.map((l) => l.value))).toEqual(
      fromGoal.map((r) => r.lines.map((l) => l.value)),
    );
    expect(readings.map((r) => [r.basis, r.minConfidence, r.sources])).toEqual([
      ['report', undefined, []],
      ['reference', 'medium', []],
    ]);
    expect(factReadingsOfSummary(undefined, ['juvenileJurisdiction'])).toEqual([]);
  });
});
