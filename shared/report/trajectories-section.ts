import type { EChartsOption } from 'echarts';
import { aggregateOption } from '../charts/aggregate-option';
import { chokepointsOption } from '../charts/chokepoints-option';
import { withComparisonObserved } from '../charts/observed-history-series';
import { sectorMultiplesHeight, sectorMultiplesOption } from '../charts/sector-multiples-option';
import { figure } from './figure';
import type { SafeHtml } from './html';
import { html } from './html';
import type { ReportContext } from './report-context';
import { caption } from './report-context';

const WIDTH = 960;

/** The trajectory charts: aggregate self-reliance, open chokepoints, then S and C by sector, bands where run. */
export function trajectoriesSection(ctx: ReportContext): SafeHtml {
  const { input, text, theme, m } = ctx;
  const trajectories = input.model.trajectories;
  const bands = trajectories.draws !== null;
  const sectors = trajectories.sectorIds.length;
  // The observed record before the base year, as the compare view draws it: open chokepoints, and
  // self-reliance by sector (capability has none).
  const place = { years: trajectories.years, width: WIDTH };
  const observed = (option: EChartsOption, chart: Parameters<typeof withComparisonObserved>[1]) =>
    input.observed === false ? option : withComparisonObserved(option, chart, place, theme, text);
  const multiples = (variable: 'S' | 'C') => {
    const option = sectorMultiplesOption(trajectories, { variable, bands, width: WIDTH }, theme, text);
    return figure(
      ctx,
      caption(text.t('title.sectors', { variable: text.t(`variable.${variable}`) })),
      variable === 'S' ? observed(option, { quantity: 'S', sectorIds: trajectories.sectorIds }) : option,
      { width: WIDTH, height: sectorMultiplesHeight(sectors) },
    );
  };
  return html`<section class="page" id="trajectories">
<div class="keep">
<h2>${m('trajectories')}</h2>
${figure(ctx, caption(text.t('title.aggregate')), aggregateOption(trajectories, { bands }, theme, text), { width: WIDTH, height: 360 })}
</div>
${figure(ctx, caption(text.t('title.chokepoints')), observed(chokepointsOption(trajectories, { bands, total: input.catalogue.chokepoints.length }, theme, text), { quantity: 'chokepointsOpen' }), { width: WIDTH, height: 320 })}
${multiples('S')}
${multiples('C')}
</section>
`;
}
