import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { frameworkSchema, type Framework } from '@/domain/contract/framework-schema';
import { STATE_CODES } from '@/domain/format/jurisdictions';
import { buildData, type BuildResult } from '../data-build/build';
import { DEFAULT_SEED } from '../demo-data/cli';
import { generateDemo } from '../demo-data/generate-demo';

/**
 * The benchmark's stress dataset: the synthetic demo dataset (synthetic: true, labelled as such by
 * the app) for all 51 jurisdictions over ten editions, instead of three. Built in a temporary
 * folder, never committed: a copy of the repository's data/ whose framework lists the ten
 * editions (the data build and the app take the editions from the framework and the manifest),
 * then the real data build validates it all and derives the files the app loads.
 */
export const STRESS_EDITIONS: readonly number[] = Array.from({ length: 10 }, (_, i) => 2014 + i);
export const STRESS_LABEL = 'benchmark stress copy: synthetic demo data over ten editions';

/** The framework with the stress editions, its name saying what it is. */
export function stressFramework(framework: Framework): Framework {
  return {
    ...framework,
    name: `${framework.name} (${STRESS_LABEL})`,
    editions: [...new Set([...framework.editions, ...STRESS_EDITIONS])].sort((a, b) => a - b),
  };
}

export interface StressData {
  /** data/ copy the build read */
  dataDir: string;
  result: BuildResult;
}

/**
 * Writes the stress data/ folder under `workDir` and builds it into `outDir` (the app's data
 * folder, e.g. <dist copy>/data); `dryRun` only validates. Throws on any violation.
 */
export function buildStressData(
  repo: string,
  workDir: string,
  outDir: string,
  dryRun = false,
): StressData {
  const dataDir = join(workDir, 'data');
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(join(dataDir, 'frameworks'), { recursive: true });
  // The real dataset stays as it is: the app's default view needs it.
  cpSync(join(repo, 'data', 'evaluations'), join(dataDir, 'evaluations'), { recursive: true });
  const frameworkFile = 'shared-hope-2022.json';
  const framework = stressFramework(
    frameworkSchema.parse(
      JSON.parse(readFileSync(join(repo, 'data', 'frameworks', frameworkFile), 'utf8')),
    ),
  );
  writeFileSync(join(dataDir, 'frameworks', frameworkFile), JSON.stringify(framework, null, 2));
  const files = generateDemo(framework, {
    seed: DEFAULT_SEED,
    editions: STRESS_EDITIONS,
    states: STATE_CODES,
  });
  for (const file of files) {
    const dir = join(dataDir, 'demo', 'evaluations', String(file.year));
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `${file.state}.json`), JSON.stringify(file.value));
  }
  const result = buildData({
    dataDir,
    outDir,
    schemaDir: join(workDir, 'schema'),
    displayRoot: workDir,
    dryRun,
  });
  if (!result.ok) {
    const first = result.violations
      .slice(0, 5)
      .map((v) => `${v.file}: ${v.path}: ${v.message}`)
      .join('\n');
    throw new Error(`the stress dataset does not validate:\n${first}`);
  }
  return { dataDir, result };
}

/** A copy of dist/ whose data/ is the stress dataset; returns its folder. */
export function stressDist(repo: string, dist: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'statewise-bench-stress-'));
  const out = join(dir, 'dist');
  cpSync(dist, out, { recursive: true });
  buildStressData(repo, dir, join(out, 'data'));
  return out;
}
