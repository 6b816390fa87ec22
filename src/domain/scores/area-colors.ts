/**
 * One colour per issue area, in framework order. Mid-lightness hues chosen so every colour keeps
 * at least 3:1 against both the light and the dark page background, and white text at least 4.5:1;
 * segments also carry the area's number, so colour is never the only way to tell them apart.
 */
export const AREA_COLORS = ['#3a75c4', '#a0641a', '#13806f', '#bf4699', '#687a1c', '#8e5fc2'];

export function areaColor(index: number): string {
  return AREA_COLORS[index % AREA_COLORS.length]!;
}
