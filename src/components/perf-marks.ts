/**
 * Performance marks and measures for the benchmark (scripts/bench reads them back with
 * `performance.getEntriesByType('measure')`; they also show in the DevTools timeline). Every name
 * is prefixed `statewise:` and each keeps only its latest entry, so the timeline never fills up.
 * They cost a few microseconds, do nothing where the Performance API is missing, and never throw:
 * measuring must never break a view.
 *
 * Two measures per timed thing:
 * - `statewise:<name>`: the work, from the start (a render, or an input event's own timestamp) to
 *   the end mark, called where the update is committed (a layout effect), with style and layout
 *   forced there: what the page spends before the browser can paint;
 * - `statewise:<name>:frame`: the same start to just after the next frame was painted (this adds
 *   the browser's paint and compositing work, and the wait for the frame).
 */
const PREFIX = 'statewise:';
// A start older than this is left over from something that never drew (e.g. a switch on a view
// without an end mark): dropped rather than measured.
const MAX_PENDING_MS = 30_000;

const pending = new Map<string, number>();
const loaded = new Set<string>();
// The path the page was loaded at: "since navigation" only means something on that view.
const firstPath = typeof location === 'undefined' ? null : location.pathname;

function perf(): Performance | null {
  return typeof performance !== 'undefined' && typeof performance.measure === 'function'
    ? performance
    : null;
}

function quietly(fn: () => void): void {
  try {
    fn();
  } catch {
    // Measuring is never worth an error in the page.
  }
}

function measure(name: string, start: number, end: number): void {
  const p = perf();
  if (!p) return;
  const full = PREFIX + name;
  p.clearMeasures(full);
  p.measure(full, { start, end });
}

// One channel for all "after this task" callbacks: from a frame callback, a posted message runs
// after that frame's rendering.
let queue: (() => void)[] = [];
let channel: MessageChannel | null = null;

function afterTask(fn: () => void): void {
  if (typeof MessageChannel === 'undefined') {
    setTimeout(fn, 0);
    return;
  }
  if (!channel) {
    channel = new MessageChannel();
    channel.port1.onmessage = () => {
      const run = queue;
      queue = [];
      for (const f of run) quietly(f);
    };
    // Under Node (tests) an open port would keep the process alive.
    (channel.port1 as unknown as { unref?: () => void }).unref?.();
  }
  queue.push(fn);
  channel.port2.postMessage(null);
}

function afterFrame(fn: () => void): void {
  if (typeof requestAnimationFrame === 'undefined') return;
  requestAnimationFrame(() => afterTask(fn));
}

function forceLayout(): void {
  if (typeof document !== 'undefined') document.documentElement.getBoundingClientRect();
}

/** Starts timing `name`, now or at `at` (e.g. an input event's `timeStamp`). */
export function markStart(name: string, at?: number): void {
  quietly(() => {
    const p = perf();
    if (!p) return;
    // No start mark: the measure carries its start, and a mark costs a sizeable part of a key
    // press on a slow phone.
    pending.set(name, at ?? p.now());
  });
}

/** Ends timing `name` if it was started: call where the update is committed (a layout effect). */
export function markEnd(name: string): void {
  quietly(() => {
    const p = perf();
    const start = pending.get(name);
    if (!p || start === undefined) return;
    pending.delete(name);
    if (p.now() - start > MAX_PENDING_MS) return;
    // The layout the browser would do before painting anyway, done now to include it.
    forceLayout();
    measure(name, start, p.now());
    afterFrame(() => measure(`${name}:frame`, start, p.now()));
  });
}

/**
 * `statewise:<name>`: from the navigation to just after the frame that drew the view, once per
 * page load and only on the view the page was loaded at.
 */
export function markLoaded(name: string): void {
  quietly(() => {
    const p = perf();
    if (!p || loaded.has(name)) return;
    loaded.add(name);
    if (typeof location !== 'undefined' && location.pathname !== firstPath) return;
    afterFrame(() => measure(name, 0, p.now()));
  });
}
