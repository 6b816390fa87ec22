import {
  memo,
  startTransition,
  useCallback,
  useEffect,
  useId,
  useImperativeHandle,
  useLayoutEffect,
  useRef,
  useState,
  type CSSProperties,
  type FocusEvent,
  type KeyboardEvent,
  type MouseEvent,
  type Ref,
} from 'react';
import { flushSync } from 'react-dom';
import { STATUS_COLORS } from '@/domain/format/palette';
import { STATUS_GLYPHS } from '@/domain/format/status-words';
import { afterPaint } from '@/components/after-paint';
import { markEnd, markLoaded, markStart } from '@/components/perf-marks';
import { STATUSES, type Status } from '@/domain/contract/evaluation-schema';
import {
  cellLabel,
  type HeatmapColumn,
  type HeatmapModel,
  type HeatmapRow,
} from '@/domain/heatmap/model';
import { rowsInView } from '@/domain/heatmap/drawing';
import {
  clampPosition,
  HEADER_ROW,
  moveInGrid,
  type GridPosition,
} from '@/domain/heatmap/navigation';
import { formatScore } from '@/domain/format/numbers';
import { keyScoreText } from '@/domain/heatmap/text';
import { STATUS_WORDS } from '@/domain/format/status-words';
import { useReadoutStore } from './heatmap-readout-store';

/**
 * States × goals as an ARIA grid. Drawn once per filter change; keyboard focus moves by roving
 * tabindex set directly on the two cells concerned, so a key press re-renders nothing
 * (2,040 cells must stay fast on slow phones). Events are delegated to the table: no per-cell
 * handlers.
 */
export interface HeatmapGridApi {
  /**
   * Moves focus to the grid's tab stop (the cell last visited, or the open cell), e.g. when the
   * detail panel closes or from the skip link; false when the grid has no cell to focus
   */
  focusActive: () => boolean;
}

export interface OpenCell {
  code: string;
  goalId: string;
}

export interface HeatmapGridProps {
  model: HeatmapModel;
  /** Accessible name of the grid */
  label: string;
  /** Id of the usage hint */
  describedBy?: string;
  /** Heading of the score shown beside each state name */
  scoreHeading: string;
  /** The cell whose details are open, outlined */
  openCell: OpenCell | null;
  /** Enter, Space or a click on a cell; must be stable (memoised by the page) */
  onOpen: (code: string, goalId: string) => void;
  /** Escape in the grid */
  onEscape?: () => void;
  /**
   * Sorts the rows by one goal's status: makes the goals' column headers operable (click, or
   * ArrowUp from the first row, then Enter or Space). Without it the headers only name the goals.
   */
  onSortGoal?: (goalId: string) => void;
  apiRef?: Ref<HeatmapGridApi>;
}

/**
 * Rows drawn per task: the first commit draws those in view up to this many (or this many where
 * the grid's place is unknown), then a chunk this size follows each paint. Small enough that no
 * task runs past 50 ms on a slow phone (a long task delays input; Lighthouse counts it as blocking
 * time): a first screen of 23 rows and chunks of 16 made tasks of 140–200 ms under Lighthouse's
 * mobile throttling.
 */
export const FIRST_ROWS = 8;
export const CHUNK_ROWS = 8;

interface ActiveCell extends GridPosition {
  code: string | null;
  goalId: string | null;
}

// Custom properties carry the palette into the stylesheet, so every cell is a class, not a style.
const PALETTE_STYLE = {
  '--hm-meets': STATUS_COLORS.meets,
  '--hm-partial': STATUS_COLORS.partial,
  '--hm-does-not-meet': STATUS_COLORS['does-not-meet'],
} as CSSProperties;

const CELL_CLASS = Object.fromEntries(STATUSES.map((s) => [s, `hm-c hm-c--${s}`])) as Record<
  Status,
  string
>;

function cellClass(status: Status, groupStart: boolean, match: boolean): string {
  let cls = CELL_CLASS[status];
  if (groupStart) cls += ' hm-c--start';
  if (!match) cls += ' hm-c--dim';
  return cls;
}

function scoreWords(row: HeatmapRow, issueId: string | null): string {
  const what = issueId ? `issue area ${issueId} score` : 'coverage score';
  if (row.keyScore === null) return `no ${what}: no goal evaluated`;
  return `${what} ${formatScore(row.keyScore)} over ${row.keyEvaluated} evaluated ${
    row.keyEvaluated === 1 ? 'goal' : 'goals'
  }`;
}

interface GridRowProps {
  row: HeatmapRow;
  /** aria-rowindex: 1-based, after the two header rows */
  rowIndex: number;
  columns: readonly HeatmapColumn[];
  issueId: string | null;
}

const GridRow = memo(function GridRow({ row, rowIndex, columns, issueId }: GridRowProps) {
  const { statuses, matches, name } = row;
  return (
    <div role="row" className="hm-row" aria-rowindex={rowIndex}>
      {/* Named by a label, not a visually hidden span: one element less per row to lay out. */}
      <div
        role="rowheader"
        className="hm-rowhead"
        aria-label={`${name}, ${scoreWords(row, issueId)}`}
      >
        <span className="hm-rowhead__name">{name}</span>
        <span className="hm-rowhead__code" aria-hidden="true">
          {row.code}
        </span>
        <span className="hm-rowhead__score" aria-hidden="true">
          {keyScoreText(row)}
        </span>
      </div>
      {statuses.map((status, i) => {
        const column = columns[i]!;
        const match = matches === null || matches[i] === true;
        // Kept lean (2,040 of them): no tabindex (the roving tab stop is set on the DOM), no
        // handlers (delegated to the grid), the position from the DOM.
        return (
          <div
            key={column.goalId}
            role="gridcell"
            className={cellClass(status, column.groupStart, match)}
            aria-label={cellLabel(name, column.name, STATUS_WORDS[status], match)}
          >
            {STATUS_GLYPHS[status]}
          </div>
        );
      })}
    </div>
  );
});

/**
 * Scrolls a focused cell clear of the sticky headers, only when it is not already in view: the
 * browser's own scroll on focus costs more than the rest of a key press even when nothing moves.
 */
function revealCell(el: HTMLElement, body: HTMLElement | null): void {
  const scroller = body?.closest<HTMLElement>('.hm-scroll');
  const head = body?.previousElementSibling;
  const rowHead = el.parentElement?.firstElementChild;
  if (!scroller || !head || !rowHead) {
    el.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    return;
  }
  const cell = el.getBoundingClientRect();
  const box = scroller.getBoundingClientRect();
  const top = head.getBoundingClientRect().bottom;
  const left = rowHead.getBoundingClientRect().right;
  const bottom = Math.min(box.top + scroller.clientTop + scroller.clientHeight, window.innerHeight);
  const right = Math.min(box.left + scroller.clientLeft + scroller.clientWidth, window.innerWidth);
  // 1px of slack: the header's bottom border overlaps the first row's top border.
  const inView =
    cell.top >= Math.max(top - 1, 0) &&
    cell.bottom <= bottom &&
    cell.left >= Math.max(left, 0) &&
    cell.right <= right;
  // scroll-padding on .hm-scroll keeps the cell clear of the sticky headers.
  if (!inView) el.scrollIntoView({ block: 'nearest', inline: 'nearest' });
}

function indexIn(el: Element): number {
  return el.parentElement ? Array.prototype.indexOf.call(el.parentElement.children, el) : -1;
}

/** The body cell an event happened in, and its position (row, goal column). */
function cellAtTarget(
  target: EventTarget | null,
  body: HTMLElement | null,
): { el: HTMLElement; pos: GridPosition } | null {
  if (!(target instanceof Element) || !body) return null;
  const el = target.closest('.hm-c');
  const rowEl = el?.parentElement;
  if (!(el instanceof HTMLElement) || !rowEl || rowEl.parentElement !== body) return null;
  // Child 0 of each row is the row header.
  return { el, pos: { row: indexIn(rowEl), col: indexIn(el) - 1 } };
}

/** The goal column header an event happened in, and its position (HEADER_ROW, goal column). */
function headerAtTarget(
  target: EventTarget | null,
  body: HTMLElement | null,
): { el: HTMLElement; pos: GridPosition } | null {
  if (!(target instanceof Element) || !body) return null;
  const el = target.closest('.hm-goal');
  const rowEl = el?.parentElement;
  if (!(el instanceof HTMLElement) || !rowEl || rowEl.parentElement !== body.previousElementSibling)
    return null;
  // Child 0 of the goals' header row is the corner.
  return { el, pos: { row: HEADER_ROW, col: indexIn(el) - 1 } };
}

/** Once per model: "first screen drawn" and "whole grid drawn" are timed from the same start. */
function startTimers() {
  markStart('heatmap-render');
  markStart('heatmap-complete');
}

/** Rows down to the tab stop's (same state if still shown), so the grid never lacks its tab stop. */
function tabStopCount(model: HeatmapModel, active: ActiveCell): number {
  const at = active.code === null ? -1 : model.rows.findIndex((r) => r.code === active.code);
  return Math.min(model.rows.length, Math.max(1, at + 1, active.row + 1));
}

/** The rows that reach into view, from where the (laid out) grid body is. */
function countInView(body: HTMLElement | null, total: number): number {
  if (!body) return Math.min(total, FIRST_ROWS);
  const box = body.getBoundingClientRect();
  const scroller = body.closest('.hm-scroll');
  return rowsInView({
    bodyTop: box.top,
    viewBottom: Math.min(window.innerHeight, scroller?.getBoundingClientRect().bottom ?? Infinity),
    // The body keeps the height of all rows from the first commit on.
    rowHeight: total > 0 ? box.height / total : 0,
    total,
    fallback: FIRST_ROWS,
  });
}

/**
 * The grid, drawn after the browser has painted the rest of the view: the view's own first
 * layout and the grid's are two shorter tasks instead of one long one, and the page shows its
 * controls and frame a frame sooner. Until then a box of the grid's final size holds its place.
 */
export const HeatmapGrid = memo(function HeatmapGrid(props: HeatmapGridProps) {
  // Rows in view, read from the painted placeholder: the grid's first commit draws them at once.
  const [firstRows, setFirstRows] = useState<number | null>(null);
  const placeholderBody = useRef<HTMLDivElement>(null);
  const total = props.model.rows.length;
  useEffect(
    () =>
      firstRows !== null
        ? undefined
        : afterPaint(() => setFirstRows(countInView(placeholderBody.current, total))),
    [firstRows, total],
  );
  return firstRows === null ? (
    <GridPlaceholder model={props.model} bodyRef={placeholderBody} />
  ) : (
    <GridNow {...props} firstRows={firstRows} />
  );
});

function gridWidth(model: HeatmapModel): string {
  return `calc(var(--hm-head-w) + ${model.columns.length} * var(--hm-cell-w) + ${model.groups.length} * var(--hm-start-w))`;
}

function GridPlaceholder({
  model,
  bodyRef,
}: {
  model: HeatmapModel;
  bodyRef: Ref<HTMLDivElement>;
}) {
  return (
    <div className="hm-scroll" aria-hidden="true">
      <div className="hm-grid" style={{ width: gridWidth(model) }}>
        <div
          className="hm-head"
          style={{ height: 'calc(var(--hm-head1-h) + var(--hm-head2-h))' }}
        />
        <div ref={bodyRef} style={{ height: `calc(${model.rows.length} * var(--hm-row-h))` }} />
      </div>
    </div>
  );
}

const GridNow = memo(function GridNow({
  model,
  label,
  describedBy,
  scoreHeading,
  openCell,
  onOpen,
  onEscape,
  onSortGoal,
  apiRef,
  firstRows,
}: HeatmapGridProps & { firstRows: number }) {
  const sortHintId = useId();
  const bodyRef = useRef<HTMLDivElement>(null);
  const active = useRef<ActiveCell>({ row: 0, col: 0, code: null, goalId: null });
  const activeEl = useRef<HTMLElement | null>(null);
  const modelRef = useRef(model);
  const showReadout = useReadoutStore((s) => s.show);

  // How many rows are drawn, for which model. The first model draws the rows in view (measured on
  // the placeholder), up to FIRST_ROWS. A later model starts over with its first row; before the
  // browser paints, `sized` adds those that reach into view and those down to the tab stop's. The
  // rest come in chunks after paint.
  const [drawn, setDrawn] = useState(() => {
    startTimers();
    const count = Math.min(model.rows.length, Math.max(1, Math.min(firstRows, FIRST_ROWS)));
    return { model, count, sized: true };
  });
  let { count, sized } = drawn;
  if (drawn.model !== model) {
    startTimers();
    count = Math.min(1, model.rows.length);
    sized = false;
    setDrawn({ model, count, sized });
  }
  const total = model.rows.length;
  const complete = count >= total;
  const countRef = useRef(count);

  /** Draws every row now (a key press or focus that needs a row not yet drawn). */
  const drawAll = useCallback(() => {
    const m = modelRef.current;
    if (countRef.current >= m.rows.length) return;
    flushSync(() => setDrawn({ model: m, count: m.rows.length, sized: true }));
  }, []);

  const cellAt = useCallback((pos: GridPosition): HTMLElement | null => {
    // Child 0 of each row is the row header; of the goals' header row, the corner.
    const row =
      pos.row === HEADER_ROW
        ? bodyRef.current?.previousElementSibling?.children[1]
        : bodyRef.current?.children[pos.row];
    const el = row?.children[pos.col + 1];
    return el instanceof HTMLElement ? el : null;
  }, []);

  const describe = useCallback(
    (pos: GridPosition | null) => {
      const m = modelRef.current;
      const column = pos ? m.columns[pos.col] : undefined;
      if (pos?.row === HEADER_ROW && column) {
        showReadout({
          stateName: null,
          goalId: column.goalId,
          goalTitle: column.title,
          status: null,
        });
        return;
      }
      const row = pos ? m.rows[pos.row] : undefined;
      const status = pos ? row?.statuses[pos.col] : undefined;
      showReadout(
        row && column && status
          ? { stateName: row.name, goalId: column.goalId, goalTitle: column.title, status }
          : null,
      );
    },
    [showReadout],
  );

  /** Makes the cell at `pos` the grid's one tab stop, and focuses it if asked. */
  const setActive = useCallback(
    (pos: GridPosition, focus = false): HTMLElement | null => {
      const m = modelRef.current;
      const el = cellAt(pos);
      if (!el) return null;
      const prev = activeEl.current;
      el.tabIndex = 0;
      activeEl.current = el;
      active.current = {
        ...pos,
        code: pos.row === HEADER_ROW ? null : (m.rows[pos.row]?.code ?? null),
        goalId: m.columns[pos.col]?.goalId ?? null,
      };
      // Focus moves before the old tab stop goes: taking tabindex off the focused element makes
      // the browser check its focus there and then, with a style and layout pass of its own.
      if (focus) el.focus({ preventScroll: true });
      if (prev && prev !== el) prev.removeAttribute('tabindex');
      return el;
    },
    [cellAt],
  );

  // Once a model's first rows are in, keep the tab stop on the same state and goal if still shown,
  // else nearby.
  useLayoutEffect(() => {
    modelRef.current = model;
    if (!sized) return;
    const { code, goalId, row, col } = active.current;
    const rowIndex = code === null ? -1 : model.rows.findIndex((r) => r.code === code);
    const colIndex = goalId === null ? -1 : model.columns.findIndex((c) => c.goalId === goalId);
    const pos = clampPosition(
      { row: rowIndex >= 0 ? rowIndex : row, col: colIndex >= 0 ? colIndex : col },
      { rows: model.rows.length, cols: model.columns.length },
    );
    // A column header stays the tab stop (a sort from it keeps focus there).
    if (pos) setActive(row === HEADER_ROW && onSortGoal ? { ...pos, row: HEADER_ROW } : pos);
    else activeEl.current = null;
  }, [model, setActive, sized, onSortGoal]);

  useLayoutEffect(() => {
    countRef.current = count;
  }, [count]);

  // Before the first paint of a model: add the rows in view, up to FIRST_ROWS (a re-render before
  // paint).
  useLayoutEffect(() => {
    if (sized) return;
    const inView = Math.min(countInView(bodyRef.current, total), FIRST_ROWS);
    const n = Math.max(inView, tabStopCount(model, active.current));
    setDrawn((d) => (d.model === model ? { model, count: Math.max(d.count, n), sized: true } : d));
  }, [model, sized, total]);

  // The benchmark's render and edition-switch times end when a new model's rows in view are
  // committed; "complete" when its last row is.
  useLayoutEffect(() => {
    if (!sized) return;
    markEnd('heatmap-render');
    markEnd('edition-switch');
    markLoaded('heatmap-view');
  }, [model, sized]);
  useLayoutEffect(() => {
    if (complete) markEnd('heatmap-complete');
  }, [model, complete]);

  // The rest of the rows, a chunk at a time, each after the previous one has painted.
  useEffect(() => {
    if (complete || !sized) return;
    return afterPaint(() =>
      startTransition(() =>
        setDrawn((d) =>
          d.model === model
            ? { model, count: Math.min(total, d.count + CHUNK_ROWS), sized: true }
            : d,
        ),
      ),
    );
  }, [model, count, total, complete, sized]);

  // Outline the cell whose details are open. A cell opened from the URL (a shared link, a reload)
  // becomes the tab stop once drawn, so closing its panel returns focus to it; only once per
  // opened cell, so a later keyboard move keeps its own tab stop.
  const syncedOpen = useRef<string | null>(null);
  useLayoutEffect(() => {
    if (!openCell) {
      syncedOpen.current = null;
      return;
    }
    const row = model.rows.findIndex((r) => r.code === openCell.code);
    const col = model.columns.findIndex((c) => c.goalId === openCell.goalId);
    const el = row >= 0 && col >= 0 ? cellAt({ row, col }) : null;
    el?.setAttribute('data-open', '');
    const key = `${openCell.code}:${openCell.goalId}`;
    if (el && syncedOpen.current !== key) {
      syncedOpen.current = key;
      if (activeEl.current !== el) setActive({ row, col });
    }
    return () => el?.removeAttribute('data-open');
  }, [model, openCell, cellAt, count, setActive]);

  useImperativeHandle(
    apiRef,
    () => ({
      focusActive: () => {
        const m = modelRef.current;
        const { row } = active.current;
        const clamped = clampPosition(active.current, {
          rows: m.rows.length,
          cols: m.columns.length,
        });
        if (!clamped) return false;
        const pos = row === HEADER_ROW ? { ...clamped, row: HEADER_ROW } : clamped;
        if (pos.row >= countRef.current) drawAll();
        const el = cellAt(pos);
        if (!el) return false;
        el.focus();
        return true;
      },
    }),
    [cellAt, drawAll],
  );

  // Clear the readout when the grid goes away.
  useLayoutEffect(() => () => showReadout(null), [showReadout]);

  const open = (pos: GridPosition) => {
    const m = modelRef.current;
    const row = m.rows[pos.row];
    const column = m.columns[pos.col];
    if (row && column) onOpen(row.code, column.goalId);
  };

  const sortBy = (pos: GridPosition) => {
    const column = modelRef.current.columns[pos.col];
    if (column && onSortGoal) onSortGoal(column.goalId);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const header = onSortGoal ? headerAtTarget(e.target, bodyRef.current) : null;
    const pos = header?.pos ?? cellAtTarget(e.target, bodyRef.current)?.pos;
    if (!pos) return;
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      if (header) sortBy(pos);
      else open(pos);
      return;
    }
    if (e.key === 'Escape') {
      onEscape?.();
      return;
    }
    const m = modelRef.current;
    const next = moveInGrid(
      pos,
      { key: e.key, ctrl: e.ctrlKey || e.metaKey },
      { rows: m.rows.length, cols: m.columns.length },
      { headerRow: onSortGoal !== undefined },
    );
    if (!next) return;
    e.preventDefault();
    if (next.row === pos.row && next.col === pos.col) return;
    markStart('heatmap-move', e.timeStamp);
    if (next.row >= countRef.current) drawAll();
    const el = setActive(next, true);
    if (el) revealCell(el, bodyRef.current);
  };

  const onFocus = (e: FocusEvent<HTMLDivElement>) => {
    const pos =
      (onSortGoal ? headerAtTarget(e.target, bodyRef.current)?.pos : undefined) ??
      cellAtTarget(e.target, bodyRef.current)?.pos;
    if (!pos) return;
    setActive(pos);
    describe(pos);
  };

  const onClick = (e: MouseEvent<HTMLDivElement>) => {
    const header = onSortGoal ? headerAtTarget(e.target, bodyRef.current) : null;
    if (header) {
      setActive(header.pos, true);
      sortBy(header.pos);
      return;
    }
    const cell = cellAtTarget(e.target, bodyRef.current);
    if (!cell) return;
    // The clicked cell is in view: no scroll on focus.
    setActive(cell.pos, true);
    open(cell.pos);
  };

  const onMouseOver = (e: MouseEvent<HTMLDivElement>) => {
    const pos =
      cellAtTarget(e.target, bodyRef.current)?.pos ??
      (onSortGoal ? headerAtTarget(e.target, bodyRef.current)?.pos : undefined);
    if (!pos) return;
    markStart('heatmap-hover', e.timeStamp);
    describe(pos);
  };

  const onMouseLeave = () => {
    const focusedAt =
      cellAtTarget(document.activeElement, bodyRef.current) ??
      (onSortGoal ? headerAtTarget(document.activeElement, bodyRef.current) : null);
    describe(focusedAt?.pos ?? null);
  };

  const { groups, columns, rows } = model;
  const issueId = model.sort.kind === 'issue' ? model.sort.issueId : null;
  const sortedGoal = model.sort.kind === 'goal' ? model.sort.goalId : null;
  return (
    <div className="hm-scroll">
      <div
        role="grid"
        aria-label={label}
        aria-describedby={describedBy}
        aria-readonly="true"
        aria-rowcount={rows.length + 2}
        aria-colcount={columns.length + 1}
        className="hm-grid"
        style={{ ...PALETTE_STYLE, width: gridWidth(model) }}
        onKeyDown={onKeyDown}
        onFocus={onFocus}
        onClick={onClick}
        onMouseOver={onMouseOver}
        onMouseLeave={onMouseLeave}
      >
        <div role="rowgroup" className="hm-head">
          <div role="row" className="hm-head__groups" aria-rowindex={1}>
            {/* The corner is drawn by the next row; this space only keeps the groups aligned. */}
            <div className="hm-head__spacer" aria-hidden="true" />
            {groups.map((g, i) => (
              <div
                key={g.issueId}
                role="columnheader"
                aria-colspan={g.span}
                aria-colindex={i === 0 ? 2 : undefined}
                className={g.issueId === issueId ? 'hm-group hm-group--sorted' : 'hm-group'}
                style={{ width: `calc(${g.span} * var(--hm-cell-w))` }}
                title={`${g.issueId}. ${g.title}`}
              >
                {g.span > 2 ? (
                  <span className="hm-group__text">
                    {g.issueId}. {g.title}
                  </span>
                ) : (
                  // Too narrow for the title (a goals filter left one or two of its goals): the
                  // number shows, the title is read and in the tooltip.
                  <>
                    <span className="hm-group__text" aria-hidden="true">
                      {g.issueId}.
                    </span>
                    <span className="visually-hidden">
                      {g.issueId}. {g.title}
                    </span>
                  </>
                )}
              </div>
            ))}
          </div>
          <div role="row" className="hm-head__goals" aria-rowindex={2}>
            <div role="columnheader" className="hm-corner">
              <span className="hm-corner__state">State</span>
              <span className="hm-corner__score">{scoreHeading}</span>
            </div>
            {columns.map((c) => (
              <div
                key={c.goalId}
                role="columnheader"
                className={goalHeaderClass(c, c.goalId === sortedGoal, onSortGoal !== undefined)}
                title={`${c.goalId} ${c.title}`}
                // Named by a label rather than 40 visually hidden titles: those were about a
                // quarter of the view's first layout.
                aria-label={`${c.goalId} ${c.title}`}
                aria-sort={c.goalId === sortedGoal ? 'descending' : undefined}
                aria-describedby={onSortGoal ? sortHintId : undefined}
              >
                <span className="hm-goal__id">{c.goalId}</span>
              </div>
            ))}
          </div>
        </div>
        <div
          role="rowgroup"
          className="hm-body"
          ref={bodyRef}
          // The full height from the first chunk on: rows still to come must not move what follows.
          style={{ minHeight: `calc(${total} * var(--hm-row-h))` }}
        >
          {rows.slice(0, count).map((row, i) => (
            <GridRow
              key={row.code}
              row={row}
              rowIndex={i + 3}
              columns={columns}
              issueId={issueId}
            />
          ))}
        </div>
      </div>
      {onSortGoal ? (
        <p id={sortHintId} className="visually-hidden">
          Enter, Space or a click sorts the states by their status on this goal, meets first.
        </p>
      ) : null}
    </div>
  );
});

function goalHeaderClass(column: HeatmapColumn, sorted: boolean, sortable: boolean): string {
  let cls = column.groupStart ? 'hm-goal hm-goal--start' : 'hm-goal';
  if (sortable) cls += ' hm-goal--sortable';
  if (sorted) cls += ' hm-goal--sorted';
  return cls;
}
