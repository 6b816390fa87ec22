import type { LegendItem } from '@/domain/overview/values';
import { bucketColor, bucketMark } from '@/domain/overview/colors';

/** A small colour sample; "no data" is the map's hatch, statuses and grades carry their mark. */
export function Swatch({ bucket, mark }: { bucket: string; mark?: string }) {
  const color = bucketColor(bucket);
  return (
    <span
      className={`overview-swatch${color ? '' : ' overview-swatch--no-data'}`}
      style={color ? { background: color.fill, color: color.text } : undefined}
      aria-hidden="true"
    >
      {mark}
    </span>
  );
}

export interface MeasureLegendProps {
  title: string;
  items: readonly LegendItem[];
  /** The mark unknown tiles carry, when they carry one (a goal's "?") */
  noDataMark?: string;
  /** Extra line under the items, e.g. what an asterisk means */
  footnote?: string;
}

export function MeasureLegend({ title, items, noDataMark, footnote }: MeasureLegendProps) {
  return (
    <div className="legend overview-legend" role="group" aria-label={`Legend: ${title}`}>
      <span className="legend__title">{title}</span>
      <ul className="legend__items">
        {items.map((item) => (
          <li key={item.bucket} className="overview-legend__item">
            <Swatch
              bucket={item.bucket}
              mark={item.type === 'no-data' ? noDataMark : bucketMark(item.bucket)}
            />
            <span>
              <span className="overview-legend__label">{item.label}</span>
              {item.note ? <span className="legend__note">: {item.note}</span> : null}{' '}
              <span className="overview-legend__count">
                ({item.count}
                <span className="visually-hidden"> {item.count === 1 ? 'state' : 'states'}</span>)
              </span>
            </span>
          </li>
        ))}
      </ul>
      {footnote ? <p className="overview-legend__footnote">{footnote}</p> : null}
    </div>
  );
}
