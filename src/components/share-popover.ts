import { useEffect, type RefObject } from 'react';

/**
 * A popover under a toolbar button closes on a pointer press outside its root, as the chart
 * frame's Download menu does. (Escape is handled by each popover, which knows its button.)
 */
export function useDismissOnOutsidePress(
  root: RefObject<HTMLElement | null>,
  open: boolean,
  onDismiss: () => void,
): void {
  useEffect(() => {
    if (!open) return;
    const onPointerDown = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) onDismiss();
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [root, open, onDismiss]);
}
