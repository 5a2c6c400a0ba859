import { aggregateOption } from '../charts/aggregate-option';
import { chokepointsOption } from '../charts/chokepoints-option';
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
  const multiples = (variable: 'S' | 'C') =>
    figure(
      ctx,
      caption(text.t('title.sectors', { variable: text.t(`variable.${variable}`) })),
      sectorMultiplesOption(trajectories, { variable, bands }, theme, text),
      {
        width: WIDTH,
        height: sectorMultiplesHeight(sectors),
      },
    );
  return html`<section class="page" id="trajectories">
<div class="keep">
<h2>${m('trajectories')}</h2>
${figure(ctx, caption(text.t('title.aggregate')), aggregateOption(trajectories, { bands }, theme, text), { width: WIDTH, height: 360 })}
</div>
${figure(ctx, caption(text.t('title.chokepoints')), chokepointsOption(trajectories, { bands, total: input.catalogue.chokepoints.length }, theme, text), { width: WIDTH, height: 320 })}
${multiples('S')}
${multiples('C')}
</section>
`;
}
