import type { DatasetId, Manifest } from '@/domain/contract/summary-schema';

/** Editions of a dataset, oldest first. */
export function datasetYears(manifest: Manifest, dataset: DatasetId): number[] {
  const ds = manifest.datasets.find((d) => d.id === dataset);
  return (ds?.editions.map((e) => e.year) ?? []).sort((a, b) => a - b);
}

/**
 * The edition a link without `year` opens: the newest with any evaluated state, else the newest.
 * Shared links pin the year, so a later change of this default never changes what they show; links
 * made before versions (v0) open the edition this rule gave then (url-migrations.ts V0_DEFAULTS).
 */
export function defaultYear(manifest: Manifest, dataset: DatasetId): number | null {
  const ds = manifest.datasets.find((d) => d.id === dataset);
  if (!ds || ds.editions.length === 0) return null;
  const sorted = [...ds.editions].sort((a, b) => b.year - a.year);
  return (sorted.find((e) => e.evaluatedStates > 0) ?? sorted[0])!.year;
}
