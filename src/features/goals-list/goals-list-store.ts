import { create } from 'zustand';

/**
 * The search typed into the list of goals. Transient (not in the URL: a link names a view, not
 * what someone was typing), but kept while the app is open, so coming back from a goal's page
 * shows the list as it was left.
 */
interface GoalsSearchState {
  query: string;
  setQuery: (query: string) => void;
}

export const useGoalsSearch = create<GoalsSearchState>((set) => ({
  query: '',
  setQuery: (query) => set({ query }),
}));
