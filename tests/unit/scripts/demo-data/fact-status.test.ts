import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Evaluation, GoalEvaluation, Status } from '@/domain/contract/evaluation-schema';
import { frameworkSchema } from '@/domain/contract/framework-schema';
import { STATE_CODES } from '@/domain/format/jurisdictions';
import { DEFAULT_SEED } from '../../../../scripts/demo-data/cli';
import {
  allowedStatuses,
  MIN_AGE_STANDARD,
  statusFromFacts,
} from '../../../../scripts/demo-data/fact-status';
import { generateDemo } from '../../../../scripts/demo-data/generate-demo';

/**
 * The demo's goals that hold typed facts never contradict them: on goal 4.6 no state "meets"
 * while a limitation period runs in years, and none "does not meet" while a limit is eliminated;
 * likewise the ages and transfers of 2.9 and the protections of 5.3. Checked on every state and
 * edition the generator writes, with the seed the app's demo uses and another.
 */
const root = join(import.meta.dirname, '../../../..');
const framework = frameworkSchema.parse(
  JSON.parse(readFileSync(join(root, 'data/frameworks/shared-hope-2022.json'), 'utf8')),
);
const realCt = JSON.parse(
  readFileSync(join(root, 'data/evaluations/2022/CT.json'), 'utf8'),
) as Evaluation;

describe('allowedStatuses', () => {
  it('gives one status when every criterion is known', () => {
    expect([...allowedStatuses([true, true, true])]).toEqual(['meets']);
    expect([...allowedStatuses([false, false])]).toEqual(['does-not-meet']);
    expect([...allowedStatuses([true, false, false])]).toEqual(['partial']);
  });

  it('leaves open what an unknown criterion could change, and nothing else', () => {
    expect(allowedStatuses([true, null])).toEqual(new Set(['meets', 'partial']));
    expect(allowedStatuses([false, null])).toEqual(new Set(['partial', 'does-not-meet']));
    expect(allowedStatuses([true, false, null])).toEqual(new Set(['partial']));
    expect(allowedStatuses([null])).toEqual(new Set(['meets', 'does-not-meet']));
    expect(allowedStatuses([null, null])).toEqual(new Set(['meets', 'partial', 'does-not-meet']));
  });
});

describe('statusFromFacts', () => {
  const none = { kind: 'none' as const, text: 'x' };
  const years = (n: number) => ({ kind: 'years' as const, years: n, from: 'offense', text: 'x' });
  const base = {
    juvenileJurisdiction: {
      minAge: MIN_AGE_STANDARD,
      maxAge: 17,
      automaticTransfer: false,
      directFile: false,
      discretionaryTransfer: true,
      traumaConsidered: true,
    },
    statuteOfLimitations: { criminal: none, civil: none },
    victimProtections: { advocate: true, courtroomSupports: true, identityProtected: true },
  };

  it('reads the statute of limitation: both eliminated, one, or neither', () => {
    const kinds = ['statuteOfLimitations'] as const;
    expect(statusFromFacts(kinds, base, 'does-not-meet')).toBe('meets');
    const civil5 = { ...base, statuteOfLimitations: { criminal: none, civil: years(5) } };
    expect(statusFromFacts(kinds, civil5, 'meets')).toBe('partial');
    const both = { ...base, statuteOfLimitations: { criminal: years(5), civil: years(20) } };
    expect(statusFromFacts(kinds, both, 'meets')).toBe('does-not-meet');
    // Unknown civil limit with an eliminated criminal one: meets or partly meets, as simulated.
    const open = { ...base, statuteOfLimitations: { criminal: none, civil: null } };
    expect(statusFromFacts(kinds, open, 'meets')).toBe('meets');
    expect(statusFromFacts(kinds, open, 'partial')).toBe('partial');
    expect(statusFromFacts(kinds, open, 'does-not-meet')).toBe('partial');
  });

  it('reads juvenile court ages and transfers; no statutory minimum is not aligned', () => {
    const kinds = ['juvenileJurisdiction'] as const;
    expect(statusFromFacts(kinds, base, 'does-not-meet')).toBe('meets');
    const noMinimum = {
      ...base,
      juvenileJurisdiction: { ...base.juvenileJurisdiction, minAge: null },
    };
    expect(statusFromFacts(kinds, noMinimum, 'meets')).toBe('partial');
    const worst = {
      ...base,
      juvenileJurisdiction: {
        minAge: 7,
        maxAge: 16,
        automaticTransfer: true,
        directFile: null,
        discretionaryTransfer: true,
        traumaConsidered: false,
      },
    };
    expect(statusFromFacts(kinds, worst, 'meets')).toBe('does-not-meet');
  });

  it('reads victim protections: all three, some, none', () => {
    const kinds = ['victimProtections'] as const;
    expect(statusFromFacts(kinds, base, 'partial')).toBe('meets');
    const some = {
      ...base,
      victimProtections: { advocate: true, courtroomSupports: false, identityProtected: null },
    };
    expect(statusFromFacts(kinds, some, 'meets')).toBe('partial');
    const no = {
      ...base,
      victimProtections: { advocate: false, courtroomSupports: false, identityProtected: false },
    };
    expect(statusFromFacts(kinds, no, 'meets')).toBe('does-not-meet');
  });

  it('agrees with the one real analysis there is: Connecticut 2022 partly meets 2.9, 4.6 and 5.3', () => {
    for (const goal of realCt.goals) {
      const kinds = framework.issueAreas
        .flatMap((a) => a.goals)
        .find((g) => g.id === goal.id)?.facts;
      if (!kinds?.length || !goal.facts) continue;
      const facts = {
        juvenileJurisdiction: goal.facts.juvenileJurisdiction ?? base.juvenileJurisdiction,
        statuteOfLimitations: goal.facts.statuteOfLimitations ?? base.statuteOfLimitations,
        victimProtections: goal.facts.victimProtections ?? base.victimProtections,
      };
      for (const simulated of ['meets', 'partial', 'does-not-meet'] as const) {
        expect(statusFromFacts(kinds, facts, simulated), goal.id).toBe(goal.status);
      }
    }
  });
});

/** Every generated goal with its state and edition, for the goals holding a kind of fact. */
function generated(seed: number): { where: string; goal: GoalEvaluation }[] {
  return generateDemo(framework, { seed, editions: framework.editions, states: STATE_CODES })
    .flatMap((file) =>
      file.value.goals.map((goal) => ({ where: `${file.state} ${file.year} ${goal.id}`, goal })),
    )
    .filter(({ goal }) => goal.status !== 'not-evaluated');
}

const contradictions: Record<string, (goal: GoalEvaluation) => string | null> = {
  '4.6': (goal) => {
    const l = goal.facts?.statuteOfLimitations;
    if (!l) return 'no limitation facts';
    const rules = [l.criminal, l.civil];
    const years = rules.filter((r) => r?.kind === 'years').length;
    const none = rules.filter((r) => r?.kind === 'none').length;
    if (goal.status === 'meets' && years > 0) return 'meets, yet a limit runs in years';
    if (goal.status === 'does-not-meet' && none > 0)
      return 'does not meet, yet a limit is eliminated';
    if (goal.status === 'partial' && (none === 2 || years === 2)) return 'partial, yet both alike';
    return null;
  },
  '5.3': (goal) => {
    const p = goal.facts?.victimProtections;
    if (!p) return 'no protection facts';
    const values = [p.advocate, p.courtroomSupports, p.identityProtected];
    if (goal.status === 'meets' && values.includes(false))
      return 'meets, yet a protection is missing';
    if (goal.status === 'does-not-meet' && values.includes(true))
      return 'does not meet, yet a protection is in law';
    if (
      goal.status === 'partial' &&
      (values.every((v) => v === true) || values.every((v) => v === false))
    )
      return 'partial, yet all alike';
    return null;
  },
  '2.9': (goal) => {
    const j = goal.facts?.juvenileJurisdiction;
    if (!j) return 'no juvenile court facts';
    const coversMinors = j.maxAge === null ? null : j.maxAge >= 17;
    const floor = j.minAge !== null && j.minAge >= MIN_AGE_STANDARD;
    const transfersToAdultCourt = j.automaticTransfer === true || j.directFile === true;
    const noTransfersByLaw = j.automaticTransfer === false && j.directFile === false;
    const trauma = j.discretionaryTransfer === false ? true : j.traumaConsidered;
    if (goal.status === 'meets') {
      if (coversMinors === false) return 'meets, yet the juvenile court stops before 17';
      if (!floor) return `meets, yet the minimum age is ${j.minAge ?? 'none'}`;
      if (transfersToAdultCourt) return 'meets, yet minors are transferred to adult court by law';
      if (trauma === false) return 'meets, yet trauma is not considered';
    }
    if (goal.status === 'does-not-meet') {
      if (coversMinors === true || floor || noTransfersByLaw || trauma === true)
        return 'does not meet, yet one of its criteria is met';
    }
    return null;
  },
};

describe.each([DEFAULT_SEED, 7])('generated demo data (seed %i)', (seed) => {
  const goals = generated(seed);

  it.each(Object.keys(contradictions))(
    'gives goal %s a status its typed facts allow, on every state and edition',
    (id) => {
      const check = contradictions[id]!;
      const ofGoal = goals.filter(({ goal }) => goal.id === id);
      // 51 states × 3 editions, less the few not evaluated.
      expect(ofGoal.length).toBeGreaterThan(130);
      const wrong = ofGoal.flatMap(({ where, goal }) => {
        const problem = check(goal);
        return problem ? [`${where} ${goal.status}: ${problem}`] : [];
      });
      expect(wrong).toEqual([]);
      // The statuses still vary: the facts differ between states.
      const statuses = new Set<Status>(ofGoal.map(({ goal }) => goal.status));
      expect(statuses.size, [...statuses].join(' ')).toBeGreaterThanOrEqual(2);
    },
  );

  it('says in the summary the status it has', () => {
    for (const { goal } of goals.filter(({ goal }) => ['2.9', '4.6', '5.3'].includes(goal.id))) {
      const phrase = { meets: 'meets', partial: 'partly meets', 'does-not-meet': 'does not meet' }[
        goal.status as 'meets'
      ];
      expect(goal.summary).toContain(` ${phrase} policy goal ${goal.id}`);
    }
  });
});
