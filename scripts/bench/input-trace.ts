/**
 * Input response from a Chromium trace. An in-page measure can only start at the event's
 * timestamp, when the browser received the input; Chromium holds pointer moves until its next
 * animation frame before handling them (rAF-aligned input), so from the timestamp a hover also
 * counts a wait for the display's frame clock of 0–16 ms that has nothing to do with the page's
 * work, and is larger on an idle, fast page than on a busy one. The trace shows when the
 * renderer's main thread began handling that input (hit testing, hover styles, every listener),
 * so the work and the wait can be reported apart.
 */

/** The trace categories needed: the renderer's input task and the page's user timing. */
export const INPUT_TRACE_CATEGORIES = ['benchmark', 'blink.user_timing'];

const INPUT_TASK = 'WidgetBaseInputHandler::OnHandleInputEvent';

/** The fields of a Chrome trace event read here (the trace format's own names). */
export interface TraceEvent {
  name: string;
  ph: string;
  /** µs */
  ts: number;
  /** µs, complete ("X") events */
  dur?: number;
  pid?: number;
  tid?: number;
  id?: string;
  id2?: { local?: string; global?: string };
}

export interface InputLatency {
  /** ms from the renderer starting to handle the input to the measure's end (commit + layout) */
  work: number;
  /** ms from the event's timestamp to the renderer starting to handle it */
  wait: number;
}

interface Span {
  start: number;
  end: number;
}

function asyncId(e: TraceEvent): string {
  return e.id2?.local ?? e.id2?.global ?? e.id ?? '';
}

/** The measure's spans in trace time (µs): user-timing measures are async begin/end pairs. */
function measureSpans(events: readonly TraceEvent[], name: string): Span[] {
  const open = new Map<string, number>();
  const spans: Span[] = [];
  for (const e of [...events].filter((x) => x.name === name).sort((a, b) => a.ts - b.ts)) {
    if (e.ph === 'b' || e.ph === 'B' || e.ph === 'S') open.set(asyncId(e), e.ts);
    else if (e.ph === 'e' || e.ph === 'E' || e.ph === 'F') {
      const start = open.get(asyncId(e));
      if (start === undefined) continue;
      open.delete(asyncId(e));
      spans.push({ start, end: e.ts });
    }
  }
  return spans;
}

/**
 * For each occurrence of the user-timing measure `measureName` (which starts at an input event's
 * timestamp and ends when its update is committed and laid out): how long the page worked on it,
 * from the start of the last input task that began inside the measure, and how long the input
 * waited before that. Where no input task began inside the measure, all of it counts as work.
 */
export function inputLatencies(events: readonly TraceEvent[], measureName: string): InputLatency[] {
  const tasks = events
    .filter((e) => e.name === INPUT_TASK && e.ph === 'X')
    .map((e) => e.ts)
    .sort((a, b) => a - b);
  return measureSpans(events, measureName).map(({ start, end }) => {
    let taskStart: number | undefined;
    for (const t of tasks) {
      if (t > end) break;
      if (t >= start) taskStart = t;
    }
    const from = taskStart ?? start;
    return { work: (end - from) / 1000, wait: (from - start) / 1000 };
  });
}

/** The events of a trace file as written by Chromium (an object with traceEvents, or an array). */
export function traceEvents(json: unknown): TraceEvent[] {
  const list = Array.isArray(json)
    ? json
    : json &&
        typeof json === 'object' &&
        Array.isArray((json as { traceEvents?: unknown }).traceEvents)
      ? (json as { traceEvents: unknown[] }).traceEvents
      : [];
  return list.filter(
    (e): e is TraceEvent =>
      !!e &&
      typeof e === 'object' &&
      typeof (e as TraceEvent).name === 'string' &&
      typeof (e as TraceEvent).ph === 'string' &&
      typeof (e as TraceEvent).ts === 'number',
  );
}
