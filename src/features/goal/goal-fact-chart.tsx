import type { JuvenileSortKey } from '@/domain/facts/juvenile';
import type { FactChart } from './goal-chart';
import { JuvenileFrame, JuvenileSection } from './juvenile-section';
import { LimitationsSection } from './limitations-section';
import { ProtectionsSection } from './protections-section';

export interface GoalFactChartProps {
  chart: FactChart;
  /** `page`: with the Download menu and what follows the chart; `embed`: the chart's frame alone */
  variant: 'page' | 'embed';
  stateHref: (code: string) => string;
  highlighted: readonly string[];
  onPrefetch: (code: string) => void;
  onSort: (sort: JuvenileSortKey) => void;
}

/** The comparison of one kind of typed fact, drawn by the section for its kind. */
export function GoalFactChart({
  chart,
  variant,
  stateHref,
  highlighted,
  onPrefetch,
  onSort,
}: GoalFactChartProps) {
  const exportable = variant === 'page';
  const common = { stateHref, highlighted, exportable };
  switch (chart.chart) {
    case 'juvenileJurisdiction':
      return variant === 'page' ? (
        <JuvenileSection chart={chart} onSort={onSort} onPrefetch={onPrefetch} {...common} />
      ) : (
        <JuvenileFrame
          chart={chart}
          onSort={onSort}
          onPrefetch={onPrefetch}
          {...common}
          table="full"
        />
      );
    case 'statuteOfLimitations':
      return <LimitationsSection chart={chart} {...common} />;
    case 'victimProtections':
      return <ProtectionsSection chart={chart} {...common} />;
  }
}
