import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { evaluationSchema } from '@/domain/contract/evaluation-file-schema';
import { runDataBuild } from '../../../../scripts/data-build/run';

/*
 * The hostile data root (tests/fixtures/hostile) through the real data build: markup and script
 * payloads in texts are data like any other and pass through unchanged (the app renders them as
 * text: tests/e2e/hostile-data.spec.ts); a link that is not a web link is refused by the build.
 */

const HOSTILE = 'tests/fixtures/hostile';
let work: string | undefined;
afterEach(() => {
  if (work) rmSync(work, { recursive: true, force: true });
  work = undefined;
});

/** A copy of the hostile root with the real framework, built into `out`. */
function build(edit?: (evaluation: Record<string, unknown>) => void) {
  work = mkdtempSync(join(tmpdir(), 'hostile-build-'));
  const data = join(work, 'data');
  const out = join(work, 'out');
  cpSync(HOSTILE, data, { recursive: true });
  cpSync('data/frameworks', join(data, 'frameworks'), { recursive: true });
  const file = join(data, 'evaluations', '2022', 'CT.json');
  if (edit) {
    const evaluation = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    edit(evaluation);
    writeFileSync(file, JSON.stringify(evaluation));
  }
  const log: string[] = [];
  const errors: string[] = [];
  const status = runDataBuild(['--data', data, '--out', out], {
    log: (m) => log.push(m),
    error: (m) => errors.push(m),
  });
  return { status, log, errors, out, source: file };
}

describe('hostile data through the data build', () => {
  it('accepts markup and payloads in texts, passing them through as the same text', () => {
    const { status, errors, out, source } = build();
    expect(errors).toEqual([]);
    expect(status).toBe(0);
    const built = evaluationSchema.parse(
      JSON.parse(readFileSync(join(out, 'real', '2022', 'states', 'CT.json'), 'utf8')),
    );
    const original = evaluationSchema.parse(JSON.parse(readFileSync(source, 'utf8')));
    const goal = built.goals.find((g) => g.id === '1.1')!;
    expect(goal.summary).toContain('<script>window.__pwned=1</script>');
    expect(goal.summary).toContain('x'.repeat(4984));
    expect(goal.statutes?.[0]?.citation).toBe('javascript:window.__pwned=1');
    expect(built.goals).toEqual(original.goals);
  });

  it.each([
    ['javascript:', 'javascript:window.__pwned=1'],
    ['data:', 'data:text/html,<script>window.__pwned=1</script>'],
    ['vbscript:', 'vbscript:msgbox(1)'],
  ])('refuses a %s link in a source, and writes nothing', (_, url) => {
    const { status, errors, out } = build((evaluation) => {
      (evaluation.sources as { url?: string }[])[0]!.url = url;
    });
    expect(status).toBe(1);
    expect(errors.join('\n')).toMatch(/evaluations\/2022\/CT\.json: sources\[0\]\.url: /);
    expect(errors.join('\n')).toMatch(/nothing written/);
    expect(() => readFileSync(join(out, 'manifest.json'))).toThrow();
  });
});
