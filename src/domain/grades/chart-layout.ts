import type { ScoreChartModel, ScorePanel } from './series';

/**
 * Where the score chart draws what, for the page and the SVG export alike: one panel per framework
 * (side by side, or stacked on a narrow screen), each with its own axis, and the break between
 * them as a band of its own.
 */

export interface PanelLayout {
  panel: ScorePanel;
  x: number;
  y: number;
  width: number;
  plotLeft: number;
  plotRight: number;
  plotTop: number;
  plotBottom: number;
  /** Centre of a year's slot */
  xOf: (year: number) => number;
  yOf: (score: number) => number;
  ticks: readonly number[];
  /** Baseline of each state's row of grades, below the axis */
  gradeRowY: (index: number) => number;
}

export interface BreakLayout {
  /** Side by side: a vertical band; stacked: a horizontal one */
  x: number;
  y: number;
  width: number;
  height: number;
  years: readonly number[];
}

export interface ScoreChartLayout {
  width: number;
  height: number;
  stacked: boolean;
  panels: readonly PanelLayout[];
  breaks: readonly BreakLayout[];
}

const ERA_LABEL = 22;
const PLOT_HEIGHT = 170;
const YEAR_LABELS = 20;
const GRADE_ROW = 17;
const AXIS_WIDTH = 38;
const RIGHT_PAD = 10;
const BREAK_SIDE = 64;
const BREAK_STACKED = 34;
/** Narrower than this, panels stack */
export const STACK_BELOW = 560;

function ticksFor(max: number): number[] {
  const step = max > 60 ? 25 : max > 20 ? 10 : 5;
  const ticks: number[] = [];
  for (let t = 0; t <= max + 1e-9; t += step) ticks.push(t);
  return ticks;
}

export function scoreChartLayout(model: ScoreChartModel, width: number): ScoreChartLayout {
  const stacked = width < STACK_BELOW;
  const rows = model.states.length;
  const panelHeight = ERA_LABEL + PLOT_HEIGHT + YEAR_LABELS + rows * GRADE_ROW + 6;
  const panels: PanelLayout[] = [];
  const breaks: BreakLayout[] = [];
  const hasBreak = model.panels.length > 1;
  const totalYears = model.panels.reduce((n, p) => n + p.years.length, 0) || 1;
  const available = width - (hasBreak && !stacked ? BREAK_SIDE * (model.panels.length - 1) : 0);

  let x = 0;
  let y = 0;
  model.panels.forEach((panel, i) => {
    if (i > 0) {
      if (stacked) {
        breaks.push({ x: 0, y, width, height: BREAK_STACKED, years: model.gapYears });
        y += BREAK_STACKED;
      } else {
        breaks.push({ x, y: 0, width: BREAK_SIDE, height: panelHeight, years: model.gapYears });
        x += BREAK_SIDE;
      }
    }
    const w = stacked ? width : (available * panel.years.length) / totalYears;
    const plotLeft = x + AXIS_WIDTH;
    const plotRight = x + w - RIGHT_PAD;
    const plotTop = y + ERA_LABEL + 6;
    const plotBottom = plotTop + PLOT_HEIGHT - 6;
    const step = (plotRight - plotLeft) / Math.max(1, panel.years.length);
    const first = panel.years[0] ?? 0;
    const top = panel.axisMax;
    const gradeTop = plotBottom + YEAR_LABELS;
    panels.push({
      panel,
      x,
      y,
      width: w,
      plotLeft,
      plotRight,
      plotTop,
      plotBottom,
      xOf: (year) => plotLeft + (year - first + 0.5) * step,
      yOf: (score) => plotBottom - (Math.max(0, score) / top) * (plotBottom - plotTop),
      ticks: ticksFor(top),
      gradeRowY: (index) => gradeTop + (index + 1) * GRADE_ROW - 4,
    });
    if (stacked) y += panelHeight;
    else x += w;
  });
  return { width, height: stacked ? y : panelHeight, stacked, panels, breaks };
}
