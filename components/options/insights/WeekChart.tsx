import { useEffect, useRef } from 'preact/hooks';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { systemScheme } from '../../color-scheme';

export interface ChartSeries {
  label: string;
  color: string;
  /** One value per week; null where there is nothing to show. */
  values: (number | null)[];
}

interface Props {
  /** Week starts (Mondays) as Unix seconds. */
  weeks: number[];
  /** The week starts as short labels, same order. */
  weekLabels: string[];
  series: ChartSeries[];
  /** Formats a y value for the axis. */
  format: (v: number) => string;
  /** Fixed y range, e.g. [0, 100] for percentages. */
  range?: [number, number];
  label: string;
  theme: string;
}

const HEIGHT = 220;

function cssVar(name: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || '#888';
}

/**
 * A line chart per week with uPlot: one line per goal type in its category colour, ticks on the
 * week starts, a plain legend below. Sized to its container; redrawn on resize, on a theme change and on
 * the system's light/dark switch.
 */
export function WeekChart({ weeks, weekLabels, series, format, range, label, theme }: Props) {
  const box = useRef<HTMLDivElement>(null);
  // With the theme following the system, its switch changes the colours to read.
  const scheme = systemScheme.value;
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const muted = cssVar('--muted');
    const line = cssVar('--line');
    const axis = { stroke: muted, grid: { stroke: line, width: 1 }, ticks: { stroke: line, width: 1 }, font: '11px system-ui, sans-serif' };
    const labelAt = new Map(weeks.map((w, i) => [w, weekLabels[i] ?? '']));
    const width = () => Math.max(280, el.clientWidth);
    const opts: uPlot.Options = {
      width: width(),
      height: HEIGHT,
      legend: { show: false },
      cursor: { drag: { x: false, y: false }, points: { size: 7 } },
      scales: {
        x: { time: false, range: [weeks[0]! - 2 * 86400, weeks[weeks.length - 1]! + 2 * 86400] },
        y: range ? { range } : { range: (_u, _min, max) => [0, Math.max(4, Math.ceil(max * 1.2))] },
      },
      axes: [
        {
          ...axis,
          // A tick on every other week start, ending with the current week.
          splits: () => weeks.filter((_, i) => (weeks.length - 1 - i) % 2 === 0),
          values: (_u, ticks) => ticks.map((s) => labelAt.get(s) ?? ''),
        },
        { ...axis, values: (_u, ticks) => ticks.map((v) => format(v)), size: 44 },
      ],
      series: [
        {},
        ...series.map((s) => ({ label: s.label, stroke: s.color, width: 2, spanGaps: true, points: { size: 6, fill: s.color, stroke: s.color } })),
      ],
    };
    const plot = new uPlot(opts, [weeks, ...series.map((s) => s.values)], el);
    const observer = new ResizeObserver(() => plot.setSize({ width: width(), height: HEIGHT }));
    observer.observe(el);
    return () => {
      observer.disconnect();
      plot.destroy();
    };
  }, [weeks, weekLabels, series, theme, scheme]);
  return (
    <figure class="chart-figure">
      <div class="chart" ref={box} role="img" aria-label={label} />
      <ul class="chart-legend" aria-hidden="true">
        {series.map((s) => (
          <li key={s.label}><span class="legend-line" style={{ background: s.color }} />{s.label}</li>
        ))}
      </ul>
    </figure>
  );
}
