import type { BarSeriesOption, EChartsOption } from 'echarts';
import type { Waterfall } from '../compare/waterfall';
import { displayedWaterfall } from '../compare/waterfall';
import { baseOption, valueAxis } from './chart-parts';
import type { ChartText } from './chart-text';
import type { ChartTheme } from './chart-theme';
import { outputFormats, outputLabel } from './output-label';
import { escapeHtml } from './escape-html';
import { ellipsise, textWidth, wrapWords } from './text-width';

interface Item {
  readonly category: string;
  readonly start: number;
  readonly end: number;
  readonly color: string;
  /** On the bar (short unit), and in the description (long unit). */
  readonly label: string;
  readonly spoken: string;
}

type BarDatum = NonNullable<BarSeriesOption['data']>[number];

/** The three stacked values that draw [start, end]: an invisible base, then the parts above and below zero. */
function stackedParts(
  start: number,
  end: number,
): { base: number | null; above: number | null; below: number | null } {
  const low = Math.min(start, end);
  const high = Math.max(start, end);
  if (low >= 0) return { base: low, above: high - low, below: null };
  if (high <= 0) return { base: high, above: null, below: low - high };
  return { base: null, above: high, below: low };
}

/**
 * The attribution waterfall: the reference's value, one bar per lever group (blue up, vermillion down,
 * each labelled with its signed contribution), the other scenario's value. Labels are rounded so that
 * they add up exactly as printed (`displayedWaterfall`). Groups that round to zero are left out unless
 * `hideZero` is false. `width` (default 760 px) sizes the wrapping of the category labels.
 */
export function waterfallOption(
  waterfall: Waterfall,
  options: { readonly hideZero?: boolean; readonly width?: number },
  theme: ChartTheme,
  text: ChartText,
): EChartsOption {
  const formats = outputFormats(waterfall.output, text);
  const shown = displayedWaterfall(waterfall, formats.decimals);
  const hideZero = options.hideZero ?? true;
  const end = (label: string, value: number, display: number): Item => {
    const printed = formats.value(display);
    return { category: label, start: 0, end: value, color: theme.total, label: printed, spoken: printed };
  };
  const bars = waterfall.bars.flatMap((bar, i): Item[] => {
    const display = shown.bars[i]!;
    if (hideZero && display === 0) return [];
    const color = bar.value >= 0 ? theme.increase : theme.decrease;
    return [
      {
        category: text.t(`group.${bar.group}`),
        start: bar.start,
        end: bar.end,
        color,
        label: formats.label(display),
        spoken: formats.difference(display),
      },
    ];
  });
  const items = [
    end(waterfall.reference.label, waterfall.reference.value, shown.reference),
    ...bars,
    end(waterfall.other.label, waterfall.other.value, shown.other),
  ];

  const parts = items.map((item) => stackedParts(item.start, item.end));
  const datum = (
    item: Item,
    value: number | null,
    labelled: boolean,
    position: 'top' | 'bottom',
  ): BarDatum =>
    value === null
      ? '-'
      : {
          value,
          itemStyle: { color: item.color },
          label: { show: labelled, position, formatter: item.label, color: theme.text },
        };
  const rising = (item: Item) => item.end >= item.start;
  const common: BarSeriesOption = {
    type: 'bar',
    stack: 'waterfall',
    stackStrategy: 'samesign',
    barMaxWidth: 56,
    emphasis: { disabled: true },
  };
  const separator = text.language === 'zh-CN' ? '，' : ', ';
  const description = text.t('aria.waterfall', {
    output: outputLabel(waterfall.output, text),
    year: waterfall.year,
    reference: waterfall.reference.label,
    from: formats.value(shown.reference),
    bars: bars.length
      ? bars.map((item) => text.t('aria.bar', { group: item.category, value: item.spoken })).join(separator)
      : text.t('aria.noBars'),
    other: waterfall.other.label,
    to: formats.value(shown.other),
    difference: formats.difference(shown.difference),
  });
  // Wide enough for the longest word, so that a label wraps between words, never inside one
  // ("Universi / ty links"), up to half as wide again as its share (a 60-letter word must break).
  // Chinese has no spaces and may wrap between any two characters.
  const share = Math.max(40, ((options.width ?? 760) - 80) / items.length - 8);
  const longestWord = Math.max(
    0,
    ...items.flatMap((item) =>
      (item.category.match(/[^\s\u2e80-\u9fff\uff00-\uffef]+/g) ?? []).map((word) =>
        textWidth(word, theme.fontSize - 1),
      ),
    ),
  );
  // The estimate is of an average font; common sans-serif faces (DejaVu Sans) run a quarter wider.
  const labelWidth = Math.min(Math.max(share, Math.ceil(longestWord * 1.25) + 4), share * 1.5);
  return {
    ...baseOption(theme, description),
    grid: { left: 56, right: 16, top: 24, bottom: 64 },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      backgroundColor: theme.background,
      borderColor: theme.grid,
      textStyle: { color: theme.text, fontSize: theme.fontSize },
      formatter: (raw: unknown) => {
        const index = (Array.isArray(raw) ? raw[0] : raw)?.dataIndex as number | undefined;
        const item = index === undefined ? undefined : items[index];
        return item
          ? `<div class="chart-tip-row"><span class="chart-tip-name">${escapeHtml(item.category)}</span> <b>${escapeHtml(item.spoken)}</b></div>`
          : '';
      },
    },
    xAxis: {
      type: 'category',
      data: items.map((item) => item.category),
      axisLabel: {
        interval: 0,
        color: theme.text,
        fontSize: theme.fontSize - 1,
        width: labelWidth,
        // Names wrap; a very long one (a scenario's name may be 200 characters) is cut with an
        // ellipsis to about three lines instead of running into the chart below, and ECharts drops
        // any line past the third. The tooltip has the name whole.
        formatter: (name: string) => {
          const lines = wrapWords(name, labelWidth, theme.fontSize - 1);
          const shown =
            lines.length <= 3
              ? lines
              : wrapWords(
                  ellipsise(name, 2 * labelWidth, theme.fontSize - 1),
                  labelWidth,
                  theme.fontSize - 1,
                );
          return shown.join('\n');
        },
        overflow: 'break',
        lineHeight: theme.fontSize + 3,
        height: 3 * (theme.fontSize + 3),
        lineOverflow: 'truncate',
      },
      axisLine: { lineStyle: { color: theme.axis } },
      axisTick: { show: false },
    },
    // The axis always includes zero: bars measured from a cut-off axis make small contributions look
    // large (ECharts' value axes include zero unless `scale` is set).
    yAxis: valueAxis(theme, formats.axis, { scale: false }),
    series: [
      {
        ...common,
        id: 'waterfall:base',
        data: parts.map((part) => part.base ?? '-'),
        itemStyle: { color: 'transparent' },
        silent: true,
      },
      {
        ...common,
        id: 'waterfall:above',
        data: items.map((item, i) =>
          datum(item, parts[i]!.above, parts[i]!.below === null || rising(item), 'top'),
        ),
      },
      {
        ...common,
        id: 'waterfall:below',
        data: items.map((item, i) =>
          datum(item, parts[i]!.below, parts[i]!.above === null || !rising(item), 'bottom'),
        ),
      },
    ],
  };
}
