import type { ChartDefinition } from '@/domain/export/chart-definition';
import { ChartFrame, type ChartFrameProps } from './chart-frame';

export interface ChartDefinitionFrameProps extends Pick<
  ChartFrameProps,
  'children' | 'table' | 'legend' | 'actions' | 'headingLevel'
> {
  /** The chart's definition: its title, subtitle, source, summary, mark and export */
  chart: ChartDefinition<unknown>;
  /** Offer the Download menu (a page does; an embed links back to the page instead) */
  exportable?: boolean;
}

/**
 * A chart's frame drawn from its definition, so that the page and the embed of a chart show the
 * same title, subtitle, source line, summary and synthetic mark, and the page's download holds
 * the same words.
 */
export function ChartDefinitionFrame({
  chart,
  exportable = false,
  children,
  ...parts
}: ChartDefinitionFrameProps) {
  return (
    <ChartFrame
      {...parts}
      title={chart.title}
      subtitle={chart.subtitle}
      source={chart.source}
      synthetic={chart.synthetic}
      summary={<p>{chart.summary}</p>}
      {...(exportable ? { exportSpec: chart.exportSpec } : {})}
    >
      {children}
    </ChartFrame>
  );
}
