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

/**
 * Whether a dataset is generated demo data, as the manifest says; the one rule every view, embed
 * and export uses before its data has loaded. Loaded files carry their own `synthetic` flag, which
 * the fetchers check against this (a file that disagrees is refused), so the two never differ on
 * screen. An unknown dataset counts as synthetic: nothing unlabelled is ever shown as real.
 */
export function isSyntheticDataset(manifest: Pick<Manifest, 'datasets'>, dataset: string): boolean {
  return manifest.datasets.find((d) => d.id === dataset)?.synthetic ?? true;
}
