import { createContext, useContext } from 'react';
import type { Route } from '@/domain/url/routes';
import type { DatasetId, Manifest } from '@/domain/contract/summary-schema';
import type { ViewState } from '@/domain/url/url-state';

/**
 * The shareable view state, read from the URL through the URL pipeline, handed to every view.
 * Views read it here and change it through `update`; they never touch the URL themselves.
 */
export interface ViewStateContextValue {
  route: Route;
  /** The state as the URL gives it (year may be null = default) */
  state: ViewState;
  /** The edition shown: the URL's, or the dataset's default */
  dataset: DatasetId;
  year: number;
  /** Editions of the current dataset, newest last */
  years: number[];
  manifest: Manifest;
  /** Changes the view state: pushes a history entry unless `replace` (continuous controls) */
  update: (patch: Partial<ViewState>, options?: { replace?: boolean }) => void;
  /** A link to another view: url-state.ts carriedState (dataset, edition, states), then `patch` */
  hrefFor: (route: Route, patch?: Partial<ViewState>) => string;
}

export const ViewStateContext = createContext<ViewStateContextValue | null>(null);

export function useViewState(): ViewStateContextValue {
  const value = useContext(ViewStateContext);
  if (!value) throw new Error('useViewState must be used inside the app’s ViewStateContext');
  return value;
}
