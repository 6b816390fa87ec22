import { describe, expect, it } from 'vitest';
import {
  decodeStatus,
  deriveEditionSummary,
  encodeStatuses,
  statusesById,
  summarizeState,
} from '@/domain/contract/derive-summary';
import { frameworkGoals } from '@/domain/contract/framework-schema';
import { editionSummarySchema } from '@/domain/contract/summary-schema';
import { loadFramework, makeEvaluation } from '../../fixtures/evaluation-fixture';
import { withFactGoals } from '../../fixtures/framework-facts';

const framework = loadFramework();
const goalIds = frameworkGoals(framework).map((g) => g.id);

describe('status string', () => {
  it('has one character per goal, in framework order whatever the file order', () => {
    const evaluation = makeEvaluation(framework, {
      state: 'CT',
      statuses: { '1.1': 'meets', '2.9': 'partial', '6.6': 'does-not-meet' },
    });
    evaluation.goals.reverse();
    const statuses = encodeStatuses(evaluation, framework);
    expect(statuses).toHaveLength(40);
    expect(statuses[goalIds.indexOf('1.1')]).toBe('m');
    expect(statuses[goalIds.indexOf('2.9')]).toBe('p');
    expect(statuses[goalIds.indexOf('6.6')]).toBe('d');
    expect(statuses.replace(/[mpd]/g, '')).toBe('n'.repeat(37));
  });

  it('decodes back to statuses, unreadable characters as not-evaluated', () => {
    expect(decodeStatus('mpdn', 0)).toBe('meets');
    expect(decodeStatus('mpdn', 1)).toBe('partial');
    expect(decodeStatus('mpdn', 2)).toBe('does-not-meet');
    expect(decodeStatus('mpdn', 3)).toBe('not-evaluated');
    expect(decodeStatus('mpdn', 9)).toBe('not-evaluated');
    expect(statusesById(['1.1', '1.2'], 'pm')).toEqual(
      new Map([
        ['1.1', 'partial'],
        ['1.2', 'meets'],
      ]),
    );
  });
});

describe('summarizeState', () => {
  it('scores the evaluated goals and counts them', () => {
    const state = summarizeState(
      makeEvaluation(framework, { state: 'CT', statuses: { '1.1': 'meets', '1.2': 'partial' } }),
      framework,
    );
    expect(state.evaluated).toBe(2);
    expect(state.score).toBe(75);
    expect(state.issueScores).toEqual([75, null, null, null, null, null]);
  });

  it('has null scores, never 0, when nothing is evaluated', () => {
    const state = summarizeState(makeEvaluation(framework, { state: 'CT' }), framework);
    expect(state.evaluated).toBe(0);
    expect(state.score).toBeNull();
    expect(state.issueScores.every((s) => s === null)).toBe(true);
    expect(state.asOf).toBeNull();
  });

  it('copies the published grade without notes or sources', () => {
    const state = summarizeState(makeEvaluation(framework, { state: 'FL' }), framework);
    expect(state.published).toEqual({
      grade: 'C',
      score: 72.5,
      maxScore: 110,
      rank: 12,
      confidence: 'medium',
      inferred: false,
    });
    const bare = summarizeState(
      makeEvaluation(framework, { state: 'FL', published: false }),
      framework,
    );
    expect(bare).not.toHaveProperty('published');
  });

  it('copies the typed facts in compact form', () => {
    const { facts } = summarizeState(makeEvaluation(framework, { state: 'CT' }), framework);
    expect(facts?.juvenileJurisdiction).toEqual({
      minAge: null,
      maxAge: 17,
      automaticTransfer: true,
      directFile: false,
      discretionaryTransfer: true,
      traumaConsidered: null,
      basis: 'report',
    });
    // The reference reading sits beside the report's, with its lowest confidence.
    expect(facts?.referenceJuvenileJurisdiction).toEqual({
      minAge: 7,
      maxAge: 17,
      automaticTransfer: false,
      directFile: false,
      discretionaryTransfer: true,
      traumaConsidered: null,
      basis: 'reference',
      minConfidence: 'low',
    });
    expect(facts?.statuteOfLimitations).toEqual({
      criminal: { kind: 'none', scope: 'trafficking of minors' },
      civil: { kind: 'years', years: 5, from: 'age-21' },
      basis: 'report',
    });
    expect(facts?.victimProtections).toEqual({
      advocate: true,
      courtroomSupports: false,
      identityProtected: null,
      basis: 'report',
    });
  });

  it('reads each kind of fact from the goal the framework names for it', () => {
    const evaluation = makeEvaluation(framework, { state: 'CT' });
    const expected = summarizeState(evaluation, framework).facts;
    // The same facts on goals 1.1 and 6.6, with a framework that puts the kinds there.
    const moved = structuredClone(evaluation);
    const goal = (id: string) => moved.goals.find((g) => g.id === id)!;
    goal('1.1').facts = { ...goal('2.9').facts, ...goal('5.3').facts };
    goal('1.1').referenceFacts = goal('2.9').referenceFacts;
    for (const id of ['2.9', '5.3']) {
      delete goal(id).facts;
      delete goal(id).referenceFacts;
    }
    const elsewhere = withFactGoals(framework, {
      juvenileJurisdiction: '1.1',
      victimProtections: '1.1',
    });
    expect(summarizeState(moved, elsewhere).facts).toEqual(expected);
    // Facts on a goal the framework does not name for them are not compared.
    expect(summarizeState(evaluation, elsewhere).facts).toEqual({
      statuteOfLimitations: expected?.statuteOfLimitations,
    });
  });

  it('leaves facts out when there are none', () => {
    const state = summarizeState(
      makeEvaluation(framework, { state: 'CT', facts: false }),
      framework,
    );
    expect(state).not.toHaveProperty('facts');
  });
});

describe('deriveEditionSummary', () => {
  it('lists states by code with the framework goal and issue area order', () => {
    const summary = deriveEditionSummary({
      dataset: 'real',
      synthetic: false,
      framework,
      year: 2022,
      evaluations: ['NY', 'CT', 'MA'].map((state) =>
        makeEvaluation(framework, { state, otherwise: 'partial' }),
      ),
    });
    expect(summary.states.map((s) => s.code)).toEqual(['CT', 'MA', 'NY']);
    expect(summary.goals).toEqual(goalIds);
    expect(summary.issueAreas).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(summary.states[0]?.score).toBe(50);
    expect(editionSummarySchema.safeParse(summary).success).toBe(true);
  });
});
