import { describe, expect, it } from 'vitest';
import { cellResults, matrixMarkdown } from '../../../scripts/fault-matrix';

/** A vitest JSON report with the given test titles and statuses. */
function report(tests: [string, string][]) {
  return {
    testResults: [{ assertionResults: tests.map(([title, status]) => ({ title, status })) }],
  };
}

describe('fault matrix table', () => {
  it('marks each cell from the run: passed, failed, or not run when its test is missing', () => {
    const results = cellResults(
      report([
        ['data manifest × 404', 'passed'],
        ['data manifest × 500', 'failed'],
        ['an unrelated test', 'passed'],
      ]),
    );
    expect(results.size).toBe(35);
    expect(results.get('data manifest × 404')).toBe('passed');
    expect(results.get('data manifest × 500')).toBe('failed');
    expect(results.get('state evaluation × timeout')).toBe('not run');

    const page = matrixMarkdown(results, {
      date: new Date('2026-01-02T03:04:00Z'),
      command: 'npx vitest run x',
    });
    expect(page).toContain('2026-01-02 03:04 UTC: **1 of 35 cells passed**');
    expect(page).toContain('| data manifest | ✓ | ✗ | – | – | – | – | – |');
    expect(page).toContain('| state evaluation | – | – | – | – | – | – | – |');
    expect(page).toContain('| grade history | – | – | – | – | – | – | – |');
  });
});
