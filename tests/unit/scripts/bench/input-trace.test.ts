import { describe, expect, it } from 'vitest';
import {
  inputLatencies,
  traceEvents,
  type TraceEvent,
} from '../../../../scripts/bench/input-trace';

const NAME = 'statewise:heatmap-hover';
const TASK = 'WidgetBaseInputHandler::OnHandleInputEvent';

// A measure from the event's timestamp to the commit, as Chromium writes user timing (µs).
const measure = (id: string, start: number, end: number): TraceEvent[] => [
  { name: NAME, ph: 'b', ts: start, id2: { local: id } },
  { name: NAME, ph: 'e', ts: end, id2: { local: id } },
];
const task = (ts: number, dur: number): TraceEvent => ({ name: TASK, ph: 'X', ts, dur });

describe('input latency from a trace', () => {
  it('splits each measure into the wait before the input task and the work after its start', () => {
    const events = [
      ...measure('0x1', 1_000, 15_000),
      task(9_000, 7_000),
      // an unrelated input task before the second input arrives
      task(20_000, 1_000),
      ...measure('0x1', 30_000, 36_000),
      task(31_000, 5_500),
    ];
    expect(inputLatencies(events, NAME)).toEqual([
      { work: 6, wait: 8 },
      { work: 5, wait: 1 },
    ]);
  });

  it('counts all of a measure as work when no input task began inside it', () => {
    const events = [task(500, 20_000), ...measure('0x2', 1_000, 4_000)];
    expect(inputLatencies(events, NAME)).toEqual([{ work: 3, wait: 0 }]);
  });

  it('reads only complete begin/end pairs of the named measure, in time order', () => {
    const events = [
      { name: NAME, ph: 'e', ts: 50, id2: { local: '0x9' } },
      ...measure('0x3', 2_000, 3_000).reverse(),
      ...measure('0x4', 1_000, 1_500).map((e) => ({ ...e, name: 'statewise:heatmap-move' })),
      { name: NAME, ph: 'b', ts: 9_000, id2: { local: '0x5' } },
    ];
    expect(inputLatencies(events, NAME)).toEqual([{ work: 1, wait: 0 }]);
  });

  it('reads both shapes of trace file and drops malformed events', () => {
    const good = { name: TASK, ph: 'X', ts: 1, dur: 2 };
    expect(traceEvents({ traceEvents: [good, null, { name: 3 }, { name: 'x', ph: 'X' }] })).toEqual(
      [good],
    );
    expect(traceEvents([good])).toEqual([good]);
    expect(traceEvents('nonsense')).toEqual([]);
  });
});
