import type { EChartsOption, TitleComponentOption } from 'echarts';
import type { ChartText } from './chart-text';
import type { ChartTheme } from './chart-theme';
import { shiftTops } from './shift-tops';
import { wrapWords } from './text-width';

/** Where an export's title and source line start (ECharts pads a title by 5 px): its legend starts there too. */
const FRAME_LEFT = 8;
export const EXPORT_INSET = FRAME_LEFT + 5;

/** What an exported chart says about itself, above and below the plot. */
export interface ExportFrame {
  /** The chart's title (sentence case). */
  readonly title: string;
  /** Scenario names as the legend shows them ("Baseline (reference)"). */
  readonly scenarios: readonly string[];
  /** The values' unit, in words. */
  readonly unit: string;
  /** `sourceLine(…)`. */
  readonly source: string;
}

/**
 * The chart with a title, the scenario names, the unit above it and the source line below, for PNG and
 * SVG exports: every numeric `top` moves down by the header's height and the chart grows by header
 * and footer. Lay the legend out with `fitLegend(…, { inset: EXPORT_INSET })` first, so that it starts
 * where the title does. Long titles and names wrap (with ECharts' own line breaking) instead of running off the
 * edge; the header's height allows for the lines they wrap to. Returns the new option and height.
 */
export function framedOption(
  option: EChartsOption,
  size: { readonly width: number; readonly height: number },
  frame: ExportFrame,
  theme: ChartTheme,
  text: ChartText,
): { readonly option: EChartsOption; readonly height: number } {
  const width = size.width - 16;
  const titleSize = theme.fontSize + 4;
  const small = theme.fontSize - 1;
  const separator = text.language === 'zh-CN' ? '；' : '; ';
  const subtitleText = `${text.t('export.scenarios', { names: frame.scenarios.join(separator) })}${text.language === 'zh-CN' ? '。' : '. '}${text.t('export.unit', { unit: frame.unit })}`;
  // Lines are counted at a little less than the width: ECharts breaks at word boundaries (a line
  // ends short by up to a word) and its measure of a font can run wider than the estimate.
  const room = width * 0.85;
  // Broken into lines here, not by ECharts, which would start each line after the first with a space.
  const title = wrapWords(frame.title, room, titleSize);
  const subtitle = wrapWords(subtitleText, room, theme.fontSize);
  const source = wrapWords(frame.source, room, small);
  const [titleLines, subtitleLines, sourceLines] = [title.length, subtitle.length, source.length];
  const header = 12 + titleLines * (titleSize + 6) + subtitleLines * (theme.fontSize + 5) + 10;
  const footer = 10 + sourceLines * (small + 5);
  const moved = shiftTops(option, header, { legend: true });
  const titles = moved.title === undefined ? [] : Array.isArray(moved.title) ? moved.title : [moved.title];
  const frameTitles: TitleComponentOption[] = [
    {
      text: title.join('\n'),
      subtext: subtitle.join('\n'),
      left: FRAME_LEFT,
      top: 8,
      itemGap: 6,
      textStyle: {
        fontSize: titleSize,
        fontWeight: 700,
        color: theme.text,
        width,
        overflow: 'break',
        lineHeight: titleSize + 6,
        // The header was sized for this many lines: a font that wraps to more loses the last ones
        // rather than writing over the chart.
        height: titleLines * (titleSize + 6),
        lineOverflow: 'truncate',
      },
      subtextStyle: {
        fontSize: theme.fontSize,
        color: theme.muted,
        width,
        overflow: 'break',
        lineHeight: theme.fontSize + 5,
        height: subtitleLines * (theme.fontSize + 5),
        lineOverflow: 'truncate',
      },
    },
    {
      text: source.join('\n'),
      left: FRAME_LEFT,
      bottom: 6,
      textStyle: {
        fontSize: small,
        fontWeight: 'normal',
        color: theme.muted,
        width,
        overflow: 'break',
        lineHeight: small + 5,
      },
    },
  ];
  const grid = moved.grid as { bottom?: unknown } | { bottom?: unknown }[] | undefined;
  const raiseBottom = (item: { bottom?: unknown }) =>
    typeof item.bottom === 'number' ? { ...item, bottom: item.bottom + footer } : item;
  return {
    option: {
      ...moved,
      backgroundColor: theme.background,
      title: [...frameTitles, ...titles],
      grid: grid === undefined ? undefined : Array.isArray(grid) ? grid.map(raiseBottom) : raiseBottom(grid),
    } as EChartsOption,
    height: size.height + header + footer,
  };
}

/** A piece of a file name: lower case, words joined by hyphens, CJK kept, nothing a file system refuses. */
export function fileSlug(text: string): string {
  return (
    text
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 48)
      .replace(/-+$/g, '') || 'chart'
  );
}

/**
 * A file name (without its extension) that says what it holds:
 * `aggregate-self-reliance_push-vs-escalation_2026-12-03` (what, which scenarios, when).
 */
export function exportFileStem(what: string, scenarios: readonly string[], date: string): string {
  const names = scenarios.map(fileSlug).join('-vs-');
  return `${fileSlug(what)}_${names.slice(0, 120).replace(/-+$/g, '')}_${date}`;
}
