import { frameworkIdOf } from '@/domain/contract/dataset-framework';
import type { DatasetId, Manifest } from '@/domain/contract/summary-schema';
import { editionSummaryWhat, useEditionSummary } from './edition-summary-query';
import { useFramework } from './framework-query';

/**
 * What most views draw from: the dataset's framework and one edition's summary, requested together
 * (in parallel), for the view-data gate to wait on.
 */
export function useViewData(
  manifest: Pick<Manifest, 'datasets' | 'frameworks'>,
  dataset: DatasetId,
  year: number,
) {
  const framework = useFramework(frameworkIdOf(manifest, dataset));
  const summary = useEditionSummary(dataset, year);
  return { framework, summary, summaryWhat: editionSummaryWhat(dataset, year) };
}
