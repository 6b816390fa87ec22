import type { TileDatum } from '@/components/tile-map';

/**
 * The mark of a chosen state in a table row or a chart's list: a visible word beside the name
 * (the row's outline and weight are extras, never the only sign).
 */
export function ChosenMark() {
  return <span className="badge goal-chosen-mark">chosen</span>;
}

/** A tile's or a row's accessible label, with ", chosen" where the state is chosen. */
export function chosenLabel(label: string, chosen: boolean): string {
  return chosen ? `${label} (chosen)` : label;
}

/** A map's tile for a state left out by "chosen states only": an empty outline, so named. */
export function notChosenTile(name: string): TileDatum {
  return {
    fill: 'transparent',
    textColor: 'inherit',
    label: `${name}: not among the chosen states`,
    muted: true,
  };
}
