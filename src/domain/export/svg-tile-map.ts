import type { SvgDocument } from './spec';
import { NO_DATA_FILL, rect, svgDocument, SVG_COLORS, text, type Legend } from './svg-common';

/**
 * A tile map of the states as SVG: the same grid as the app's map (its layout is passed in), each
 * tile with its colour, code and short value; states without data hatched.
 */
export interface SvgTile {
  code: string;
  /** null = no data (hatched) */
  fill: string | null;
  textColor: string;
  /** Short value under the code: "39", "F", "✓" */
  value?: string;
  /** Outlined (chosen in the view) */
  highlighted?: boolean;
}

export interface TileMapSvgInput {
  title: string;
  subtitle: string;
  source: string;
  synthetic: boolean;
  tiles: readonly SvgTile[];
  /** [code, row, column] of each tile */
  layout: readonly (readonly [string, number, number])[];
  legend: Legend;
  notes?: readonly string[];
}

const WIDTH = 760;
const GAP = 4;

export function tileMapSvg(input: TileMapSvgInput): SvgDocument {
  const byCode = new Map(input.tiles.map((t) => [t.code, t]));
  const rows = Math.max(...input.layout.map((l) => l[1])) + 1;
  const cols = Math.max(...input.layout.map((l) => l[2])) + 1;
  return svgDocument({
    title: input.title,
    subtitle: input.subtitle,
    source: input.source,
    synthetic: input.synthetic,
    width: WIDTH,
    legend: input.legend,
    ...(input.notes ? { notes: input.notes } : {}),
    body: (x, y, width) => {
      const size = Math.min(56, (width - GAP * (cols - 1)) / cols);
      const parts: string[] = [];
      for (const [code, r, c] of input.layout) {
        const tile = byCode.get(code);
        const tx = x + c * (size + GAP);
        const ty = y + r * (size + GAP);
        const fill = tile?.fill ?? NO_DATA_FILL;
        const color = tile?.fill ? tile.textColor : SVG_COLORS.text;
        parts.push(
          rect(tx, ty, size, size, fill, {
            rx: 4,
            stroke: tile?.highlighted ? SVG_COLORS.highlight : SVG_COLORS.border,
            strokeWidth: tile?.highlighted ? 2.5 : 1,
          }),
        );
        const hasValue = Boolean(tile?.value);
        parts.push(
          text(tx + size / 2, ty + (hasValue ? size * 0.38 : size / 2), code, {
            size: 13,
            weight: 'bold',
            anchor: 'middle',
            middle: true,
            fill: color,
          }),
        );
        if (tile?.value) {
          parts.push(
            text(tx + size / 2, ty + size * 0.7, tile.value, {
              size: 11.5,
              anchor: 'middle',
              middle: true,
              fill: color,
            }),
          );
        }
      }
      return { markup: parts.join(''), height: rows * size + (rows - 1) * GAP };
    },
  });
}
