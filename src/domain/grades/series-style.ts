/**
 * How a chosen state's series is told apart: a marker shape and a colour (Okabe–Ito, readable
 * on white), and always its name beside the marker, so colour is never the only signal. The page
 * takes the colours from CSS variables (lighter ones in the dark theme); exports use these.
 */
export const SERIES_COLORS = ['#0072b2', '#d55e00', '#007a5a', '#b4508c', '#7a5c00', '#333333'];

export type MarkerShape = 'circle' | 'square' | 'triangle' | 'diamond' | 'triangle-down' | 'cross';

export const SERIES_SHAPES: readonly MarkerShape[] = [
  'circle',
  'square',
  'triangle',
  'diamond',
  'triangle-down',
  'cross',
];

export function seriesColor(index: number): string {
  return SERIES_COLORS[index % SERIES_COLORS.length]!;
}

export function seriesShape(index: number): MarkerShape {
  return SERIES_SHAPES[index % SERIES_SHAPES.length]!;
}

function n(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/** The marker as an SVG path (`d`), centred on (x, y), about 2r across. */
export function markerPath(shape: MarkerShape, x: number, y: number, r: number): string {
  switch (shape) {
    case 'square':
      return `M${n(x - r)} ${n(y - r)}h${n(2 * r)}v${n(2 * r)}h${n(-2 * r)}z`;
    case 'triangle':
      return `M${n(x)} ${n(y - r * 1.2)}L${n(x + r * 1.15)} ${n(y + r * 0.8)}H${n(x - r * 1.15)}z`;
    case 'triangle-down':
      return `M${n(x)} ${n(y + r * 1.2)}L${n(x + r * 1.15)} ${n(y - r * 0.8)}H${n(x - r * 1.15)}z`;
    case 'diamond':
      return `M${n(x)} ${n(y - r * 1.3)}L${n(x + r * 1.3)} ${n(y)}L${n(x)} ${n(y + r * 1.3)}L${n(x - r * 1.3)} ${n(y)}z`;
    case 'cross': {
      const t = r * 0.45;
      return (
        `M${n(x - t)} ${n(y - r)}h${n(2 * t)}v${n(r - t)}h${n(r - t)}v${n(2 * t)}h${n(t - r)}` +
        `v${n(r - t)}h${n(-2 * t)}v${n(t - r)}h${n(t - r)}v${n(-2 * t)}h${n(r - t)}z`
      );
    }
    default:
      return `M${n(x - r)} ${n(y)}a${n(r)} ${n(r)} 0 1 0 ${n(2 * r)} 0a${n(r)} ${n(r)} 0 1 0 ${n(-2 * r)} 0z`;
  }
}
