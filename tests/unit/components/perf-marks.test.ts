import { afterEach, describe, expect, it, vi } from 'vitest';
import { markEnd, markStart } from '@/components/perf-marks';

const measures = (name: string) => performance.getEntriesByName(`statewise:${name}`, 'measure');

afterEach(() => {
  vi.unstubAllGlobals();
  performance.clearMarks();
  performance.clearMeasures();
});

describe('performance marks for the benchmark', () => {
  it('measures from the start to the end, keeping one entry per name', () => {
    for (let i = 0; i < 3; i++) {
      markStart('thing', performance.now() - 5);
      markEnd('thing');
    }
    const entries = measures('thing');
    expect(entries).toHaveLength(1);
    expect(entries[0]!.duration).toBeGreaterThanOrEqual(5);
    // Only measures: nothing else fills the timeline.
    expect(performance.getEntriesByType('mark')).toHaveLength(0);
  });

  it('ends nothing that was not started, and ends a start only once', () => {
    markEnd('never');
    expect(measures('never')).toHaveLength(0);
    markStart('once', performance.now() - 1);
    markEnd('once');
    const first = measures('once')[0]!;
    markEnd('once');
    expect(measures('once')).toEqual([first]);
  });

  it('drops a start left over for too long', () => {
    markStart('stale', performance.now() - 60_000);
    markEnd('stale');
    expect(measures('stale')).toHaveLength(0);
  });

  it('never throws, with the Performance API missing or failing', () => {
    vi.stubGlobal('performance', undefined);
    expect(() => {
      markStart('x');
      markEnd('x');
    }).not.toThrow();
    vi.unstubAllGlobals();
    vi.spyOn(performance, 'measure').mockImplementation(() => {
      throw new Error('no');
    });
    expect(() => {
      markStart('y');
      markEnd('y');
    }).not.toThrow();
    vi.restoreAllMocks();
  });
});
