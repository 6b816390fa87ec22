import { useLayoutEffect } from 'react';
import { markEnd } from '@/components/perf-marks';
import { StatusGlyph } from '@/components/status-glyph';
import { useReadoutStore } from './heatmap-readout-store';

/**
 * One line above the grid naming the cell under the pointer or focus. Hidden from assistive
 * technology: each cell's accessible name already says the same.
 */
export function HeatmapReadout({ hint }: { hint: string }) {
  const cell = useReadoutStore((s) => s.cell);
  // A keyboard move or hover ends (for the benchmark) when the readout shows the new cell.
  useLayoutEffect(() => {
    markEnd('heatmap-move');
    markEnd('heatmap-hover');
  }, [cell]);
  return (
    <p className="hm-readout" aria-hidden="true">
      {cell && cell.stateName !== null && cell.status !== null ? (
        <>
          <strong className="hm-readout__state">{cell.stateName}</strong>
          <StatusGlyph status={cell.status} withLabel />
          <span className="hm-readout__goal">
            {cell.goalId} {cell.goalTitle}
          </span>
        </>
      ) : cell ? (
        <>
          <strong className="hm-readout__state">Sort by goal {cell.goalId}</strong>
          <span className="hm-readout__goal">{cell.goalTitle}</span>
        </>
      ) : (
        <span className="hm-readout__hint">{hint}</span>
      )}
    </p>
  );
}
