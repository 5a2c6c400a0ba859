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
 * One row of a tooltip: a swatch of the scenario's identity (`chart-tip-swatch-<slot>`, or `-baseline`),
 * its name and the value, both escaped (scenario names are user input). Classes only, never inline
 * styles, which the app's content security policy forbids; the page styles the classes.
 */
export function tooltipRow(name: string, value: string, swatch: string | number): string {
  return `<div class="chart-tip-row"><span class="chart-tip-swatch chart-tip-swatch-${escapeHtml(String(swatch))}"></span><span class="chart-tip-name">${escapeHtml(name)}</span> <b>${escapeHtml(value)}</b></div>`;
}

/** An axis tooltip listing every scenario's value in the hovered year (`chart-tip-year`, then rows). */
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
        .map((param) =>
          tooltipRow(param.seriesName!, format(param.value as number), colorIndexOf(param.seriesName!)),
        );
      return `<div class="chart-tip-year">${escapeHtml(params[0]?.axisValueLabel ?? '')}</div>${rows.join('')}`;
    },
  };
}
