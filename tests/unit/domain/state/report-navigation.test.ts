import { describe, expect, it } from 'vitest';
import { reportOutline } from '@/domain/state/report-outline';
import { areaOfTarget, reportJumpTargets } from '@/domain/state/report-navigation';
import { loadFramework, makeEvaluation } from '../../fixtures/evaluation-fixture';

const framework = loadFramework();

describe('the report’s section navigator', () => {
  const evaluation = makeEvaluation(framework, { state: 'CT', statuses: { '2.9': 'partial' } });
  const outline = reportOutline(framework, evaluation);

  it('offers every issue area and goal in report order, each goal with its status in words', () => {
    const groups = reportJumpTargets(outline, false);
    expect(groups).toHaveLength(framework.issueAreas.length + 1);
    const ids = groups.flatMap((g) => g.targets.map((t) => t.id));
    const goalIds = framework.issueAreas.flatMap((a) => a.goals.map((g) => `goal-${g.id}`));
    expect(ids.filter((id) => id.startsWith('goal-'))).toEqual(goalIds);
    const label = groups.flatMap((g) => g.targets).find((t) => t.id === 'goal-2.9')?.label;
    expect(label).toMatch(/^2\.9 \(Partly meets\) /);
    const other = groups.flatMap((g) => g.targets).find((t) => t.id === 'goal-1.1')?.label;
    expect(other).toMatch(/^1\.1 \(Not evaluated\) /);
  });

  it('ends with the closing parts; the appendix only where the report has one', () => {
    const last = (withAppendix: boolean) =>
      reportJumpTargets(outline, withAppendix)
        .at(-1)!
        .targets.map((t) => t.id);
    expect(last(false)).toEqual(['grades-title', 'sources']);
    expect(last(true)).toEqual(['offences', 'grades-title', 'sources']);
  });

  it('knows which issue area holds a goal or area, and none for other parts', () => {
    expect(areaOfTarget(outline, 'goal-2.9')).toBe('2');
    expect(areaOfTarget(outline, 'area-4')).toBe('4');
    expect(areaOfTarget(outline, 'area-99')).toBeUndefined();
    expect(areaOfTarget(outline, 'goal-99.1')).toBeUndefined();
    expect(areaOfTarget(outline, 'sources')).toBeUndefined();
  });
});
