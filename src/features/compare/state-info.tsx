import type { ReactNode } from 'react';

/** What is known of one compared state, under its name: the definition's lines, then `children`. */
export function StateInfo({ lines, children }: { lines: readonly string[]; children?: ReactNode }) {
  return (
    <div className="state-info">
      {lines.map((line) => (
        <p key={line} className="state-info__line">
          {line}
        </p>
      ))}
      {children}
    </div>
  );
}
