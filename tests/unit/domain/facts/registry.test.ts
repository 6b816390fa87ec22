import { describe, expect, it } from 'vitest';
import { editionSummarySchema } from '@/domain/contract/summary-schema';
import {
  embeddedChartTitle,
  embeddedFactKind,
  featuredGoalId,
  goalSortable,
  goalSortKey,
  sortedFactKind,
} from '@/domain/facts/fact-goals';
import {
  FACT_KINDS,
  FACT_REGISTRY,
  factKindsOfGoal,
  goalOfFactKind,
  statusFactColumns,
} from '@/domain/facts/registry';
import realFixture from '../../../../mocks/fixtures/goal-real-2022-summary.json';
import { loadFramework, makeEvaluation } from '../../fixtures/evaluation-fixture';
import { withFactGoals } from '../../fixtures/framework-facts';

const framework = loadFramework();
/** All 51 jurisdictions: Connecticut from its report, the others' juvenile facts from reference data */
const real = editionSummarySchema.parse(realFixture);
const ct = real.states.find((s) => s.code === 'CT')!;
const al = real.states.find((s) => s.code === 'AL')!;

describe('the registry of fact kinds', () => {
  it('has one entry per kind, each on the goal the framework names', () => {
    expect(Object.keys(FACT_REGISTRY)).toEqual([...FACT_KINDS]);
    expect(
      FACT_KINDS.map((k) => [k, goalOfFactKind(framework, k), FACT_REGISTRY[k].label]),
    ).toEqual([
      ['juvenileJurisdiction', '2.9', 'Juvenile court ages and transfer laws'],
      ['statuteOfLimitations', '4.6', 'Statutes of limitation'],
      ['victimProtections', '5.3', 'Victim protections in court'],
    ]);
    for (const kind of FACT_KINDS) expect(FACT_REGISTRY[kind].kind).toBe(kind);
  });

  it('juvenile court facts: rows for every jurisdiction, the report’s reading first, in words', () => {
    const entry = FACT_REGISTRY.juvenileJurisdiction;
    expect(entry.chartTitle).toBe('Ages of juvenile court jurisdiction');
    expect(entry.ofState(ct)).toEqual(ct.facts?.juvenileJurisdiction);
    // Reference data counts where the report has no reading.
    expect(entry.ofState(al)).toMatchObject({ basis: 'reference', minAge: null });
    const rows = entry.rows(real);
    expect(rows).toHaveLength(51);
    expect(rows.find((r) => r.code === 'CT')).toMatchObject({
      facts: { basis: 'report' },
      reference: { basis: 'reference' },
    });
    expect(entry.describe(rows)).toMatch(
      /^Of 51 jurisdictions with facts, 27 set no statutory minimum age for juvenile court/,
    );
    expect(entry.statusColumn?.value(ct)).toBe('10 to 17');
    expect(entry.statusColumn?.value(al)).toBe('no statutory minimum to 17');
    expect(entry.statusColumn?.value(undefined)).toBeNull();
    expect(entry.sortKey?.(null)).toBe('min-age');
    expect(entry.embedded).toBe(true);
  });

  it('statutes of limitation: rows and both sentences, unknown where there are no facts', () => {
    const entry = FACT_REGISTRY.statuteOfLimitations;
    const rows = entry.rows(real);
    expect(rows.find((r) => r.code === 'CT')?.facts?.criminal).toEqual({
      kind: 'none',
      scope: 'child sex trafficking and CSEC offenses',
    });
    expect(rows.find((r) => r.code === 'TX')?.facts).toBeNull();
    expect(entry.ofState(ct)?.basis).toBe('report');
    expect(entry.ofState(al)).toBeUndefined();
    expect(entry.describe(rows)).toBe(
      'For criminal prosecutions, 1 of 1 jurisdictions with data set no time limit; 0 set one. 50 are unknown. ' +
        'For civil actions, 0 of 1 jurisdictions with data set no time limit; 1 set one. 50 are unknown.',
    );
    expect(entry.sortKey).toBeUndefined();
    expect(entry.statusColumn).toBeUndefined();
  });

  it('victim protections: rows counted in law, unknown never as no', () => {
    const entry = FACT_REGISTRY.victimProtections;
    const rows = entry.rows(real);
    expect(rows.find((r) => r.code === 'CT')).toMatchObject({ provided: 1, unknown: 0 });
    expect(rows.find((r) => r.code === 'OH')?.facts).toBeNull();
    expect(entry.describe(rows)).toMatch(
      /^Of 1 jurisdictions with data, 0 provide all three protections in law and 0 provide none\./,
    );
  });

  it('reads a goal of an evaluation: its facts and the reference data beside them', () => {
    const evaluation = makeEvaluation(framework, { state: 'CT' });
    const goal = (id: string) => evaluation.goals.find((g) => g.id === id)!;
    expect(FACT_REGISTRY.juvenileJurisdiction.ofGoal(goal('2.9'))).toEqual({
      facts: goal('2.9').facts?.juvenileJurisdiction,
      reference: goal('2.9').referenceFacts?.juvenileJurisdiction,
    });
    expect(FACT_REGISTRY.victimProtections.ofGoal(goal('2.9'))).toEqual({
      facts: undefined,
      reference: undefined,
    });
  });

  it('adds its columns to the status table of the goal that holds it', () => {
    expect(statusFactColumns(factKindsOfGoal(framework, '2.9')).map((c) => c.label)).toEqual([
      'Juvenile court ages',
    ]);
    expect(statusFactColumns(factKindsOfGoal(framework, '4.6'))).toEqual([]);
  });
});

describe('goals with typed facts, for the URL and the app shell', () => {
  it('sorts, embeds and features the goal that holds juvenile court facts', () => {
    expect(sortedFactKind(framework, '2.9')).toBe('juvenileJurisdiction');
    expect(goalSortable(framework, '2.9')).toBe(true);
    expect(goalSortable(framework, '4.6')).toBe(false);
    expect(goalSortKey(framework, '2.9', null)).toBe('min-age');
    expect(goalSortKey(framework, '2.9', 'max-age')).toBe('max-age');
    expect(goalSortKey(framework, '2.9', 'bogus')).toBe('min-age');
    expect(goalSortKey(framework, '4.6', 'name')).toBeUndefined();
    expect(embeddedFactKind(framework, '2.9')).toBe('juvenileJurisdiction');
    expect(embeddedFactKind(framework, '5.3')).toBeUndefined();
    expect(embeddedChartTitle(framework, '2.9')).toBe('Ages of juvenile court jurisdiction');
    expect(embeddedChartTitle(framework, '4.6')).toBeUndefined();
    expect(featuredGoalId(framework)).toBe('2.9');
  });

  it('follows the framework when it puts the kinds elsewhere', () => {
    const moved = withFactGoals(framework, {
      juvenileJurisdiction: '3.2',
      statuteOfLimitations: '1.4',
    });
    expect(goalSortable(moved, '2.9')).toBe(false);
    expect(goalSortKey(moved, '3.2', 'name')).toBe('name');
    expect(embeddedFactKind(moved, '3.2')).toBe('juvenileJurisdiction');
    expect(featuredGoalId(moved)).toBe('1.4');
    const none = withFactGoals(framework, {
      juvenileJurisdiction: null,
      statuteOfLimitations: null,
      victimProtections: null,
    });
    expect(featuredGoalId(none)).toBe('1.1');
  });
});
