import { createRoot } from 'react-dom/client';
import frameworkJson from '../../data/frameworks/shared-hope-2022.json';
import { frameworkSchema } from '@/domain/contract/framework-schema';
import { HeatmapGrid } from '@/features/heatmap/heatmap-grid';
import { HeatmapReadout } from '@/features/heatmap/heatmap-readout';
import { syntheticHeatmapModel } from '../../scripts/bench/harness-model';
import '@/app/global.css';
import '@/features/heatmap/heatmap.css';

// The benchmark's scale harness (not part of the app): the real heatmap grid over ?rows=N
// synthetic jurisdictions, timed by the grid's own performance marks.
const rows = Math.max(
  1,
  Math.min(5000, Number(new URLSearchParams(location.search).get('rows')) || 51),
);
const model = syntheticHeatmapModel(frameworkSchema.parse(frameworkJson), rows);
const noop = () => {};

createRoot(document.getElementById('root')!).render(
  <main className="heatmap-page">
    <h1>Benchmark harness: heatmap grid, {rows} synthetic rows (synthetic data)</h1>
    <HeatmapReadout hint="Point at a cell." />
    <HeatmapGrid
      model={model}
      label={`Synthetic heatmap, ${rows} rows`}
      scoreHeading="Score"
      openCell={null}
      onOpen={noop}
    />
  </main>,
);
