/** A toolbar button's 16 px line icon (decorative: the button's text names it). */
export function ToolbarIcon({
  d,
  strokeWidth = 1.6,
  round = true,
}: {
  /** The path, in a 16 × 16 box */
  d: string;
  strokeWidth?: number;
  /** Round line joins */
  round?: boolean;
}) {
  return (
    <svg
      className="share-toolbar__icon"
      aria-hidden="true"
      focusable="false"
      viewBox="0 0 16 16"
      width="16"
      height="16"
    >
      <path
        d={d}
        fill="none"
        stroke="currentColor"
        strokeWidth={strokeWidth}
        strokeLinecap="round"
        strokeLinejoin={round ? 'round' : undefined}
      />
    </svg>
  );
}
