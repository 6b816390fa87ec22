import type { Manifest } from './summary-schema';

/**
 * The id of the framework a dataset is evaluated against: the dataset's own, else the manifest's
 * first framework (an unknown dataset id, or a dataset naming none); '' when the manifest lists no
 * framework, which the framework query reports as an error.
 */
export function frameworkIdOf(
  manifest: Pick<Manifest, 'datasets' | 'frameworks'>,
  dataset: string,
): string {
  return (
    manifest.datasets.find((d) => d.id === dataset)?.framework ?? manifest.frameworks[0]?.id ?? ''
  );
}
