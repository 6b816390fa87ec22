import { describe, expect, it } from 'vitest';
import { factKindsOfGoal, goalOfFactKind, isFactKind } from '@/domain/contract/fact-kinds';
import { frameworkSchema } from '@/domain/contract/framework-schema';
import { safeParseData, zodViolations } from '@/domain/contract/schema-messages';
import { validateEvaluation } from '@/domain/contract/validate-evaluation';
import { loadFramework, makeEvaluation } from '../../fixtures/evaluation-fixture';
import { withFactGoals } from '../../fixtures/framework-facts';

const framework = loadFramework();

function frameworkViolations(input: unknown) {
  const parsed = safeParseData(frameworkSchema, input);
  if (parsed.success) throw new Error('expected the framework to fail');
  return zodViolations(parsed.error);
}

describe('fact kinds in the framework file', () => {
  it('ties each kind to the goal whose `facts` name it', () => {
    expect(goalOfFactKind(framework, 'juvenileJurisdiction')).toBe('2.9');
    expect(goalOfFactKind(framework, 'statuteOfLimitations')).toBe('4.6');
    expect(goalOfFactKind(framework, 'victimProtections')).toBe('5.3');
    expect(factKindsOfGoal(framework, '2.9')).toEqual(['juvenileJurisdiction']);
    expect(factKindsOfGoal(framework, '1.1')).toEqual([]);
    expect(factKindsOfGoal(framework, '9.9')).toEqual([]);
    expect(isFactKind('victimProtections')).toBe(true);
    expect(isFactKind('ages')).toBe(false);
  });

  it('reads the tie from the framework, wherever it puts the kinds', () => {
    const moved = withFactGoals(framework, {
      juvenileJurisdiction: '1.1',
      victimProtections: null,
    });
    expect(frameworkSchema.parse(moved)).toEqual(moved);
    expect(goalOfFactKind(moved, 'juvenileJurisdiction')).toBe('1.1');
    expect(goalOfFactKind(moved, 'victimProtections')).toBeUndefined();
    expect(factKindsOfGoal(moved, '2.9')).toEqual([]);
  });

  it('rejects a kind on two goals, with both goals named', () => {
    const twice = structuredClone(framework);
    twice.issueAreas[0]!.goals[0]!.facts = ['juvenileJurisdiction'];
    expect(frameworkViolations(twice)).toEqual([
      {
        path: 'issueAreas[1].goals[8].facts[0]',
        message:
          'the fact kind juvenileJurisdiction is on goal 1.1 and again on goal 2.9: each kind of fact belongs to one goal',
      },
    ]);
    const repeated = structuredClone(framework);
    repeated.issueAreas[3]!.goals[5]!.facts = ['statuteOfLimitations', 'statuteOfLimitations'];
    expect(frameworkViolations(repeated)).toEqual([
      {
        path: 'issueAreas[3].goals[5].facts[1]',
        message: 'goal 4.6 names the fact kind statuteOfLimitations twice',
      },
    ]);
  });

  it('rejects an unknown kind, naming the known ones', () => {
    const unknown = structuredClone(framework) as unknown as {
      issueAreas: { goals: { facts?: string[] }[] }[];
    };
    unknown.issueAreas[0]!.goals[0]!.facts = ['ages'];
    expect(frameworkViolations(unknown)).toEqual([
      {
        path: 'issueAreas[0].goals[0].facts[0]',
        message:
          'expected one of "juvenileJurisdiction", "statuteOfLimitations", "victimProtections", got a string ("ages")',
      },
    ]);
    const empty = structuredClone(framework);
    empty.issueAreas[0]!.goals[0]!.facts = [];
    expect(frameworkViolations(empty)).toEqual([
      { path: 'issueAreas[0].goals[0].facts', message: 'must have at least 1 item' },
    ]);
  });
});

describe('typed facts in an evaluation, checked against the framework', () => {
  const evaluation = makeEvaluation(framework, { state: 'CT' });

  it('accepts each kind on the goal the framework names, wherever that is', () => {
    expect(validateEvaluation(evaluation, framework).ok).toBe(true);
    // The same facts moved to goals 1.1 and 1.2, with a framework that puts them there.
    const moved = structuredClone(evaluation);
    const goal = (id: string) => moved.goals.find((g) => g.id === id)!;
    goal('1.1').facts = goal('2.9').facts;
    goal('1.1').referenceFacts = goal('2.9').referenceFacts;
    goal('1.2').facts = goal('4.6').facts;
    for (const id of ['2.9', '4.6']) {
      delete goal(id).facts;
      delete goal(id).referenceFacts;
    }
    const elsewhere = withFactGoals(framework, {
      juvenileJurisdiction: '1.1',
      statuteOfLimitations: '1.2',
    });
    expect(validateEvaluation(moved, elsewhere).ok).toBe(true);
    expect(validateEvaluation(evaluation, elsewhere)).toMatchObject({
      ok: false,
      violations: [
        {
          path: 'goals[15].facts.juvenileJurisdiction',
          message: 'juvenileJurisdiction belongs to goal 1.1, not 2.9',
        },
        {
          path: 'goals[15].referenceFacts.juvenileJurisdiction',
          message: 'juvenileJurisdiction belongs to goal 1.1, not 2.9',
        },
        {
          path: 'goals[29].facts.statuteOfLimitations',
          message: 'statuteOfLimitations belongs to goal 1.2, not 4.6',
        },
      ],
    });
  });

  it('rejects a kind the framework puts on no goal', () => {
    const none = withFactGoals(framework, { victimProtections: null });
    expect(validateEvaluation(evaluation, none)).toMatchObject({
      ok: false,
      violations: [
        {
          path: 'goals[32].facts.victimProtections',
          message:
            'victimProtections belongs to no goal of shared-hope-2022 (its goals\' "facts" name none)',
        },
      ],
    });
  });
});
