import { describe, expect, it } from 'vitest';
import {
  contrastRatio,
  deltaE2000,
  hexDeltaE,
  hexToLab,
  parseHex,
  simulateVision,
} from '@/domain/format/colour-difference';

/**
 * The 34 test pairs published with the implementation notes of CIEDE2000 (G. Sharma, W. Wu,
 * E. N. Dalal, Color Research and Application 30(1), 2005, table 1): L*a*b* of each colour and
 * ΔE00 to four decimals. They exercise the hue wrap-around, the mean-hue cases and the
 * near-neutral colours where implementations usually go wrong.
 */
const SHARMA_PAIRS: readonly (readonly [number, number, number, number, number, number, number])[] =
  [
    [50.0, 2.6772, -79.7751, 50.0, 0.0, -82.7485, 2.0425],
    [50.0, 3.1571, -77.2803, 50.0, 0.0, -82.7485, 2.8615],
    [50.0, 2.8361, -74.02, 50.0, 0.0, -82.7485, 3.4412],
    [50.0, -1.3802, -84.2814, 50.0, 0.0, -82.7485, 1.0],
    [50.0, -1.1848, -84.8006, 50.0, 0.0, -82.7485, 1.0],
    [50.0, -0.9009, -85.5211, 50.0, 0.0, -82.7485, 1.0],
    [50.0, 0.0, 0.0, 50.0, -1.0, 2.0, 2.3669],
    [50.0, -1.0, 2.0, 50.0, 0.0, 0.0, 2.3669],
    [50.0, 2.49, -0.001, 50.0, -2.49, 0.0009, 7.1792],
    [50.0, 2.49, -0.001, 50.0, -2.49, 0.001, 7.1792],
    [50.0, 2.49, -0.001, 50.0, -2.49, 0.0011, 7.2195],
    [50.0, 2.49, -0.001, 50.0, -2.49, 0.0012, 7.2195],
    [50.0, -0.001, 2.49, 50.0, 0.0009, -2.49, 4.8045],
    [50.0, -0.001, 2.49, 50.0, 0.001, -2.49, 4.8045],
    [50.0, -0.001, 2.49, 50.0, 0.0011, -2.49, 4.7461],
    [50.0, 2.5, 0.0, 50.0, 0.0, -2.5, 4.3065],
    [50.0, 2.5, 0.0, 73.0, 25.0, -18.0, 27.1492],
    [50.0, 2.5, 0.0, 61.0, -5.0, 29.0, 22.8977],
    [50.0, 2.5, 0.0, 56.0, -27.0, -3.0, 31.903],
    [50.0, 2.5, 0.0, 58.0, 24.0, 15.0, 19.4535],
    [50.0, 2.5, 0.0, 50.0, 3.1736, 0.5854, 1.0],
    [50.0, 2.5, 0.0, 50.0, 3.2972, 0.0, 1.0],
    [50.0, 2.5, 0.0, 50.0, 1.8634, 0.5757, 1.0],
    [50.0, 2.5, 0.0, 50.0, 3.2592, 0.335, 1.0],
    [60.2574, -34.0099, 36.2677, 60.4626, -34.1751, 39.4387, 1.2644],
    [63.0109, -31.0961, -5.8663, 62.8187, -29.7946, -4.0864, 1.263],
    [61.2901, 3.7196, -5.3901, 61.4292, 2.248, -4.962, 1.8731],
    [35.0831, -44.1164, 3.7933, 35.0232, -40.0716, 1.5901, 1.8645],
    [22.7233, 20.0904, -46.694, 23.0331, 14.973, -42.5619, 2.0373],
    [36.4612, 47.858, 18.3852, 36.2715, 50.5065, 21.2231, 1.4146],
    [90.8027, -2.0831, 1.441, 91.1528, -1.6435, 0.0447, 1.4441],
    [90.9257, -0.5406, -0.9208, 88.6381, -0.8985, -0.7239, 1.5381],
    [6.7747, -0.2908, -2.4247, 5.8714, -0.0985, -2.2286, 0.6377],
    [2.0776, 0.0795, -1.135, 0.9033, -0.0636, -0.5514, 0.9082],
  ];

describe('deltaE2000', () => {
  it('gives the published ΔE00 of all 34 test pairs of Sharma, Wu and Dalal to four decimals', () => {
    expect(SHARMA_PAIRS).toHaveLength(34);
    for (const [L1, a1, b1, L2, a2, b2, expected] of SHARMA_PAIRS) {
      const pair = `(${L1}, ${a1}, ${b1}) – (${L2}, ${a2}, ${b2})`;
      const forth = deltaE2000({ L: L1, a: a1, b: b1 }, { L: L2, a: a2, b: b2 });
      const back = deltaE2000({ L: L2, a: a2, b: b2 }, { L: L1, a: a1, b: b1 });
      expect(Math.abs(forth - expected), pair).toBeLessThan(0.00005);
      // The formula is symmetric: the order of the two colours does not matter.
      expect(Math.abs(back - expected), pair).toBeLessThan(0.00005);
    }
  });

  it('is zero for a colour against itself', () => {
    expect(deltaE2000({ L: 40, a: 20, b: -30 }, { L: 40, a: 20, b: -30 })).toBe(0);
    expect(hexDeltaE('#5e4fa2', '#5e4fa2')).toBe(0);
  });
});

describe('hexToLab', () => {
  it('converts sRGB to CIELAB (D65): white, black, and the primaries’ published values', () => {
    const close = (hex: string, L: number, a: number, b: number) => {
      const lab = hexToLab(hex);
      expect(lab.L, hex).toBeCloseTo(L, 1);
      expect(lab.a, hex).toBeCloseTo(a, 1);
      expect(lab.b, hex).toBeCloseTo(b, 1);
    };
    close('#ffffff', 100, 0, 0);
    close('#000000', 0, 0, 0);
    close('#ff0000', 53.24, 80.09, 67.2);
    close('#00ff00', 87.73, -86.18, 83.18);
    close('#0000ff', 32.3, 79.19, -107.86);
    close('#808080', 53.59, 0, 0);
  });

  it('reads three- and six-digit hex and refuses anything else', () => {
    expect(parseHex('#fff')).toEqual([255, 255, 255]);
    expect(parseHex('#0B57D0')).toEqual([11, 87, 208]);
    expect(() => parseHex('var(--color-no-data)')).toThrow(/Not a hex colour/);
    expect(() => parseHex('#12345')).toThrow();
  });
});

describe('contrastRatio', () => {
  it('follows WCAG 2: 21 for black on white, 1 for a colour on itself, order-free', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#777777')).toBe(1);
    // #767676 on white is the well-known 4.54:1 grey.
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });
});

describe('simulateVision', () => {
  it('leaves greys alone and makes red and green hard to tell apart without L or M cones', () => {
    for (const vision of ['protan', 'deutan', 'tritan'] as const) {
      for (const grey of ['#000000', '#777777', '#ffffff']) {
        expect(hexDeltaE(simulateVision(grey, vision), grey), `${vision} ${grey}`).toBeLessThan(
          0.5,
        );
      }
    }
    // A red and a green of about the same lightness: distinct to most eyes, close without L or
    // M cones, still distinct to a tritan (who confuses blue with green instead).
    const [red, green] = ['#cc3311', '#668800'];
    const normal = hexDeltaE(red, green);
    const seen = (vision: 'protan' | 'deutan' | 'tritan') =>
      hexDeltaE(simulateVision(red, vision), simulateVision(green, vision));
    expect(normal).toBeGreaterThan(50);
    expect(seen('protan')).toBeLessThan(normal / 3);
    expect(seen('deutan')).toBeLessThan(normal / 10);
    expect(seen('tritan')).toBeGreaterThan(normal / 2);
  });
});
