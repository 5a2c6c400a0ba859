import type { ChartText } from './chart-text';
import type { LineScenario } from './chart-parts';

/** "Baseline from 21% to 35%; Push from 21% to 48%": each scenario's first and last value. */
export function describeChanges<S extends LineScenario>(
  scenarios: readonly S[],
  values: (scenario: S) => readonly number[],
  format: (value: number) => string,
  text: ChartText,
): string {
  return scenarios
    .map((scenario) => {
      const series = values(scenario);
      return text.t('aria.change', {
        name: scenario.label,
        from: format(series[0]!),
        to: format(series[series.length - 1]!),
      });
    })
    .join(text.language === 'zh-CN' ? '；' : '; ');
}

/** The sentence about bands, when they are drawn. */
export function describeBands(draws: number | null, shown: boolean, text: ChartText): string {
  return shown && draws ? ` ${text.t('aria.bands', { draws })}` : '';
}
