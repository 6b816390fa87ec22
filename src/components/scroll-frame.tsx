import { useEffect, useRef, useState, type ReactNode } from 'react';

/**
 * A table (or anything wide) that scrolls sideways inside its frame rather than being clipped or
 * widening the page. Focusable and named, so a keyboard can scroll it. When its content is wider
 * than the frame, a line above it says so (the scrollbar of a long table is far below) and the
 * edge that hides more columns is shaded.
 */
export function ScrollFrame({
  label,
  className,
  children,
}: {
  /** The region's accessible name */
  label: string;
  className?: string;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const [more, setMore] = useState({ left: false, right: false });
  useEffect(() => {
    const box = ref.current;
    if (!box) return;
    const measure = () => {
      const left = box.scrollLeft > 1;
      const right = box.scrollLeft + box.clientWidth < box.scrollWidth - 1;
      setMore((m) => (m.left === left && m.right === right ? m : { left, right }));
    };
    measure();
    box.addEventListener('scroll', measure, { passive: true });
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(measure);
    observer?.observe(box);
    if (box.firstElementChild) observer?.observe(box.firstElementChild);
    return () => {
      box.removeEventListener('scroll', measure);
      observer?.disconnect();
    };
  }, []);
  const scrolls = more.left || more.right;
  return (
    <div
      className={`scroll-frame${more.left ? ' scroll-frame--more-left' : ''}${more.right ? ' scroll-frame--more-right' : ''}`}
    >
      {scrolls ? (
        <p className="scroll-frame__cue">
          {more.right
            ? 'More columns to the right: scroll sideways'
            : 'Scroll back for the first columns'}
          <span aria-hidden="true">{more.right ? ' →' : ' ←'}</span>
        </p>
      ) : null}
      <div
        ref={ref}
        className={className ? `scroll-frame__box ${className}` : 'scroll-frame__box'}
        role="region"
        aria-label={label}
        tabIndex={0}
      >
        {children}
      </div>
    </div>
  );
}
