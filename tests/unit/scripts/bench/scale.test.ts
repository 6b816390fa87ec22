import { mkdtempSync, rmSync } from 'node:fs';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { frameworkSchema } from '@/domain/contract/framework-schema';
import { syntheticHeatmapModel } from '../../../../scripts/bench/harness-model';
import {
  buildStressData,
  STRESS_EDITIONS,
  stressFramework,
} from '../../../../scripts/bench/stress-data';

const REPO = resolve(import.meta.dirname, '../../../..');
const framework = frameworkSchema.parse(
  JSON.parse(readFileSync(join(REPO, 'data/frameworks/shared-hope-2022.json'), 'utf8')),
);
const work = mkdtempSync(join(tmpdir(), 'statewise-bench-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('stress dataset', () => {
  it('is ten editions of the framework, labelled as a benchmark copy', () => {
    const f = stressFramework(framework);
    expect(STRESS_EDITIONS).toHaveLength(10);
    expect(f.editions).toEqual(expect.arrayContaining([...STRESS_EDITIONS, ...framework.editions]));
    expect(f.name).toContain('benchmark stress copy');
    expect(frameworkSchema.safeParse(f).success).toBe(true);
  });

  it('passes the real data build: 51 synthetic states in each of ten demo editions', () => {
    const { result } = buildStressData(REPO, work, join(work, 'out'), true);
    expect(result.ok).toBe(true);
    const demo = result.editions.filter((e) => e.dataset === 'demo');
    expect(demo.map((e) => e.year)).toEqual([...STRESS_EDITIONS]);
    expect(demo.every((e) => e.states === 51 && e.evaluatedStates === 51)).toBe(true);
    // the real dataset is carried over untouched
    expect(result.editions.filter((e) => e.dataset === 'real').map((e) => e.year)).toEqual(
      framework.editions,
    );
  }, 120_000);
});

describe('scale harness model', () => {
  it('has the asked rows × every goal, with consistent counts and scores', () => {
    const model = syntheticHeatmapModel(framework, 500);
    expect(model.rows).toHaveLength(500);
    expect(model.columns).toHaveLength(40);
    expect(new Set(model.rows.map((r) => r.code)).size).toBe(500);
    for (const row of model.rows) {
      expect(row.statuses).toHaveLength(40);
      expect(Object.values(row.counts).reduce((a, b) => a + b, 0)).toBe(40);
      expect(row.evaluated).toBe(40 - row.counts['not-evaluated']);
      if (row.score !== null) expect(row.score).toBeGreaterThanOrEqual(0);
      expect(row.name).toMatch(/^Synthetic jurisdiction \d+$/);
    }
    expect(model.groups.reduce((n, g) => n + g.span, 0)).toBe(40);
    // deterministic: the same model every run
    expect(syntheticHeatmapModel(framework, 500)).toEqual(model);
  });
});
