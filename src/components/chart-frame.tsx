import { ScrollFrame } from './scroll-frame';
import { createContext, createElement, useContext, useId, useState, type ReactNode } from 'react';
import type { ExportSpec } from '@/domain/export/spec';
import { ExportMenu } from './export-menu';
import { SyntheticMark } from './synthetic-mark';

/**
 * True inside an embed: there the chart is the whole document, so its title is the page's h1
 * (headings inside the chart keep their order below it).
 */
export const EmbeddedChartContext = createContext(false);

/** A heading inside a chart: one level up in an embed (where the chart's title is the h1). */
export function ChartHeading({
  level,
  className,
  children,
}: {
  level: 3 | 4;
  className?: string;
  children: ReactNode;
}) {
  const embedded = useContext(EmbeddedChartContext);
  return createElement(`h${embedded ? level - 1 : level}`, { className }, children);
}

export interface ChartFrameProps {
  title: string;
  /** One line: what is shown, for which edition and dataset */
  subtitle: string;
  /** The source line, always visible (with the as-of date) */
  source: string;
  synthetic?: boolean;
  /** The chart itself */
  children: ReactNode;
  /** The same data as a table, for screen readers and for reading exact values */
  table: ReactNode;
  /** A sentence or two saying what the chart shows, read before the chart */
  summary: ReactNode;
  legend?: ReactNode;
  /** Extra controls shown in the frame's toolbar */
  actions?: ReactNode;
  headingLevel?: 2 | 3;
  /** What the chart exports (rows, meta, SVG): adds the Download menu to the toolbar */
  exportSpec?: ExportSpec;
  /**
   * Chart or table, when the view decides (a link on the page that opens the table); without it
   * the frame keeps its own choice, starting with the chart
   */
  asTable?: boolean;
  onAsTableChange?: (asTable: boolean) => void;
}

/**
 * Every chart sits in a frame with a title, a one-line subtitle, a legend, a visible source line,
 * a text summary and a table alternative (a toggle between chart and table), and, given an
 * export spec, a Download menu (PNG, SVG, CSV, JSON, ZIP of what the chart shows).
 */
export function ChartFrame({
  title,
  subtitle,
  source,
  synthetic = false,
  children,
  table,
  summary,
  legend,
  actions,
  headingLevel = 2,
  exportSpec,
  asTable: asTableProp,
  onAsTableChange,
}: ChartFrameProps) {
  const [asTableOwn, setAsTableOwn] = useState(false);
  const asTable = asTableProp ?? asTableOwn;
  const setAsTable = (value: boolean) => {
    setAsTableOwn(value);
    onAsTableChange?.(value);
  };
  const id = useId();
  const embedded = useContext(EmbeddedChartContext);
  const Heading = embedded ? 'h1' : headingLevel === 2 ? 'h2' : 'h3';
  return (
    <figure className="chart-frame" aria-labelledby={`${id}-title`}>
      <div className="chart-frame__head">
        <div>
          <Heading id={`${id}-title`} className="chart-frame__title">
            {title}
          </Heading>
          <p className="chart-frame__subtitle">{subtitle}</p>
        </div>
        <div className="chart-frame__actions">
          {actions}
          {exportSpec ? <ExportMenu spec={exportSpec} title={title} /> : null}
          <div className="segmented" role="group" aria-label={`Show ${title} as`}>
            <button type="button" aria-pressed={!asTable} onClick={() => setAsTable(false)}>
              Chart
            </button>
            <button type="button" aria-pressed={asTable} onClick={() => setAsTable(true)}>
              Table
            </button>
          </div>
        </div>
      </div>
      {synthetic ? <SyntheticMark /> : null}
      <div className="chart-frame__summary">{summary}</div>
      {asTable ? (
        <ScrollFrame className="chart-frame__table" label={`${title}, as a table`}>
          {table}
        </ScrollFrame>
      ) : (
        <>
          {legend}
          <div className="chart-frame__chart">{children}</div>
        </>
      )}
      <figcaption className="chart-frame__source">{source}</figcaption>
    </figure>
  );
}
