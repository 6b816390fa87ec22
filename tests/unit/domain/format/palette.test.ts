import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  contrastRatio,
  hexDeltaE,
  simulateVision,
  type ColourVision,
} from '@/domain/format/colour-difference';
import {
  AGE_STEPS,
  ageColor,
  GRADE_COLORS,
  ON_DATA_TEXT,
  SCORE_LEGEND,
  STATUS_COLORS,
  THEME_COLOR_PROPERTIES,
  THEME_COLORS,
  type Theme,
  type ThemeColors,
} from '@/domain/format/palette';
import { MAX_AGE_COLORS, NO_MINIMUM_COLOR } from '@/domain/overview/colors';
import { GRADES } from '@/domain/overview/values';
import { LIMITATION_CATEGORY_COLORS } from '@/domain/facts/limitations';
import { PROTECTION_COUNT_COLORS } from '@/domain/facts/protections';
import { AREA_COLORS } from '@/domain/scores/area-colors';
import { stateColor } from '@/domain/compare/state-colors';
import { seriesColor } from '@/domain/grades/series-style';

/**
 * Every colour scale the app draws data with, in both themes: neighbouring classes must be
 * clearly distinct (CIEDE2000 ΔE of at least 10 on scales of up to five classes, at least 7
 * beyond), also as people with each common colour-vision deficiency see them, and the text drawn
 * on a class must keep WCAG's 4.5:1. The CSS's copies of the shared colours are held to the
 * palette, so the screen and the exports draw the same colours.
 */
interface ScaleClass {
  label: string;
  fill: string;
  /** The text drawn on the class, where there is any */
  text?: string;
}

interface Scale {
  name: string;
  classes: ScaleClass[];
}

const SRC = join(__dirname, '../../../../src');

function scalesIn(theme: Theme): Scale[] {
  const page = THEME_COLORS[theme];
  return [
    {
      // Not evaluated is a status too: its fill is the theme's no-data grey (under a hatch).
      name: 'status',
      classes: [
        { label: 'meets', fill: STATUS_COLORS.meets, text: ON_DATA_TEXT },
        { label: 'partial', fill: STATUS_COLORS.partial, text: ON_DATA_TEXT },
        { label: 'does not meet', fill: STATUS_COLORS['does-not-meet'], text: ON_DATA_TEXT },
        { label: 'not evaluated', fill: page.noData, text: page.text },
      ],
    },
    { name: 'score', classes: SCORE_LEGEND.map((s) => ({ ...s })) },
    {
      name: 'grade',
      classes: GRADES.map((g) => ({ label: g, ...GRADE_COLORS[g]! })),
    },
    {
      name: 'minimum age',
      classes: ['under 6', '6–7', '8–9', '10–11', '12–13', '14 or older'].map((label, i) => ({
        label,
        ...AGE_STEPS[i]!,
      })),
    },
    {
      name: 'maximum age',
      classes: ['15 or younger', '16', '17', '18', '19', '20 or older'].map((label, i) => ({
        label,
        ...MAX_AGE_COLORS[i]!,
      })),
    },
    {
      name: 'statute of limitation',
      classes: (['none', 'long', 'medium', 'short'] as const).map((c) => ({
        label: c,
        ...LIMITATION_CATEGORY_COLORS[c],
      })),
    },
    {
      name: 'protections in law',
      classes: PROTECTION_COUNT_COLORS.map((c, i) => ({ label: `${i} of 3`, ...c })),
    },
    {
      // Segments carry the area's number in white.
      name: 'issue area',
      classes: AREA_COLORS.map((fill, i) => ({ label: `area ${i + 1}`, fill, text: '#ffffff' })),
    },
    {
      name: 'compared state',
      classes: [0, 1, 2, 3, 4, 5].map((i) => ({ label: `state ${i + 1}`, fill: stateColor(i) })),
    },
    {
      name: 'grade history series',
      classes: [0, 1, 2, 3, 4, 5].map((i) => ({ label: `series ${i + 1}`, fill: seriesColor(i) })),
    },
    {
      name: 'age range chart',
      classes: [
        { label: 'report', fill: page.rangeBar },
        { label: 'reference data', fill: page.rangeRef },
      ],
    },
  ];
}

function floor(scale: Scale): number {
  return scale.classes.length <= 5 ? 10 : 7;
}

const THEMES: Theme[] = ['light', 'dark'];
const VISIONS: ColourVision[] = ['protan', 'deutan', 'tritan'];

describe('data colour scales', () => {
  for (const theme of THEMES) {
    it(`keep neighbouring classes clearly distinct in the ${theme} theme (ΔE00 ≥ 10, or 7 beyond five classes)`, () => {
      const failures: string[] = [];
      for (const scale of scalesIn(theme)) {
        scale.classes.slice(1).forEach((next, i) => {
          const prev = scale.classes[i]!;
          const d = hexDeltaE(prev.fill, next.fill);
          if (d < floor(scale)) {
            failures.push(`${scale.name}: ${prev.label} – ${next.label} ΔE ${d.toFixed(1)}`);
          }
        });
      }
      expect(failures).toEqual([]);
    });

    it(`stay distinct with each colour-vision deficiency in the ${theme} theme`, () => {
      const failures: string[] = [];
      for (const scale of scalesIn(theme)) {
        for (const vision of VISIONS) {
          scale.classes.slice(1).forEach((next, i) => {
            const prev = scale.classes[i]!;
            const d = hexDeltaE(
              simulateVision(prev.fill, vision),
              simulateVision(next.fill, vision),
            );
            if (d < 7) {
              failures.push(
                `${scale.name} (${vision}): ${prev.label} – ${next.label} ΔE ${d.toFixed(1)}`,
              );
            }
          });
        }
      }
      expect(failures).toEqual([]);
    });
  }

  it('keep text on every class at 4.5:1 or more (WCAG AA)', () => {
    const failures: string[] = [];
    for (const theme of THEMES) {
      for (const scale of scalesIn(theme)) {
        for (const c of scale.classes) {
          if (!c.text) continue;
          const ratio = contrastRatio(c.fill, c.text);
          if (ratio < 4.5) failures.push(`${scale.name} ${c.label}: ${ratio.toFixed(2)}:1`);
        }
      }
    }
    expect(failures).toEqual([]);
  });

  it('set “no statutory minimum” apart from every minimum-age class', () => {
    for (const step of AGE_STEPS) {
      expect(hexDeltaE(NO_MINIMUM_COLOR.fill, step.fill), step.fill).toBeGreaterThanOrEqual(20);
    }
  });

  it('tell apart the classes readers confused: ages 8–9 and 10–11; no time limit and 20 years or more', () => {
    // Both pairs were 10.4 and 11.4 apart, too close to read on a map at a glance.
    expect(hexDeltaE(ageColor(8).fill, ageColor(10).fill)).toBeGreaterThanOrEqual(13);
    expect(ageColor(9)).toEqual(ageColor(8));
    expect(
      hexDeltaE(LIMITATION_CATEGORY_COLORS.none.fill, LIMITATION_CATEGORY_COLORS.long.fill),
    ).toBeGreaterThanOrEqual(15);
  });

  it('runs from light to dark on every ordered scale, so lightness alone tells the order', () => {
    const lightness = (hex: string) => contrastRatio(hex, '#000000');
    const ordered = [
      SCORE_LEGEND.map((s) => s.fill),
      AGE_STEPS.map((s) => s.fill),
      MAX_AGE_COLORS.map((s) => s.fill),
      PROTECTION_COUNT_COLORS.map((s) => s.fill),
      (['short', 'medium', 'long', 'none'] as const).map((c) => LIMITATION_CATEGORY_COLORS[c].fill),
    ];
    for (const fills of ordered) {
      const values = fills.map(lightness);
      expect(
        values.every((v, i) => i === 0 || v < values[i - 1]!),
        fills.join(' '),
      ).toBe(true);
    }
  });
});

/** Every .css file under src/. */
function cssFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return cssFiles(path);
    return path.endsWith('.css') ? [path] : [];
  });
}

interface Declaration {
  file: string;
  /** The selectors and at-rules the declaration sits in, outermost first */
  context: string[];
  property: string;
  value: string;
}

/** The custom-property declarations of a stylesheet, with the rules they sit in. */
function customProperties(file: string): Declaration[] {
  const css = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
  const out: Declaration[] = [];
  const stack: string[] = [];
  let buffer = '';
  for (const ch of css) {
    if (ch === '{') {
      stack.push(buffer.trim());
      buffer = '';
    } else if (ch === '}' || ch === ';') {
      const m = /^\s*(--[\w-]+)\s*:\s*([^;]+?)\s*$/.exec(buffer);
      if (m) {
        out.push({
          file: relative(SRC, file),
          context: [...stack],
          property: m[1]!,
          value: m[2]!.toLowerCase(),
        });
      }
      buffer = '';
      if (ch === '}') stack.pop();
    } else buffer += ch;
  }
  return out;
}

type DarkBy = 'data-theme' | 'media';

function themeOf(context: readonly string[]): { theme: Theme; by?: DarkBy } {
  if (context.some((c) => /data-theme=['"]dark['"]/.test(c))) {
    return { theme: 'dark', by: 'data-theme' };
  }
  if (context.some((c) => /prefers-color-scheme:\s*dark/.test(c))) {
    return { theme: 'dark', by: 'media' };
  }
  return { theme: 'light' };
}

describe('the CSS colours the exports share', () => {
  const declarations = cssFiles(SRC).flatMap(customProperties);
  const shared = new Map(
    (Object.entries(THEME_COLOR_PROPERTIES) as [keyof ThemeColors, string][]).map(([k, p]) => [
      p,
      k,
    ]),
  );

  it('finds the stylesheets and their declarations', () => {
    expect(declarations.some((d) => d.file.endsWith('global.css'))).toBe(true);
    expect(declarations.some((d) => d.property === '--range-bar')).toBe(true);
  });

  it('declares each one in the light theme, and in the dark theme both when chosen and by the system', () => {
    const missing: string[] = [];
    for (const property of shared.keys()) {
      const where = declarations
        .filter((d) => d.property === property)
        .map((d) => themeOf(d.context));
      if (!where.some((w) => w.theme === 'light')) missing.push(`${property} (light)`);
      for (const by of ['data-theme', 'media'] as const) {
        if (!where.some((w) => w.by === by)) missing.push(`${property} (dark by ${by})`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('gives each one exactly the palette’s value for its theme, wherever it is declared', () => {
    const wrong: string[] = [];
    for (const d of declarations) {
      const key = shared.get(d.property);
      if (!key) continue;
      const { theme } = themeOf(d.context);
      const expected = THEME_COLORS[theme][key];
      if (d.value !== expected) {
        wrong.push(`${d.file} ${d.context.join(' ')} ${d.property}: ${d.value}, not ${expected}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

/** Every .ts file under a folder. */
function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return tsFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

describe('colours in the domain', () => {
  it('are all in a scale or theme this file checks, or the text drawn on them', () => {
    const known = new Set<string>(['#111111', '#ffffff']);
    for (const theme of THEMES) {
      for (const scale of scalesIn(theme)) for (const c of scale.classes) known.add(c.fill);
      for (const value of Object.values(THEME_COLORS[theme])) known.add(value);
    }
    known.add(NO_MINIMUM_COLOR.fill);
    const strays: string[] = [];
    for (const file of tsFiles(join(SRC, 'domain'))) {
      const source = readFileSync(file, 'utf8');
      for (const m of source.matchAll(/['"](#[0-9a-fA-F]{3,8})['"]/g)) {
        if (!known.has(m[1]!.toLowerCase())) strays.push(`${relative(SRC, file)}: ${m[1]}`);
      }
    }
    expect(strays).toEqual([]);
  });
});
