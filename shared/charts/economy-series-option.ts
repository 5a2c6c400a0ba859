import type { EChartsOption, LineSeriesOption, YAXisComponentOption } from 'echarts';
import type { ComparedTrajectories } from '../compare/trajectories';
import { bandSeries, baseOption, scenarioLegend, scenarioLine, valueAxis, yearAxis } from './chart-parts';
import type { ChartMessageKey } from './chart-messages';
import type { ChartText } from './chart-text';
import type { ChartTheme } from './chart-theme';
import { describeBands, describeChanges } from './describe';
import { LEGEND_RESERVE } from './legend-layout';
import { axisTooltip } from './tooltip';

/** Whether to draw P10–P90 bands, and whether to shade every band or only the reference's. */
export interface BandOptions {
  readonly bands: boolean;
  /** Shade every band, not just the reference's (edges are always drawn). */
  readonly fillAll?: boolean;
}

/** What differs between the economy-wide time-series charts (aggregate self-reliance, open chokepoints). */
export interface EconomySeriesSpec {
  readonly variable: 'aggregateS' | 'chokepointsOpen';
  /** Prefix of the series ids ('aggregate', 'chokepoints'). */
  readonly idPrefix: string;
  readonly titleKey: ChartMessageKey;
  readonly ariaKey: 'aria.lines' | 'aria.steps';
  readonly format: (value: number) => string;
  readonly gridLeft: number;
  readonly yAxis: YAXisComponentOption;
  /** Extra options of every line and band (e.g. a step chart). */
  readonly series?: LineSeriesOption;
}

/** One line per compared scenario over the years, with its P10–P90 band if asked for and run. */
export function economySeriesOption(
  trajectories: ComparedTrajectories,
  spec: EconomySeriesSpec,
  bands: BandOptions,
  theme: ChartTheme,
  text: ChartText,
): EChartsOption {
  const { years, scenarios } = trajectories;
  const extra = spec.series ?? {};
  const lines: LineSeriesOption[] = scenarios.map((scenario) =>
    scenarioLine(
      scenario,
      `${spec.idPrefix}:${scenario.id}`,
      scenario[spec.variable].values,
      theme,
      0,
      extra,
    ),
  );
  const drawn = bands.bands
    ? scenarios.flatMap((scenario) => {
        const band = scenario[spec.variable].band;
        return band
          ? bandSeries(
              scenario,
              `${spec.idPrefix}:${scenario.id}`,
              band,
              theme,
              0,
              extra,
              bands.fillAll === true || scenario.reference,
            )
          : [];
      })
    : [];
  const description = scenarios.length
    ? text.t(spec.ariaKey, {
        title: text.t(spec.titleKey),
        from: years[0]!,
        to: years[years.length - 1]!,
        lines: describeChanges(scenarios, (s) => s[spec.variable].values, spec.format, text),
      }) + describeBands(trajectories.draws, drawn.length > 0, text)
    : text.t('aria.none');
  const colorOf = (name: string) => scenarios.find((scenario) => scenario.label === name)?.colorIndex ?? 0;
  return {
    ...baseOption(theme, description),
    legend: scenarioLegend(scenarios, theme, (s) =>
      s.reference ? text.t('reference', { name: s.label }) : s.label,
    ),
    grid: { left: spec.gridLeft, right: 16, top: LEGEND_RESERVE + 4, bottom: 28 },
    tooltip: axisTooltip(theme, spec.format, colorOf),
    xAxis: yearAxis(years, theme),
    yAxis: valueAxis(theme, spec.format, spec.yAxis),
    series: [...lines, ...drawn],
  };
}
