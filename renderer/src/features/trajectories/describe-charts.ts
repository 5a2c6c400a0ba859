import type { TFunction } from 'i18next';
import type { Formatters } from '../../i18n/format';
import type { ChartScenario } from './series-data';
import { first, last } from './series-data';

/** Text alternatives of the trajectory charts: the first and last year of every line. */
export function describeCharts(
  scenarios: readonly ChartScenario[],
  sectors: readonly { id: string; name: string }[],
  t: TFunction,
  format: Formatters,
) {
  const withRun = scenarios.filter((s) => s.run);
  const run = withRun[0]?.run;
  if (!run) {
    const none = t('trajectories.aria.none');
    return { aggregate: none, chokepoints: none, sectors: none };
  }
  const years = run.years.length;
  const span = { from: run.years[0]!, to: run.years[years - 1]! };
  const aggregate = withRun
    .map((s) =>
      t('trajectories.aria.change', {
        name: s.label,
        from: format.percent(first(s.run!.aggregateS, years)),
        to: format.percent(last(s.run!.aggregateS, years)),
      }),
    )
    .join('; ');
  const chokepoints = withRun
    .map((s) =>
      t('trajectories.aria.change', {
        name: s.label,
        from: format.integer(first(s.run!.chokepointsOpen, years)),
        to: format.integer(last(s.run!.chokepointsOpen, years)),
      }),
    )
    .join('; ');
  const edited = withRun.find((s) => s.role === 'edited') ?? withRun[0]!;
  const baseline = withRun.find((s) => s.role === 'baseline');
  const bySector = sectors
    .map((sector) => {
      const index = run.sectorIds.indexOf(sector.id);
      if (index < 0) return '';
      const e = edited.run!;
      return t('trajectories.aria.sector', {
        sector: sector.name,
        sFrom: format.percent(first(e.S, years, index)),
        sTo: format.percent(last(e.S, years, index)),
        cFrom: format.percent(first(e.C, years, index)),
        cTo: format.percent(last(e.C, years, index)),
        baseline: baseline?.run
          ? t('trajectories.aria.sectorBaseline', {
              s: format.percent(last(baseline.run.S, years, index)),
              c: format.percent(last(baseline.run.C, years, index)),
            })
          : '',
      });
    })
    .filter(Boolean)
    .join(' ');
  return {
    aggregate: t('trajectories.aria.aggregate', { ...span, lines: aggregate }),
    chokepoints: t('trajectories.aria.chokepoints', { ...span, lines: chokepoints }),
    sectors: t('trajectories.aria.sectors', { ...span, name: edited.label, lines: bySector }),
  };
}
