import type { EChart, EChartOption } from './echarts';

type Series = { id: string; data: unknown }[];
const seriesOf = (option: object) => (option as { series?: Series }).series ?? [];

/** What a chart instance was last given: its option without data, each series' data, its signature. */
interface Drawn {
  readonly frame: string;
  readonly data: ReadonlyMap<string, string>;
  readonly signature?: string;
}
const drawn = new WeakMap<EChart, Drawn>();

export interface UpdateOptions {
  /** Leave the redraw to ECharts' next frame, so that a burst of updates costs one render. */
  readonly lazy?: boolean;
  /** Top-level keys that change with the data (an accessible description): merged, never a reason to rebuild. */
  readonly mergeable?: readonly string[];
  /** What the option's functions depend on (a language), which its JSON cannot show. */
  readonly context?: string;
  /** Remembered with the option: `drawnSignature` returns it. */
  readonly signature?: string;
}

/**
 * Gives `chart` its new option as cheaply as ECharts allows: the whole option when anything but series
 * data changed (axes, grids, which series there are), else only the series whose data changed, merged
 * by id; nothing when nothing changed.
 */
export function updateChart(chart: EChart, option: EChartOption, options: UpdateOptions = {}): void {
  const series = seriesOf(option);
  const mergeable = options.mergeable ?? [];
  const rest = Object.fromEntries(Object.entries(option).filter(([key]) => !mergeable.includes(key)));
  const frame = JSON.stringify([
    options.context ?? '',
    { ...rest, series: series.map(({ data: _data, ...style }) => style) },
  ]);
  const data = new Map(series.map(({ id, data }) => [id, JSON.stringify(data)]));
  for (const key of mergeable) data.set(`option:${key}`, JSON.stringify(option[key]));
  const before = drawn.get(chart);
  if (before?.frame === frame) {
    const changed = series.filter(({ id }) => before.data.get(id) !== data.get(id));
    const merged = mergeable.filter((key) => before.data.get(`option:${key}`) !== data.get(`option:${key}`));
    if (changed.length > 0 || merged.length > 0)
      chart.setOption(
        {
          ...Object.fromEntries(merged.map((key) => [key, option[key]])),
          ...(changed.length > 0 ? { series: changed.map(({ id, data }) => ({ id, data })) } : {}),
        },
        { lazyUpdate: options.lazy ?? false },
      );
  } else {
    chart.setOption(option, { notMerge: true });
    // A diagnostic for the benchmark: full redraws should be rare while a slider moves.
    performance.mark('chart-full-redraw');
  }
  drawn.set(chart, {
    frame,
    data,
    ...(options.signature === undefined ? {} : { signature: options.signature }),
  });
}

/** The signature given with the chart's last option. */
export function drawnSignature(chart: EChart): string | undefined {
  return drawn.get(chart)?.signature;
}

/**
 * Forgets what the charts were given, so the next update gives each its whole option: an option's
 * functions (a tooltip reading the latest data of a new drawing context) travel only with the whole.
 */
export function forgetDrawn(...charts: EChart[]): void {
  for (const chart of charts) drawn.delete(chart);
}
