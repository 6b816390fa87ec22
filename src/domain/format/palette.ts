import type { Status } from '@/domain/contract/evaluation-schema';

/**
 * Colours for data. Status colours come from the Okabe–Ito palette (distinguishable with the
 * common colour-vision deficiencies), and every status also has a glyph and a word: colour is
 * never the only signal. Dark text (#111) keeps at least 4.5:1 on each status colour.
 */
export const STATUS_COLORS: Record<Status, string> = {
  meets: '#009e73',
  partial: '#e69f00',
  'does-not-meet': '#d55e00',
  'not-evaluated': 'var(--color-no-data)',
};

export const ON_DATA_TEXT = '#111111';

export type Theme = 'light' | 'dark';

/**
 * The page colours that data drawings share with their exports, per theme: the CSS declares them
 * as custom properties (the name is the key's CSS name in THEME_COLOR_PROPERTIES) and the SVG
 * builders draw exported charts with the light set, so a PNG has the screen's colours. A unit test
 * reads the CSS and holds every declaration to these values.
 */
export interface ThemeColors {
  background: string;
  /** Panels and bands a little apart from the background */
  surface: string;
  text: string;
  muted: string;
  border: string;
  syntheticBg: string;
  syntheticBorder: string;
  syntheticText: string;
  /** "No data" and "not evaluated": this fill under a hatch of `noDataHatch` */
  noData: string;
  noDataHatch: string;
  /** The age-range chart: the report's range, the reference data's outline, track and grid */
  rangeBar: string;
  rangeRef: string;
  rangeTrack: string;
  rangeGrid: string;
}

export const THEME_COLORS: Record<Theme, ThemeColors> = {
  light: {
    background: '#ffffff',
    surface: '#f4f5f7',
    text: '#1a1c20',
    muted: '#4a4f57',
    border: '#c4c8cf',
    syntheticBg: '#fff4d6',
    syntheticBorder: '#8a5a00',
    syntheticText: '#4d3200',
    noData: '#e9ebee',
    noDataHatch: '#b9bec6',
    rangeBar: '#5e4fa2',
    rangeRef: '#b35806',
    rangeTrack: '#eef0f3',
    rangeGrid: '#d5d9df',
  },
  dark: {
    background: '#121417',
    surface: '#1c1f24',
    text: '#e8eaed',
    muted: '#b4b9c1',
    border: '#474d57',
    syntheticBg: '#3a2c05',
    syntheticBorder: '#f0c04d',
    syntheticText: '#ffe3a1',
    noData: '#3a3f47',
    noDataHatch: '#59606b',
    rangeBar: '#b7a9f5',
    rangeRef: '#fdb863',
    rangeTrack: '#1f2329',
    rangeGrid: '#39404a',
  },
};

/** The CSS custom property that carries each theme colour. */
export const THEME_COLOR_PROPERTIES: Record<keyof ThemeColors, string> = {
  background: '--color-bg',
  surface: '--color-surface',
  text: '--color-text',
  muted: '--color-text-muted',
  border: '--color-border',
  syntheticBg: '--color-synthetic-bg',
  syntheticBorder: '--color-synthetic-border',
  syntheticText: '--color-synthetic-text',
  noData: '--color-no-data',
  noDataHatch: '--color-no-data-hatch',
  rangeBar: '--range-bar',
  rangeRef: '--range-ref',
  rangeTrack: '--range-track',
  rangeGrid: '--range-grid',
};

/**
 * Sequential blues for 0-100 scores, light to dark, with the text colour that reads on each. The
 * steps are evenly spaced in lightness (CIELAB L* 93, 78, 62, 46, 30), so neighbouring classes
 * differ by a CIEDE2000 ΔE of 13 or more, also under simulated colour-vision deficiencies.
 */
const SCORE_STEPS = [
  { max: 20, fill: '#deedf9', text: '#111111' },
  { max: 40, fill: '#99c7e7', text: '#111111' },
  { max: 60, fill: '#489ed3', text: '#111111' },
  { max: 80, fill: '#0075bd', text: '#ffffff' },
  { max: 100, fill: '#004d98', text: '#ffffff' },
] as const;

export function scoreColor(score: number): { fill: string; text: string } {
  const step = SCORE_STEPS.find((s) => score <= s.max) ?? SCORE_STEPS[SCORE_STEPS.length - 1]!;
  return { fill: step.fill, text: step.text };
}

export const SCORE_LEGEND = SCORE_STEPS.map((s, i) => ({
  label: `${i === 0 ? 0 : SCORE_STEPS[i - 1]!.max}–${s.max}`,
  fill: s.fill,
  text: s.text,
}));

/** Published letter grades: an ordered scale, A best (blues for A–C, oranges for D and F). */
export const GRADE_COLORS: Record<string, { fill: string; text: string }> = {
  A: { fill: '#00438b', text: '#ffffff' },
  B: { fill: '#0079bf', text: '#ffffff' },
  C: { fill: '#99c7e7', text: '#111111' },
  D: { fill: '#fdae6b', text: '#111111' },
  F: { fill: '#d55e00', text: '#111111' },
};

/**
 * Minimum ages (juvenile court): a sequential purple scale in two-year steps, under 6, 6–7, 8–9,
 * 10–11, 12–13, 14 or older ("no statutory minimum" is drawn apart). Lightness falls by about 14
 * L* a step and the hue turns from mauve to violet, so neighbours differ by ΔE00 12 or more.
 */
export const AGE_STEPS: readonly { fill: string; text: string }[] = [
  { fill: '#faf1fa', text: '#111111' },
  { fill: '#e0c6e9', text: '#111111' },
  { fill: '#ba9cd9', text: '#111111' },
  { fill: '#8978c9', text: '#111111' },
  { fill: '#5453b0', text: '#ffffff' },
  { fill: '#362d7a', text: '#ffffff' },
];

export function ageColor(age: number): { fill: string; text: string } {
  const i = Math.max(0, Math.min(AGE_STEPS.length - 1, Math.floor((age - 6) / 2) + 1));
  return AGE_STEPS[i]!;
}
