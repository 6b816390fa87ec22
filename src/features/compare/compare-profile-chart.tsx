import type { KeyboardEvent } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  Text,
  Tooltip,
  XAxis,
  YAxis,
  type TooltipContentProps,
} from 'recharts';
import type { ProfileArea } from '@/domain/compare/profile';
import { stateName } from '@/domain/format/jurisdictions';
import { formatScore } from '@/domain/format/numbers';
import { stateColor } from '@/domain/compare/state-colors';
import { useElementWidth } from './use-element-width';
import { useMediaQuery } from '@/components/use-media-query';

export interface CompareProfileChartProps {
  profile: readonly ProfileArea[];
  codes: readonly string[];
}

type Datum = { label: string; areaId: string } & Record<string, number | string | null>;

/**
 * Grouped horizontal bars: each issue area, one bar per compared state (its coverage score in the
 * area, 0–100). A state with no evaluated goal in an area has no bar there (a gap, not zero).
 * Keyboard: the chart is one tab stop; arrow keys move between issue areas (recharts'
 * accessibility layer) and the tooltip reads out the values.
 */
export function CompareProfileChart({ profile, codes }: CompareProfileChartProps) {
  const [ref, width] = useElementWidth<HTMLDivElement>(640);
  const reducedMotion = useMediaQuery('(prefers-reduced-motion: reduce)');
  const narrow = width < 520;
  const labelWidth = narrow ? 124 : 190;
  const barSize = narrow ? 10 : 12;
  const groupHeight = codes.length * (barSize + 3) + 22;
  const height = profile.length * groupHeight + 40;
  const data: Datum[] = profile.map((area) => {
    const datum: Datum = { label: `${area.id}. ${area.title}`, areaId: area.id };
    codes.forEach((code, i) => {
      datum[code] = area.values[i]?.score ?? null;
    });
    return datum;
  });

  return (
    <div ref={ref} className="profile-chart" onKeyDownCapture={remapArrowKeys}>
      <BarChart
        width={width}
        height={height}
        data={data}
        layout="vertical"
        margin={{ top: 4, right: narrow ? 56 : 64, bottom: 4, left: 0 }}
        barGap={3}
        barCategoryGap={18}
        accessibilityLayer
        title="Coverage score by issue area for each compared state"
        desc="Up and down arrow keys move between issue areas; the tooltip reads each state’s score."
      >
        <CartesianGrid horizontal={false} stroke="var(--color-border)" strokeDasharray="3 3" />
        <XAxis
          type="number"
          domain={[0, 100]}
          ticks={[0, 25, 50, 75, 100]}
          tick={{ fill: 'var(--color-text-muted)', fontSize: 12 }}
          stroke="var(--color-border)"
        />
        <YAxis
          type="category"
          dataKey="label"
          width={labelWidth}
          stroke="var(--color-border)"
          tick={(props: {
            x: number | string;
            y: number | string;
            payload: { value: unknown };
          }) => (
            <Text
              x={Number(props.x) - 6}
              y={Number(props.y)}
              width={labelWidth - 10}
              textAnchor="end"
              verticalAnchor="middle"
              fill="var(--color-text)"
              fontSize={narrow ? 10.5 : 12.5}
            >
              {String(props.payload.value)}
            </Text>
          )}
        />
        <Tooltip
          cursor={{ fill: 'var(--color-surface)' }}
          isAnimationActive={!reducedMotion}
          content={(props: TooltipContentProps) => (
            <ProfileTooltip {...props} codes={codes} profile={profile} />
          )}
        />
        {codes.map((code, i) => (
          <Bar
            key={code}
            dataKey={code}
            name={stateName(code)}
            fill={stateColor(i)}
            barSize={barSize}
            // A score of 0 is a value, not a gap: give it a sliver (and its label) so it shows.
            minPointSize={2}
            isAnimationActive={!reducedMotion}
          >
            <LabelList
              dataKey={code}
              position="right"
              fill="var(--color-text)"
              fontSize={11}
              formatter={(value) =>
                typeof value === 'number' ? `${code} ${formatScore(value)}` : ''
              }
            />
          </Bar>
        ))}
      </BarChart>
    </div>
  );
}

/**
 * recharts 3 moves through a vertical chart's categories backwards (ArrowRight goes up, because its
 * direction is "top-to-bottom", not "left-to-right"), and ignores Up/Down. Down and Right move to
 * the next issue area here, Up and Left to the previous one, by sending recharts the key that does.
 */
function remapArrowKeys(e: KeyboardEvent<HTMLDivElement>) {
  if (!e.nativeEvent.isTrusted) return;
  const forward = e.key === 'ArrowDown' || e.key === 'ArrowRight';
  const back = e.key === 'ArrowUp' || e.key === 'ArrowLeft';
  const target = e.target;
  if ((!forward && !back) || !(target instanceof Element)) return;
  if (!target.classList.contains('recharts-surface')) return;
  e.preventDefault();
  e.stopPropagation();
  target.dispatchEvent(
    new globalThis.KeyboardEvent('keydown', {
      key: forward ? 'ArrowLeft' : 'ArrowRight',
      bubbles: true,
    }),
  );
}

function ProfileTooltip({
  active,
  label,
  codes,
  profile,
}: TooltipContentProps & { codes: readonly string[]; profile: readonly ProfileArea[] }) {
  if (!active) return null;
  const area = profile.find((a) => `${a.id}. ${a.title}` === label);
  if (!area) return null;
  return (
    <div className="profile-tooltip">
      <p className="profile-tooltip__title">{label}</p>
      <ul>
        {codes.map((code, i) => {
          const v = area.values[i];
          return (
            <li key={code}>
              <span
                className="compare-chip__swatch"
                style={{ background: stateColor(i) }}
                aria-hidden="true"
              />
              {stateName(code)}:{' '}
              {v && v.score !== null ? (
                <strong>{formatScore(v.score)}</strong>
              ) : (
                <strong>no score</strong>
              )}{' '}
              <span className="profile-tooltip__muted">
                ({v?.evaluated ?? 0} of {v?.total ?? 0} goals evaluated)
              </span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
