import { create } from 'zustand';

/** Transient UI state, and the theme preference (kept in localStorage, not in shared links). */
export type ThemePreference = 'system' | 'light' | 'dark';

const THEME_KEY = 'statewise:theme';

function storedTheme(): ThemePreference {
  try {
    const v = globalThis.localStorage?.getItem(THEME_KEY);
    return v === 'light' || v === 'dark' ? v : 'system';
  } catch {
    return 'system';
  }
}

interface UiState {
  theme: ThemePreference;
  setTheme: (theme: ThemePreference) => void;
  /** The state a user is pointing at on a map or chart, for linked highlighting */
  hoveredState: string | null;
  setHoveredState: (code: string | null) => void;
}

export const useUiStore = create<UiState>((set) => ({
  theme: storedTheme(),
  setTheme: (theme) => {
    try {
      if (theme === 'system') globalThis.localStorage?.removeItem(THEME_KEY);
      else globalThis.localStorage?.setItem(THEME_KEY, theme);
    } catch {
      // Private browsing may refuse storage; the choice still applies to this page.
    }
    set({ theme });
  },
  hoveredState: null,
  setHoveredState: (hoveredState) => set({ hoveredState }),
}));
