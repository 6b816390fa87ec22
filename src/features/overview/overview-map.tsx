import { useLayoutEffect, useMemo, useState, type CSSProperties } from 'react';
import { ChartDefinitionFrame } from '@/components/chart-definition-frame';
import { markEnd, markLoaded } from '@/components/perf-marks';
import { DataTable, type DataColumn } from '@/components/data-table';
import { Link } from '@/components/router';
import { StatusGlyph } from '@/components/status-glyph';
import { TILE_LAYOUT, TileMap, type TileDatum } from '@/components/tile-map';
import type { Status } from '@/domain/contract/evaluation-schema';
import { measureLabel, type OverviewMeasure } from '@/domain/overview/measure';
import type { StateValue } from '@/domain/overview/values';
import { formatIsoDate } from '@/domain/format/dates';
import { bucketColor } from '@/domain/overview/colors';
import { lowerFirst } from '@/domain/overview/text';
import { MeasureLegend } from './measure-legend';
import type { OverviewMapChart } from './overview-chart';

export interface OverviewMapProps {
  /** The map's definition: values, legend, texts and export */
  chart: OverviewMapChart;
  /** Offer the Download menu (the page does; an embed links back to it instead) */
  exportable?: boolean;
  hrefFor: (code: string) => string;
  highlighted: readonly string[];
  onActiveChange: (code: string | null) => void;
  onPrefetch: (code: string) => void;
}

/** The tile map of one measure, in its frame, with its legend and a table of all 51. */
export function OverviewMap({
  chart,
  exportable = false,
  hrefFor,
  highlighted,
  onActiveChange,
  onPrefetch,
}: OverviewMapProps) {
  const { model: values, measure, legend, goalCount } = chart;
  const byCode = useMemo(() => new Map(values.map((v) => [v.code, v])), [values]);
  const tiles = useMemo(() => {
    const map = new Map<string, TileDatum>();
    for (const v of values) {
      const color = bucketColor(v.bucket);
      map.set(v.code, {
        fill: color?.fill ?? 'transparent',
        textColor: color?.text ?? 'inherit',
        ...(v.short ? { value: v.short } : {}),
        label: v.label,
        noData: !v.known,
      });
    }
    return map;
  }, [values]);
  // The tooltip is drawn here rather than by the TileMap, so that it can open towards the inside
  // of the map: above the tile in the lower rows, and from the tile's edge near either side.
  const [active, setActive] = useState<string | null>(null);
  const activeValue = active ? byCode.get(active) : undefined;
  // The benchmark's "first drawn map" and edition-switch times end when the map commits with data.
  useLayoutEffect(() => {
    markLoaded('overview-map');
    markEnd('edition-switch');
  }, [values]);

  return (
    <ChartDefinitionFrame
      chart={chart}
      exportable={exportable}
      legend={
        <MeasureLegend
          title={legend.title}
          items={legend.items}
          {...(legend.noDataMark ? { noDataMark: legend.noDataMark } : {})}
          {...(legend.footnote ? { footnote: legend.footnote } : {})}
        />
      }
      table={
        <MapTable
          measure={measure}
          values={values}
          goalCount={goalCount}
          caption={chart.tableCaption}
          hrefFor={hrefFor}
        />
      }
    >
      <div className="overview-map">
        <TileMap
          title={chart.title}
          tiles={tiles}
          hrefFor={hrefFor}
          highlighted={highlighted}
          onActiveChange={(code) => {
            setActive(code);
            onActiveChange(code);
          }}
          onPrefetch={onPrefetch}
        />
        {activeValue ? (
          <div
            className="overview-map__tooltip"
            role="status"
            style={tooltipPosition(activeValue.code)}
          >
            <StateTooltip value={activeValue} measure={measure} goalCount={goalCount} />
          </div>
        ) : null}
      </div>
      <p className="overview-hint">
        Point at or focus a state for its values; select it to open its report.
      </p>
    </ChartDefinitionFrame>
  );
}

const ROWS = 8;
const COLS = 12;

function tooltipPosition(code: string): CSSProperties {
  const tile = TILE_LAYOUT.find((t) => t[0] === code);
  if (!tile) return { left: 0, top: 0 };
  const [, row, col] = tile;
  const vertical: CSSProperties =
    row < ROWS / 2
      ? { top: `calc(${((row + 1) / ROWS) * 100}% + 4px)` }
      : { bottom: `calc(${((ROWS - row) / ROWS) * 100}% + 4px)` };
  const horizontal: CSSProperties =
    col < 4
      ? { left: `${(col / COLS) * 100}%` }
      : col >= COLS - 4
        ? { right: `${((COLS - col - 1) / COLS) * 100}%` }
        : { left: `${((col + 0.5) / COLS) * 100}%`, transform: 'translateX(-50%)' };
  return { ...vertical, ...horizontal };
}

/** The measured value in words with its unit, e.g. "38.8 of 100", "age 10", a status glyph. */
export function MeasuredValue({ value, measure }: { value: StateValue; measure: OverviewMeasure }) {
  if (!value.known) return <>No data: {lowerFirst(value.notes[0] ?? 'unknown')}</>;
  switch (measure.kind) {
    case 'score':
    case 'issue':
      return <>{value.display} of 100</>;
    case 'status':
      return <StatusGlyph status={value.group as Status} withLabel />;
    case 'min-age':
    case 'max-age':
      return value.group === 'none' ? <>{value.display}</> : <>age {value.display}</>;
    case 'grade':
      return <>{gradeText(value)}</>;
  }
}

function gradeText(value: StateValue): string {
  const p = value.state?.published;
  if (!p) return 'none in the sources we have';
  return `${p.grade}${p.inferred ? ' (inferred)' : ''}, ${p.confidence} confidence`;
}

function StateTooltip({
  value,
  measure,
  goalCount,
}: {
  value: StateValue;
  measure: OverviewMeasure;
  goalCount: number;
}) {
  const s = value.state;
  const showNotes = value.known && (measure.kind === 'min-age' || measure.kind === 'max-age');
  return (
    <div className="overview-tip">
      <strong className="overview-tip__name">{value.name}</strong>
      <dl className="overview-tip__list">
        <dt>{measureLabel(measure)}</dt>
        <dd>
          <MeasuredValue value={value} measure={measure} />
        </dd>
        <dt>Goals evaluated</dt>
        <dd>
          {s ? s.evaluated : 0} of {goalCount}
        </dd>
        {measure.kind === 'grade' ? null : (
          <>
            <dt>Published grade</dt>
            <dd>{gradeText(value)}</dd>
          </>
        )}
        <dt>Laws as of</dt>
        <dd>{s?.asOf && s.evaluated > 0 ? formatIsoDate(s.asOf) : 'no evaluated laws'}</dd>
      </dl>
      {showNotes ? <p className="overview-tip__note">{value.notes.join('. ')}.</p> : null}
    </div>
  );
}

function MapTable({
  measure,
  values,
  goalCount,
  caption,
  hrefFor,
}: {
  measure: OverviewMeasure;
  values: readonly StateValue[];
  goalCount: number;
  caption: string;
  hrefFor: (code: string) => string;
}) {
  const columns: DataColumn<StateValue>[] = [
    {
      key: 'state',
      header: 'State',
      rowHeader: true,
      cell: (v) => <Link to={hrefFor(v.code)}>{v.name}</Link>,
    },
    {
      key: 'value',
      header: measureLabel(measure),
      cell: (v) => (v.known ? <MeasuredValue value={v} measure={measure} /> : 'no data'),
    },
    {
      key: 'evaluated',
      header: 'Goals evaluated',
      cell: (v) => `${v.state ? v.state.evaluated : 0} of ${goalCount}`,
    },
    {
      key: 'grade',
      header: 'Published grade',
      cell: (v) => (v.state?.published ? gradeText(v) : 'none'),
    },
    {
      key: 'as-of',
      header: 'Laws as of',
      cell: (v) =>
        v.state?.asOf && v.state.evaluated > 0 ? (
          <time dateTime={v.state.asOf}>{formatIsoDate(v.state.asOf)}</time>
        ) : (
          '—'
        ),
    },
    { key: 'notes', header: 'Notes', cell: (v) => v.notes.join('; ') },
  ];
  return (
    <DataTable
      className="overview-table"
      caption={caption}
      columns={columns}
      rows={values}
      rowKey={(v) => v.code}
    />
  );
}
