import { useMemo, type ReactNode } from 'react';
import { useFramework } from '@/api/framework-query';
import { useLocation } from '@/components/router';
import { ViewStateContext } from '@/components/view-state';
import { frameworkIdOf } from '@/domain/contract/dataset-framework';
import type { Manifest } from '@/domain/contract/summary-schema';
import { embedSearch, embedSerializeOptions, type EmbedOptions } from '@/domain/url/embed-options';
import { embedPath, type EmbeddableRoute } from '@/domain/url/routes';
import { readDataset, writeUrl } from '@/domain/url/url-codec';
import { readUrl } from '@/domain/url/url-pipeline';
import { knownValues, viewStateValue } from './view-state-value';

export interface EmbedViewStateProviderProps {
  manifest: Manifest;
  route: EmbeddableRoute;
  options: EmbedOptions;
  windowName: string;
  children: ReactNode;
}

/**
 * The embed's view state: read from its URL through the app's pipeline and the same known values,
 * and handed to the views through the app's ViewStateContext, so a view's components work in an
 * embed unchanged. Unlike the app it never rewrites the URL on load (the host chose it), and a
 * change replaces the history entry: an iframe's pushes would hijack the host page's Back button.
 * Links it hands out lead to the full app, in the format of the embed's own URL.
 */
export function EmbedViewStateProvider({
  manifest,
  route,
  options,
  windowName,
  children,
}: EmbedViewStateProviderProps) {
  const { search } = useLocation();
  const framework = useFramework(frameworkIdOf(manifest, readDataset(search)));

  const value = useMemo(() => {
    const { state } = readUrl(search, { known: knownValues(manifest, framework.data, search) });
    const format = embedSerializeOptions(search);
    return viewStateValue(manifest, route, state, {
      here: (next) => `${embedPath(route)}${embedSearch(next, options, windowName, format)}`,
      search: (_to, next) => writeUrl(next, format),
      alwaysReplace: true,
    });
  }, [search, manifest, framework.data, route, options, windowName]);

  if (!value) return <p>No edition of this dataset exists.</p>;
  return <ViewStateContext.Provider value={value}>{children}</ViewStateContext.Provider>;
}
