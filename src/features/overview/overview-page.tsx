import { useViewState } from '@/components/view-state';

/** Placeholder: this view is being built. */
export function OverviewPage() {
  const { year, dataset } = useViewState();
  return (
    <div>
      <h1>overview</h1>
      <p>
        Edition {year}, {dataset === 'demo' ? 'synthetic demo data' : 'report data'}.
      </p>
    </div>
  );
}
