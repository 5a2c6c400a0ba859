import type { EChartsOption, LegendComponentOption, LineSeriesOption } from 'echarts';
import { BAND_KEY_ID, drawsBands } from './draws-bands';
import type { ChartText } from './chart-text';
import type { ChartTheme } from './chart-theme';
import { shiftTops } from './shift-tops';
import { textWidth } from './text-width';

export { BAND_KEY_ID } from './draws-bands';

/**
 * Room the chart builders leave above their plots for the legend before it is measured (one row). The
 * measured legend (`fitLegend`) moves everything below it by the difference.
 */
export const LEGEND_RESERVE = 32;

/** Gaps of a laid-out legend, in pixels. */
const ICON_WIDTH = 28;
/** ECharts puts the name this far after the icon (fixed in its legend view). */
const ICON_TEXT_GAP = 5;
const ITEM_GAP = 24;
/** The legend's left margin on the page, where the chart's own box gives it room. */
const LEGEND_INSET = 4;
const BELOW = 8;
/** The longest a name may run in a legend, in ems, before it is cut (the whole name is in the tooltip). */
const NAME_EMS = 40;

/** One entry of a legend and the width it is given. */
export interface LegendSlot {
  readonly name: string;
  readonly left: number;
  readonly top: number;
  /** Width of the entry's text: longer names are cut with an ellipsis at this width. */
  readonly textWidth: number;
}

/**
 * Legend entries in rows from the left, each as wide as its name needs (estimated wide, `textWidth`)
 * and never wider than the chart: a name too long for a row gets a row of its own and is cut there.
 * Each entry is then drawn with its text cut at its own width, so however the real font runs, no
 * entry reaches the next or the plot below.
 */
export function legendSlots(
  labels: readonly { readonly name: string; readonly label: string }[],
  width: number,
  fontSize: number,
  inset = LEGEND_INSET,
): { readonly slots: LegendSlot[]; readonly height: number } {
  const rowHeight = fontSize + 10;
  const widest = Math.max(40, Math.min(NAME_EMS * fontSize, width - inset - ICON_WIDTH - ICON_TEXT_GAP - 4));
  const slots: LegendSlot[] = [];
  let x = 0;
  let row = 0;
  for (const { name, label } of labels) {
    const text = Math.min(widest, Math.ceil(textWidth(label, fontSize)) + 2);
    const item = ICON_WIDTH + ICON_TEXT_GAP + text;
    if (x > 0 && inset + x + item > width - 4) {
      row += 1;
      x = 0;
    }
    slots.push({ name, left: inset + x, top: row * rowHeight + 4, textWidth: text });
    x += item + ITEM_GAP;
  }
  return { slots, height: labels.length ? (row + 1) * rowHeight + BELOW : 0 };
}

type Legend = Omit<LegendComponentOption, 'data' | 'formatter'> & {
  data?: (string | { name: string })[];
  formatter?: string | ((name: string) => string);
};

function seriesList(option: EChartsOption): LineSeriesOption[] {
  const series = option.series;
  return (series === undefined ? [] : Array.isArray(series) ? series : [series]) as LineSeriesOption[];
}

/**
 * The chart's legend measured at `width` and laid out above the plot, never over it: scenarios only (the
 * builders' legend lists their names; bands and other helper series share a scenario's name or have
 * none), plus one "P10–P90" key when bands are drawn. Everything below the legend (grids, panel
 * titles) moves down or up by the legend's height less `LEGEND_RESERVE`; `extraHeight` is that
 * difference, which the caller adds to the chart's height so the plots keep theirs. `inset` is the
 * legend's left margin (an export's is its title's, `EXPORT_INSET`). A chart without a legend is
 * returned as it is.
 */
export function fitLegend(
  option: EChartsOption,
  width: number,
  theme: ChartTheme,
  text: ChartText,
  layout: { readonly inset?: number } = {},
): { readonly option: EChartsOption; readonly extraHeight: number } {
  const legend = option.legend as Legend | Legend[] | undefined;
  if (!legend || Array.isArray(legend) || !legend.data || legend.show === false)
    return { option, extraHeight: 0 };
  const { formatter } = legend;
  const labelOf = (name: string) => (typeof formatter === 'function' ? formatter(name) : name);
  const names = legend.data.map((entry) => (typeof entry === 'string' ? entry : entry.name));
  // An entry given with its own icon (the observed record's grey point) keeps it in its slot.
  const entryOf = (name: string) =>
    legend.data!.find((entry) => typeof entry !== 'string' && entry.name === name) ?? name;
  const series = seriesList(option);
  const bands = drawsBands(option);
  const bandName = text.t('legend.band');
  const entries = [
    ...names.map((name) => ({ name, label: labelOf(name) })),
    ...(bands ? [{ name: bandName, label: bandName }] : []),
  ];
  const fontSize = Number(legend.textStyle?.fontSize ?? theme.fontSize);
  const { slots, height } = legendSlots(entries, width, fontSize, layout.inset);
  const components: LegendComponentOption[] = slots.map((slot) => {
    const key = bands && slot.name === bandName;
    return {
      ...legend,
      left: slot.left,
      top: slot.top,
      padding: 0,
      data: key
        ? [{ name: bandName, icon: 'rect', itemStyle: { color: theme.muted, opacity: 0.35 } }]
        : [entryOf(slot.name)],
      ...(key ? { selectedMode: false, itemWidth: 18, itemHeight: 10, formatter: undefined } : {}),
      textStyle: { ...legend.textStyle, width: slot.textWidth, overflow: 'truncate', ellipsis: '…' },
    } as LegendComponentOption;
  });
  // The key's entry needs a series of its name; this one has no points, so it draws nothing.
  const key: LineSeriesOption[] = bands
    ? [
        {
          id: BAND_KEY_ID,
          name: bandName,
          type: 'line',
          data: [],
          silent: true,
          tooltip: { show: false },
          lineStyle: { opacity: 0 },
          itemStyle: { color: theme.muted },
        },
      ]
    : [];
  const delta = height - LEGEND_RESERVE;
  return {
    option: {
      ...shiftTops(option, delta),
      legend: components,
      series: [...series, ...key],
    } as EChartsOption,
    extraHeight: delta,
  };
}
