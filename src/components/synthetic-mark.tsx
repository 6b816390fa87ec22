export interface SyntheticMarkProps {
  /** Adds the one-line explanation after the mark (the default); false shows the mark alone. */
  explain?: boolean;
}

/** The visible mark every view, export and embed of synthetic demo data carries. */
export function SyntheticMark({ explain = true }: SyntheticMarkProps) {
  return (
    <p className="synthetic-mark">
      <strong className="badge badge--synthetic">Synthetic demo data</strong>
      {explain && (
        <>
          {' '}
          Generated for development and demonstration: it does not describe any state’s real law.
        </>
      )}
    </p>
  );
}
