import { useElementWidth } from '@/components/use-element-width';
import { formatPublished } from '@/domain/format/numbers';
import { scoreChartLayout } from '@/domain/grades/chart-layout';
import type { ScoreChartModel } from '@/domain/grades/series';
import { markerPath, seriesShape } from '@/domain/grades/series-style';
import { INFERRED_MARK } from '@/domain/grades/text';

/**
 * The chosen states' published scores, one panel per framework on its own axis, with the break
 * between them drawn and named; lines only join consecutive years out of the same maximum. Each
 * state has its colour, its marker shape and its name in the key; its published grades run in a
 * row below each axis.
 */
export function ScoreChart({ model, title }: { model: ScoreChartModel; title: string }) {
  const [ref, width] = useElementWidth<HTMLDivElement>(720);
  const layout = scoreChartLayout(model, width);
  return (
    <div ref={ref} className="score-chart">
      <ul className="score-chart__key" aria-label="States in the chart">
        {model.states.map((s) => (
          <li key={s.code} className={`grades-series grades-series--${s.index}`}>
            <svg width="14" height="14" aria-hidden="true" focusable="false">
              <path d={markerPath(seriesShape(s.index), 7, 7, 5)} className="score-chart__marker" />
            </svg>{' '}
            {s.name}
          </li>
        ))}
      </ul>
      <svg
        className="score-chart__svg"
        width={layout.width}
        height={layout.height}
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        role="img"
        aria-label={`${title} (the table alternative lists every value)`}
      >
        {layout.panels.map((p) => (
          <g key={p.panel.era.framework.id}>
            <text x={p.x + 4} y={p.y + 14} className="score-chart__era">
              {p.panel.era.label}
            </text>
            {p.ticks.map((t) => (
              <g key={t}>
                <line
                  x1={p.plotLeft}
                  x2={p.plotRight}
                  y1={p.yOf(t)}
                  y2={p.yOf(t)}
                  className="score-chart__grid"
                />
                <text
                  x={p.plotLeft - 4}
                  y={p.yOf(t)}
                  className="score-chart__tick"
                  textAnchor="end"
                  dominantBaseline="central"
                >
                  {formatPublished(t)}
                </text>
              </g>
            ))}
            {p.panel.maxima.map((m) => (
              <line
                key={m.year}
                x1={p.xOf(m.year) - 9}
                x2={p.xOf(m.year) + 9}
                y1={p.yOf(m.maxScore)}
                y2={p.yOf(m.maxScore)}
                className="score-chart__max"
              />
            ))}
            {p.panel.years.map((year) => (
              <text
                key={year}
                x={p.xOf(year)}
                y={p.plotBottom + 14}
                className="score-chart__tick"
                textAnchor="middle"
              >
                {`’${String(year).slice(2)}`}
              </text>
            ))}
            {p.panel.series.map((s) => (
              <g key={s.code} className={`grades-series grades-series--${s.index}`}>
                {s.segments.map(([a, b]) => (
                  <line
                    key={a.year}
                    x1={p.xOf(a.year)}
                    y1={p.yOf(a.score)}
                    x2={p.xOf(b.year)}
                    y2={p.yOf(b.score)}
                    className="score-chart__line"
                  />
                ))}
                {s.points.map((pt) => (
                  <path
                    key={pt.year}
                    d={markerPath(seriesShape(s.index), p.xOf(pt.year), p.yOf(pt.score), 4.5)}
                    className="score-chart__marker score-chart__marker--point"
                  />
                ))}
                <path
                  d={markerPath(seriesShape(s.index), p.x + 8, p.gradeRowY(s.index) - 4, 3.5)}
                  className="score-chart__marker"
                />
                {s.values.map((v) =>
                  v.grade ? (
                    <text
                      key={v.year}
                      x={p.xOf(v.year)}
                      y={p.gradeRowY(s.index)}
                      textAnchor="middle"
                      className="score-chart__grade"
                    >
                      {`${v.grade}${v.inferred ? INFERRED_MARK : ''}`}
                    </text>
                  ) : null,
                )}
              </g>
            ))}
          </g>
        ))}
        {layout.breaks.map((b, i) => {
          const cx = b.x + b.width / 2;
          const cy = b.y + b.height / 2;
          const label = b.years.length ? [b.years.join(', '), 'no data'] : [];
          return (
            <g key={i} className="score-chart__break">
              {layout.stacked ? (
                <>
                  {[-3, 3].map((dx) => (
                    <g key={dx}>
                      <line x1={b.x} x2={cx - (label.length ? 44 : 0)} y1={cy + dx} y2={cy + dx} />
                      <line
                        x1={cx + (label.length ? 44 : 0)}
                        x2={b.x + b.width}
                        y1={cy + dx}
                        y2={cy + dx}
                      />
                    </g>
                  ))}
                  {label.length ? (
                    <text x={cx} y={cy} textAnchor="middle" dominantBaseline="central">
                      {label.join(': ')}
                    </text>
                  ) : null}
                </>
              ) : (
                <>
                  {[-3, 3].map((dx) => (
                    <g key={dx}>
                      <line x1={cx + dx} x2={cx + dx} y1={b.y} y2={cy - (label.length ? 18 : 0)} />
                      <line
                        x1={cx + dx}
                        x2={cx + dx}
                        y1={cy + (label.length ? 18 : 0)}
                        y2={b.y + b.height}
                      />
                    </g>
                  ))}
                  {label.map((l, k) => (
                    <text key={l} x={cx} y={cy - 4 + k * 12} textAnchor="middle">
                      {l}
                    </text>
                  ))}
                </>
              )}
            </g>
          );
        })}
      </svg>
      <p className="score-chart__note">
        Dashes mark each edition’s maximum. A line joins two scores only in consecutive years out of
        the same maximum; a year without a score is a gap. Letters below each axis are the published
        grades ({INFERRED_MARK} inferred).
      </p>
    </div>
  );
}
