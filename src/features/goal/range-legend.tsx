/** The legend of the juvenile court age range chart (page and embed). */
export function RangeLegend({ anyLow, anyChosen }: { anyLow: boolean; anyChosen: boolean }) {
  return (
    <div className="legend" role="group" aria-label="Legend: juvenile court ages">
      <ul className="legend__items">
        <li>
          <span className="goal-legend-range" aria-hidden="true">
            <span className="goal-legend-range__dot" />
            <span className="goal-legend-range__bar" />
            <span className="goal-legend-range__dot" />
          </span>{' '}
          Minimum to maximum age of juvenile court jurisdiction (e.g. 10–17: ages 10 through 17)
        </li>
        <li>
          <span className="goal-legend-range goal-legend-range--no-minimum" aria-hidden="true">
            <span className="goal-legend-range__arrow">◀</span>
            <span className="goal-legend-range__bar" />
            <span className="goal-legend-range__dot" />
          </span>{' '}
          No statutory minimum age (not zero: the law sets no floor)
        </li>
        <li>
          <span className="goal-legend-range goal-legend-range--reference" aria-hidden="true">
            <span className="goal-legend-range__bar" />
          </span>{' '}
          Reference data, where it differs from the report
        </li>
        <li>
          <span className="legend__swatch goal-swatch--hatched" aria-hidden="true" /> No data
          (unknown)
        </li>
        {anyChosen ? (
          <li>
            <strong aria-hidden="true">★</strong> A chosen state (outlined)
          </li>
        ) : null}
        {anyLow ? (
          <li>
            <strong aria-hidden="true">*</strong> Low confidence: the sources conflict
          </li>
        ) : null}
      </ul>
    </div>
  );
}
