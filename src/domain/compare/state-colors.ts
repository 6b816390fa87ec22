/**
 * One colour per compared state, by its place in the selection (so a state keeps its colour in the
 * chips, the chart and the table). Mid-lightness hues that keep at least 3:1 against both the light
 * and the dark background; bars and columns are also labelled with the state's code.
 */
const STATE_COLORS = ['#3a75c4', '#a0641a', '#13806f', '#bf4699', '#687a1c', '#8e5fc2'];

export function stateColor(index: number): string {
  return STATE_COLORS[index % STATE_COLORS.length]!;
}
