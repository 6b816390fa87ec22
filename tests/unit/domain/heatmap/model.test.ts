import { describe, expect, it } from 'vitest';
import { deriveEditionSummary } from '@/domain/contract/derive-summary';
import type { Status } from '@/domain/contract/evaluation-schema';
import {
  buildHeatmap,
  cellLabel,
  heatmapSort,
  quickStateSets,
  sortKey,
  stateChoices,
  toggleShown,
  toggleValue,
  type HeatmapFilters,
} from '@/domain/heatmap/model';
import { STATE_CODES } from '@/domain/format/jurisdictions';
import type { EditionSummary } from '@/domain/contract/summary-schema';
import { loadFramework, makeEvaluation } from '../../fixtures/evaluation-fixture';

const framework = loadFramework();

function summaryOf(
  states: Record<string, Record<string, Status>>,
  otherwise: Status = 'not-evaluated',
): EditionSummary {
  return deriveEditionSummary({
    dataset: 'real',
    synthetic: false,
    framework,
    year: 2022,
    evaluations: Object.entries(states).map(([state, statuses]) =>
      makeEvaluation(framework, { state, statuses, otherwise, facts: false }),
    ),
  });
}

const NONE: HeatmapFilters = { issues: [], status: [], states: [], sort: null };

// CT: 1.1 meets, 1.2 partial, 2.9 does not meet (score 50 over 3); MA: 2.1 meets (100 over 1);
// NY: nothing evaluated (no score).
const summary = summaryOf({
  CT: { '1.1': 'meets', '1.2': 'partial', '2.9': 'does-not-meet' },
  MA: { '2.1': 'meets' },
  NY: {},
});

describe('buildHeatmap columns', () => {
  it('lists the 40 goals grouped by issue area, in framework order', () => {
    const model = buildHeatmap(summary, framework, NONE);
    expect(model.columns).toHaveLength(40);
    expect(model.totalGoals).toBe(40);
    expect(model.groups.map((g) => [g.issueId, g.span])).toEqual([
      ['1', 7],
      ['2', 11],
      ['3', 6],
      ['4', 6],
      ['5', 4],
      ['6', 6],
    ]);
    expect(model.columns.filter((c) => c.groupStart).map((c) => c.goalId)).toEqual([
      '1.1',
      '2.1',
      '3.1',
      '4.1',
      '5.1',
      '6.1',
    ]);
    const juvenile = model.columns.find((c) => c.goalId === '2.9')!;
    expect(juvenile.name).toBe(
      'goal 2.9 Juvenile court jurisdiction aligns with international human rights standards',
    );
    expect(model.filtered).toBe(false);
  });

  it('shows only the chosen issue areas, reading each status from its place in the summary', () => {
    const model = buildHeatmap(summary, framework, { ...NONE, issues: ['2'] });
    expect(model.columns.map((c) => c.goalId)).toEqual([
      '2.1',
      '2.2',
      '2.3',
      '2.4',
      '2.5',
      '2.6',
      '2.7',
      '2.8',
      '2.9',
      '2.10',
      '2.11',
    ]);
    const ct = model.rows.find((r) => r.code === 'CT')!;
    expect(ct.statuses[8]).toBe('does-not-meet');
    expect(ct.counts).toEqual({ meets: 0, partial: 0, 'does-not-meet': 1, 'not-evaluated': 10 });
    expect(model.filtered).toBe(true);
  });
});

describe('buildHeatmap columns chosen by goal', () => {
  it('shows exactly the goals a link names, in framework order, each area with its own span', () => {
    const model = buildHeatmap(summary, framework, { ...NONE, goals: ['4.6', '2.5', '2.9'] });
    expect(model.columns.map((c) => c.goalId)).toEqual(['2.5', '2.9', '4.6']);
    expect(model.groups.map((g) => [g.issueId, g.span])).toEqual([
      ['2', 2],
      ['4', 1],
    ]);
    expect(model.columns.filter((c) => c.groupStart).map((c) => c.goalId)).toEqual(['2.5', '4.6']);
    expect(model.goalFilter).toEqual(['2.5', '2.9', '4.6']);
    expect(model.totalGoals).toBe(40);
    expect(model.filtered).toBe(true);
    // Each cell still reads its own goal's place in the summary.
    const ct = model.rows.find((r) => r.code === 'CT')!;
    expect(ct.statuses).toEqual(['not-evaluated', 'does-not-meet', 'not-evaluated']);
    expect(ct.counts).toEqual({ meets: 0, partial: 0, 'does-not-meet': 1, 'not-evaluated': 2 });
  });

  it('narrows the goals to the chosen issue areas, and may leave none', () => {
    const both = buildHeatmap(summary, framework, {
      ...NONE,
      goals: ['1.1', '2.9', '4.6'],
      issues: ['1', '4'],
    });
    expect(both.columns.map((c) => c.goalId)).toEqual(['1.1', '4.6']);
    const none = buildHeatmap(summary, framework, { ...NONE, goals: ['1.1'], issues: ['2'] });
    expect(none.columns).toEqual([]);
    expect(none.groups).toEqual([]);
    expect(none.rows).toHaveLength(3);
  });

  it('keeps every goal when none is named', () => {
    expect(buildHeatmap(summary, framework, { ...NONE, goals: [] }).columns).toHaveLength(40);
    expect(buildHeatmap(summary, framework, NONE).goalFilter).toEqual([]);
  });
});

describe('buildHeatmap rows', () => {
  it('sorts by coverage score by default, highest first, with no score last (never as zero)', () => {
    const model = buildHeatmap(summary, framework, NONE);
    expect(model.rows.map((r) => r.code)).toEqual(['MA', 'CT', 'NY']);
    const [ma, ct, ny] = model.rows;
    expect([ma!.keyScore, ma!.keyEvaluated]).toEqual([100, 1]);
    expect([ct!.score, ct!.evaluated]).toEqual([50, 3]);
    expect([ny!.score, ny!.keyScore, ny!.evaluated]).toEqual([null, null, 0]);
    expect(ct!.counts).toEqual({ meets: 1, partial: 1, 'does-not-meet': 1, 'not-evaluated': 37 });
    expect(ct!.name).toBe('Connecticut');
    expect(ct!.region).toBe('Northeast');
    expect(model.totalStates).toBe(3);
  });

  it('sorts by name, or by an issue area’s score with the goals evaluated in it', () => {
    expect(
      buildHeatmap(summary, framework, { ...NONE, sort: 'name' }).rows.map((r) => r.code),
    ).toEqual(['CT', 'MA', 'NY']);
    const byArea1 = buildHeatmap(summary, framework, { ...NONE, sort: 'issue:1' });
    expect(byArea1.sort).toEqual({ kind: 'issue', issueId: '1', title: 'Criminal Provisions' });
    expect(byArea1.rows.map((r) => [r.code, r.keyScore, r.keyEvaluated])).toEqual([
      ['CT', 75, 2],
      ['MA', null, 0],
      ['NY', null, 0],
    ]);
  });

  it('sorts by one goal’s status: meets, partly, does not meet, not evaluated; ties by name', () => {
    const five = summaryOf({
      TX: { '2.9': 'partial' },
      CT: { '2.9': 'does-not-meet' },
      AL: { '2.9': 'meets', '1.1': 'does-not-meet' },
      NY: {},
      MA: { '2.9': 'partial' },
      AK: { '2.9': 'meets' },
    });
    const model = buildHeatmap(five, framework, { ...NONE, sort: 'goal:2.9' });
    expect(model.sort).toEqual({
      kind: 'goal',
      goalId: '2.9',
      title: 'Juvenile court jurisdiction aligns with international human rights standards.',
    });
    // Alabama before Alaska: a tie on the goal goes by name, not by the score (AK's is higher).
    expect(model.rows.map((r) => r.code)).toEqual(['AL', 'AK', 'MA', 'TX', 'CT', 'NY']);
    // The score beside each name stays the coverage score.
    expect(model.rows.map((r) => r.keyScore)).toEqual([50, 100, 50, 50, 0, null]);
    expect(sortKey(model.sort)).toBe('goal:2.9');
  });

  it('sorts by a goal’s status even when that goal is not shown', () => {
    const two = summaryOf({ NY: { '2.9': 'meets' }, CT: { '2.9': 'does-not-meet' } });
    const model = buildHeatmap(two, framework, { ...NONE, sort: 'goal:2.9', goals: ['1.1'] });
    expect(model.columns.map((c) => c.goalId)).toEqual(['1.1']);
    expect(model.rows.map((r) => r.code)).toEqual(['NY', 'CT']);
  });

  it('treats a sort it does not offer as the default', () => {
    expect(heatmapSort('goal:9.9', framework)).toEqual({ kind: 'score' });
    expect(heatmapSort('grade', framework)).toEqual({ kind: 'score' });
    expect(heatmapSort('issue:9', framework)).toEqual({ kind: 'score' });
    expect(heatmapSort(null, framework)).toEqual({ kind: 'score' });
    expect(sortKey(heatmapSort('issue:4', framework))).toBe('issue:4');
    expect(sortKey(heatmapSort('name', framework))).toBe('name');
  });

  it('shows only the chosen states', () => {
    const model = buildHeatmap(summary, framework, { ...NONE, states: ['NY', 'CT'] });
    expect(model.rows.map((r) => r.code)).toEqual(['CT', 'NY']);
    expect(model.totalStates).toBe(3);
  });

  it('keeps rows with at least one visible cell of a chosen status, and marks the others', () => {
    const met = buildHeatmap(summary, framework, { ...NONE, status: ['meets'] });
    expect(met.rows.map((r) => r.code)).toEqual(['MA', 'CT']);
    const ct = met.rows.find((r) => r.code === 'CT')!;
    expect(ct.matches!.slice(0, 3)).toEqual([true, false, false]);
    expect(met.statusFilter).toEqual(['meets']);

    // Within issue area 1 only CT has a met goal.
    const metIn1 = buildHeatmap(summary, framework, { ...NONE, status: ['meets'], issues: ['1'] });
    expect(metIn1.rows.map((r) => r.code)).toEqual(['CT']);

    const unknown = buildHeatmap(summary, framework, { ...NONE, status: ['not-evaluated'] });
    expect(unknown.rows).toHaveLength(3);
    expect(buildHeatmap(summary, framework, NONE).rows[0]!.matches).toBeNull();
  });

  it('puts the statuses filter in framework order whatever the URL order', () => {
    const model = buildHeatmap(summary, framework, {
      ...NONE,
      status: ['not-evaluated', 'meets'],
    });
    expect(model.statusFilter).toEqual(['meets', 'not-evaluated']);
  });

  it('reads a goal the summary lacks as not evaluated', () => {
    const partial: EditionSummary = {
      ...summary,
      goals: summary.goals.filter((g) => g !== '6.6'),
      states: summary.states.map((s) => ({ ...s, statuses: s.statuses.slice(0, 39) })),
    };
    const model = buildHeatmap(partial, framework, { ...NONE, issues: ['6'] });
    expect(model.columns.at(-1)).toMatchObject({ goalId: '6.6', summaryIndex: -1 });
    expect(model.rows.every((r) => r.statuses.at(-1) === 'not-evaluated')).toBe(true);
  });
});

describe('cellLabel', () => {
  it('says state, goal and status, and when the status is filtered out', () => {
    expect(cellLabel('Connecticut', 'goal 2.9 Juvenile court jurisdiction', 'partly meets')).toBe(
      'Connecticut, goal 2.9 Juvenile court jurisdiction: partly meets',
    );
    expect(cellLabel('Ohio', 'goal 1.1 X', 'meets', false)).toBe(
      'Ohio, goal 1.1 X: meets (not a selected status)',
    );
  });
});

describe('quickStateSets', () => {
  const all = summaryOf(Object.fromEntries(STATE_CODES.map((c) => [c, {}])));

  it('offers all, evaluated only and the four census regions', () => {
    const withCt = summaryOf(
      Object.fromEntries(
        STATE_CODES.map((c): [string, Record<string, Status>] => [
          c,
          c === 'CT' ? { '1.1': 'meets' } : {},
        ]),
      ),
    );
    const sets = quickStateSets(withCt, []);
    expect(sets.map((s) => [s.id, s.size])).toEqual([
      ['all', 51],
      ['evaluated', 1],
      ['Northeast', 9],
      ['Midwest', 12],
      ['South', 17],
      ['West', 13],
    ]);
    expect(sets.find((s) => s.id === 'all')).toMatchObject({ states: [], active: true });
    expect(sets.find((s) => s.id === 'evaluated')).toMatchObject({ states: ['CT'], active: false });
    expect(
      quickStateSets(withCt, ['CT'])
        .filter((s) => s.active)
        .map((s) => s.id),
    ).toEqual(['evaluated']);
    const northeast = sets.find((s) => s.id === 'Northeast')!.states;
    expect(quickStateSets(withCt, [...northeast].reverse()).find((s) => s.active)?.id).toBe(
      'Northeast',
    );
  });

  it('has an empty evaluated set when nothing is evaluated, and writes [] when it is everyone', () => {
    expect(quickStateSets(all, []).find((s) => s.id === 'evaluated')).toMatchObject({
      size: 0,
      active: false,
    });
    const everyone = summaryOf(Object.fromEntries(STATE_CODES.map((c) => [c, { '1.1': 'meets' }])));
    expect(quickStateSets(everyone, []).find((s) => s.id === 'evaluated')).toMatchObject({
      states: [],
      active: true,
    });
  });
});

describe('stateChoices', () => {
  it('lists the edition’s states by name, matching name or code', () => {
    expect(stateChoices(summary, '').map((c) => c.code)).toEqual(['CT', 'MA', 'NY']);
    expect(stateChoices(summary, 'new').map((c) => c.name)).toEqual(['New York']);
    expect(stateChoices(summary, 'ma').map((c) => c.code)).toEqual(['MA']);
    expect(stateChoices(summary, 'zz')).toEqual([]);
  });
});

describe('toggleShown and toggleValue', () => {
  const all = ['1', '2', '3'] as const;

  it('unticks one of all, ticks back to all ([]), and never leaves nothing shown', () => {
    expect(toggleShown([], all, '2')).toEqual(['1', '3']);
    expect(toggleShown(['1', '3'], all, '2')).toEqual([]);
    expect(toggleShown(['3', '1'], all, '1')).toEqual(['3']);
    expect(toggleShown(['2'], all, '2')).toBeNull();
  });

  it('toggles a value in a list', () => {
    expect(toggleValue(['CT'], 'MA')).toEqual(['CT', 'MA']);
    expect(toggleValue(['CT', 'MA'], 'CT')).toEqual(['MA']);
  });
});
