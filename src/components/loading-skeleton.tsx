export interface LoadingSkeletonProps {
  /** Announced to assistive technology, e.g. "Loading datasets". */
  label: string;
  /** Size of the block, matching what will replace it so the layout does not shift. */
  width?: string | number;
  height: string | number;
  /** Number of placeholder lines drawn inside the block. */
  lines?: number;
}

/** A placeholder of fixed size for content that is loading; animated unless motion is reduced. */
export function LoadingSkeleton({
  label,
  width = '100%',
  height,
  lines = 3,
}: LoadingSkeletonProps) {
  return (
    <div
      className="skeleton"
      role="status"
      aria-busy="true"
      aria-label={label}
      style={{ width, height }}
    >
      <span className="visually-hidden">{label}…</span>
      {Array.from({ length: lines }, (_, i) => (
        <span key={i} className="skeleton__line" aria-hidden="true" />
      ))}
    </div>
  );
}
