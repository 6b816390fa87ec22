import { useCallback, useState } from 'react';

/**
 * Which issue areas of a long view are folded, with the toggles that change it. Transient: a
 * shared link always opens every area.
 */
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
  const expand = useCallback(
    (id: string) =>
      setCollapsed((prev) => {
        if (!prev.has(id)) return prev;
        const next = new Set(prev);
        next.delete(id);
        return next;
      }),
    [],
  );
  const expandAll = useCallback(() => setCollapsed(new Set()), []);
  const collapseAll = useCallback((ids: readonly string[]) => setCollapsed(new Set(ids)), []);
  return { collapsed, toggle, expand, expandAll, collapseAll };
}
