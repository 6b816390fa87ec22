import { useMemo } from 'react';
import type { ChartFrameProps } from '@/components/chart-frame';
import { useViewState } from '@/components/view-state';
import type { ChartDefinition } from '@/domain/export/chart-definition';

/**
 * What a chart's frame shows of its definition: title, subtitle, source, the synthetic mark, the
 * summary, and (on the page, not in an embed) the Download menu.
 */
export function frameOf(
  chart: ChartDefinition<unknown>,
  exportable: boolean,
): Pick<ChartFrameProps, 'title' | 'subtitle' | 'source' | 'synthetic' | 'summary' | 'exportSpec'> {
  return {
    title: chart.title,
    subtitle: chart.subtitle,
    source: chart.source,
    synthetic: chart.synthetic,
    summary: <p>{chart.summary}</p>,
    ...(exportable ? { exportSpec: chart.exportSpec } : {}),
  };
}

/** States with an evaluation file in the edition shown (the others have no report to open). */
export function useStatesWithFile(): ReadonlySet<string> {
  const { manifest, dataset, year } = useViewState();
  return useMemo(
    () =>
      new Set(
        manifest.datasets.find((d) => d.id === dataset)?.editions.find((e) => e.year === year)
          ?.states ?? [],
      ),
    [manifest, dataset, year],
  );
}
