import { createContext, useContext, useEffect, useSyncExternalStore } from 'react';
import type { ExportSpec } from '@/domain/export/spec';

/**
 * How an embed's footer learns what its chart exports: the chart registers its export spec (the
 * same definition it draws), and only the footer, subscribed to this small store, re-renders.
 * The chart itself never re-renders on the footer's account.
 */
export interface EmbedDataStore {
  get: () => ExportSpec | null;
  set: (spec: ExportSpec | null) => void;
  subscribe: (onChange: () => void) => () => void;
}

export function createEmbedDataStore(): EmbedDataStore {
  let current: ExportSpec | null = null;
  const listeners = new Set<() => void>();
  return {
    get: () => current,
    set: (spec) => {
      if (spec === current) return;
      current = spec;
      for (const listener of listeners) listener();
    },
    subscribe: (onChange) => {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
  };
}

export const EmbedDataContext = createContext<EmbedDataStore | null>(null);

/** In an embed's chart: hands its export spec to the embed's "Get the data" (else nothing). */
export function useEmbedData(spec: ExportSpec | null): void {
  const store = useContext(EmbedDataContext);
  useEffect(() => {
    if (!store) return undefined;
    store.set(spec);
    return () => {
      if (store.get() === spec) store.set(null);
    };
  }, [store, spec]);
}

const NONE = () => null;
const NO_SUBSCRIPTION = () => () => {};

/** In the embed's footer: the spec of the chart shown, once it has drawn. */
export function useEmbeddedSpec(store: EmbedDataStore | null): ExportSpec | null {
  return useSyncExternalStore(store?.subscribe ?? NO_SUBSCRIPTION, store?.get ?? NONE, NONE);
}
