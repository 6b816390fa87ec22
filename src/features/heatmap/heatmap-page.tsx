import { useViewState } from '@/components/view-state';

/** Placeholder: this view is being built. */
export function HeatmapPage() {
  const { year, dataset } = useViewState();
  return (
    <div>
      <h1>heatmap</h1>
      <p>
        Edition {year}, {dataset === 'demo' ? 'synthetic demo data' : 'report data'}.
      </p>
    </div>
  );
}
