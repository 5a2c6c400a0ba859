import type { EChartsOption, TitleComponentOption } from 'echarts';
import type { ChartText } from './chart-text';
import type { ChartTheme } from './chart-theme';

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

/** A rough width of `text` in pixels (CJK characters are square, Latin ones about 0.58 em). */
export function textWidth(text: string, fontSize: number): number {
  let width = 0;
  for (const char of text) width += /[\u2e80-\u9fff\uff00-\uffef]/.test(char) ? fontSize : fontSize * 0.58;
  return width;
}

/** Lines `text` wraps to at `width` pixels (at least one). */
export function wrappedLines(text: string, width: number, fontSize: number): number {
  return Math.max(1, Math.ceil(textWidth(text, fontSize) / Math.max(1, width)));
}

/**
 * `text` cut with an ellipsis to fit about `width` pixels of text (summed over the lines it wraps to),
 * or `text` itself when it fits.
 */
export function ellipsise(text: string, width: number, fontSize: number): string {
  if (textWidth(text, fontSize) <= width) return text;
  let kept = '';
  for (const char of text) {
    if (textWidth(`${kept}${char}…`, fontSize) > width) break;
    kept += char;
  }
  return `${kept.trimEnd()}…`;
}

function shiftTop<T extends { top?: unknown }>(item: T, by: number): T {
  return typeof item.top === 'number' ? { ...item, top: item.top + by } : item;
}

function shiftAll<T extends { top?: unknown }>(value: T | T[] | undefined, by: number): T | T[] | undefined {
  if (value === undefined) return undefined;
  return Array.isArray(value) ? value.map((item) => shiftTop(item, by)) : shiftTop(value, by);
}

/**
 * The chart with a title, the scenario names, the unit above it and the source line below, for PNG and
 * SVG exports: every numeric `top` moves down by the header's height and the chart grows by header
 * and footer. Long titles and names wrap (with ECharts' own line breaking) instead of running off the
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
  const subtitle = `${text.t('export.scenarios', { names: frame.scenarios.join(separator) })}${text.language === 'zh-CN' ? '。' : '. '}${text.t('export.unit', { unit: frame.unit })}`;
  const titleLines = wrappedLines(frame.title, width, titleSize);
  const subtitleLines = wrappedLines(subtitle, width, theme.fontSize);
  const sourceLines = wrappedLines(frame.source, width, small);
  const header = 12 + titleLines * (titleSize + 6) + subtitleLines * (theme.fontSize + 5) + 10;
  const footer = 10 + sourceLines * (small + 5);
  const titles = (
    option.title === undefined ? [] : Array.isArray(option.title) ? option.title : [option.title]
  ).map((title) => shiftTop(title, header));
  const frameTitles: TitleComponentOption[] = [
    {
      text: frame.title,
      subtext: subtitle,
      left: 8,
      top: 8,
      itemGap: 6,
      textStyle: {
        fontSize: titleSize,
        fontWeight: 700,
        color: theme.text,
        width,
        overflow: 'break',
        lineHeight: titleSize + 6,
      },
      subtextStyle: {
        fontSize: theme.fontSize,
        color: theme.muted,
        width,
        overflow: 'break',
        lineHeight: theme.fontSize + 5,
      },
    },
    {
      text: frame.source,
      left: 8,
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
  const grid = option.grid as
    { top?: unknown; bottom?: unknown } | { top?: unknown; bottom?: unknown }[] | undefined;
  const moveGrid = (item: { top?: unknown; bottom?: unknown }) => {
    const moved = shiftTop(item, header);
    return typeof moved.bottom === 'number' ? { ...moved, bottom: moved.bottom + footer } : moved;
  };
  return {
    option: {
      ...option,
      backgroundColor: theme.background,
      title: [...frameTitles, ...titles],
      legend: shiftAll(option.legend as { top?: unknown } | { top?: unknown }[] | undefined, header),
      grid: grid === undefined ? undefined : Array.isArray(grid) ? grid.map(moveGrid) : moveGrid(grid),
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
