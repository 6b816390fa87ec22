import { create } from 'zustand';
import type { Status } from '@/domain/contract/evaluation-schema';

/**
 * The cell (or goal column header) under the pointer or keyboard focus, for the one-line readout above the grid. A tiny
 * store so that moving over 2,040 cells re-renders the readout only, never the grid.
 */
export interface ReadoutCell {
  /** Null for a goal's column header */
  stateName: string | null;
  goalId: string;
  goalTitle: string;
  /** Null for a goal's column header */
  status: Status | null;
}

interface ReadoutState {
  cell: ReadoutCell | null;
  show: (cell: ReadoutCell | null) => void;
}

export const useReadoutStore = create<ReadoutState>((set) => ({
  cell: null,
  show: (cell) => set({ cell }),
}));
