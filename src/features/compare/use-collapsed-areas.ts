import { useCallback, useState } from 'react';

/** Which issue areas of the goal-by-goal table are folded, with the toggles that change it. */
export function useCollapsedAreas() {
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(() => new Set());
  const toggle = useCallback(
    (id: string) =>
      setCollapsed((prev) => {
        const next = new Set(prev);
        if (next.has(id)) next.delete(id);
        else next.add(id);
        return next;
      }),
    [],
  );
  const expandAll = useCallback(() => setCollapsed(new Set()), []);
  const collapseAll = useCallback((ids: readonly string[]) => setCollapsed(new Set(ids)), []);
  return { collapsed, toggle, expandAll, collapseAll };
}
