import { BAND_ID_PREFIX } from './chart-parts';
import type { ChartTheme } from './chart-theme';
import { escapeHtml } from './escape-html';

interface TooltipParam {
  readonly seriesId?: string;
  readonly seriesName?: string;
  readonly seriesIndex?: number;
  readonly axisValueLabel?: string;
  readonly value?: unknown;
}

/**
 * An axis tooltip listing every scenario's value in the hovered year. Markup uses classes only
 * (`chart-tip-year`, `chart-tip-row`, `chart-tip-swatch chart-tip-swatch-<colour index>`), never inline
 * styles, which the app's content security policy forbids; the page styles the classes.
 */
export function axisTooltip(
  theme: ChartTheme,
  format: (value: number) => string,
  colorIndexOf: (seriesName: string) => number,
) {
  return {
    trigger: 'axis' as const,
    backgroundColor: theme.background,
    borderColor: theme.grid,
    textStyle: { color: theme.text, fontSize: theme.fontSize },
    formatter: (raw: unknown) => {
      const params = (Array.isArray(raw) ? raw : [raw]) as TooltipParam[];
      const rows = params
        .filter(
          (param) =>
            param.seriesName &&
            !String(param.seriesId ?? '').startsWith(BAND_ID_PREFIX) &&
            typeof param.value === 'number',
        )
        .map((param) => {
          const name = param.seriesName!;
          return `<div class="chart-tip-row"><span class="chart-tip-swatch chart-tip-swatch-${colorIndexOf(name)}"></span><span class="chart-tip-name">${escapeHtml(name)}</span> <b>${escapeHtml(format(param.value as number))}</b></div>`;
        });
      return `<div class="chart-tip-year">${escapeHtml(params[0]?.axisValueLabel ?? '')}</div>${rows.join('')}`;
    },
  };
}
