import { navigate } from '@/components/router';
import type { ViewStateContextValue } from '@/components/view-state';
import { frameworkGoals, type Framework } from '@/domain/contract/framework-schema';
import type { Manifest } from '@/domain/contract/summary-schema';
import { routePath, type Route } from '@/domain/url/routes';
import { cleanDataset, readDataset } from '@/domain/url/url-codec';
import {
  carriedState,
  patchedState,
  type KnownValues,
  type ViewState,
} from '@/domain/url/url-state';
import { datasetYears, defaultYear } from './default-edition';

/** What the loaded data knows, for the URL's clean step: the URL's dataset decides the editions. */
export function knownValues(
  manifest: Manifest,
  framework: Framework | undefined,
  search: string,
): KnownValues {
  const datasets = manifest.datasets.map((d) => d.id);
  const dataset = cleanDataset(readDataset(search), { datasets });
  return {
    datasets,
    years: datasetYears(manifest, dataset),
    ...(framework
      ? {
          goals: frameworkGoals(framework).map((g) => g.id),
          issues: framework.issueAreas.map((a) => a.id),
        }
      : {}),
  };
}

export interface ViewStateWriter {
  /** The address that shows `next` in place of the view shown */
  here: (next: ViewState) => string;
  /** The query string of a link to the view `to` showing `next` */
  search: (to: Route, next: ViewState) => string;
  /** Every change replaces the history entry (an embed's) instead of pushing one */
  alwaysReplace?: boolean;
}

/**
 * The context value both providers hand to the views: the state, the edition shown, `update`
 * (pushes a history entry, or replaces it for continuous controls) and `hrefFor` (links carry the
 * dataset, edition and states). Null when the dataset has no edition.
 */
export function viewStateValue(
  manifest: Manifest,
  route: Route,
  state: ViewState,
  writer: ViewStateWriter,
): ViewStateContextValue | null {
  const year = state.year ?? defaultYear(manifest, state.dataset);
  if (year === null) return null;
  return {
    route,
    state,
    dataset: state.dataset,
    year,
    years: datasetYears(manifest, state.dataset),
    manifest,
    update: (patch, options) => {
      const next = patchedState(state, patch, (dataset) => datasetYears(manifest, dataset));
      navigate(writer.here(next), { replace: writer.alwaysReplace || (options?.replace ?? false) });
    },
    hrefFor: (to, patch) => `${routePath(to)}${writer.search(to, carriedState(state, patch))}`,
  };
}
