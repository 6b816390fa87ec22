import { useCallback, useRef, useState } from 'react';

/**
 * The width of an element, kept up to date with a ResizeObserver, for charts that need a number.
 * Where ResizeObserver is missing (tests), the fallback width is used.
 */
export function useElementWidth<T extends HTMLElement>(
  fallback: number,
): [(node: T | null) => void, number] {
  const [width, setWidth] = useState(fallback);
  const observer = useRef<ResizeObserver | null>(null);
  const ref = useCallback((node: T | null) => {
    observer.current?.disconnect();
    observer.current = null;
    if (!node || typeof ResizeObserver === 'undefined') return;
    const measure = () => {
      const w = Math.floor(node.getBoundingClientRect().width);
      if (w > 0) setWidth(w);
    };
    observer.current = new ResizeObserver(measure);
    observer.current.observe(node);
    measure();
  }, []);
  return [ref, width];
}
