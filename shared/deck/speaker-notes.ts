import type { ChartText } from '../charts/chart-text';
import { outputFormats, outputLabel } from '../charts/output-label';
import type { SeriesWithBand } from '../compare/compare-types';
import { displayedWaterfall } from '../compare/waterfall';
import { xmlSafeText } from '../text/xml-text';
import type { DeckInput } from './deck-input';
import { observedNotes } from './deck-observed';
import type { SlideSpec } from './slide-plan';

/**
 * What the presenter says to a slide: its key figures at the horizon (with the P10–P90 range where
 * bands were run), in the deck's language, and the source line, so a deck sent on still says where
 * its numbers come from.
 */
export function speakerNotes(slide: SlideSpec, input: DeckInput, text: ChartText, source: string): string {
  const { model } = input;
  const { trajectories } = model;
  const year = model.horizonYear;
  const last = trajectories.years.length - 1;
  const separator = text.t('notes.separator');
  const name = (label: string) => xmlSafeText(label);
  const find = (id: string) => trajectories.scenarios.find((scenario) => scenario.id === id)!;
  const atHorizon = (
    seriesOf: (id: string) => SeriesWithBand | undefined,
    format: (value: number) => string,
  ) =>
    model.scenarios
      .flatMap((scenario) => {
        const series = seriesOf(scenario.id);
        if (!series) return [];
        const value = format(series.values[last]!);
        return [
          series.band
            ? text.t('notes.valueBand', {
                name: name(scenario.label),
                value,
                low: format(series.band.p10[last]!),
                high: format(series.band.p90[last]!),
              })
            : text.t('notes.value', { name: name(scenario.label), value }),
        ];
      })
      .join(separator);
  const percent = text.format.percent;
  const body = (): string => {
    switch (slide.kind) {
      case 'title': {
        const reference = model.scenarios.find((scenario) => scenario.reference)!;
        return text.t('notes.title', {
          count: model.scenarios.length,
          names: model.scenarios.map((scenario) => name(scenario.label)).join(separator),
          reference: name(reference.label),
        });
      }
      case 'overview':
        return text.t('notes.overview', { year, values: atHorizon((id) => find(id).aggregateS, percent) });
      case 'sector':
        return text.t('notes.sector', {
          sector: text.sectorName(slide.sector),
          year,
          S: atHorizon((id) => find(id).S[slide.sector], percent),
          C: atHorizon((id) => find(id).C[slide.sector], percent),
        });
      case 'chokepoints':
        return text.t('notes.chokepoints', {
          year,
          total: input.catalogue.chokepoints.length,
          values: atHorizon((id) => find(id).chokepointsOpen, text.format.integer),
        });
      case 'targets': {
        const table = model.targets;
        const values = table.scenarios.map((scenario, i) =>
          text.t('notes.targetsScenario', {
            name: name(scenario.label),
            counts: table.targets
              .map((target, k) =>
                text.t('notes.targetsCount', {
                  target: percent(target),
                  count: table.rows.filter((row) => row.cells[i]![k]!.year !== null).length,
                  sectors: table.rows.length,
                }),
              )
              .join(text.language === 'zh-CN' ? '，' : ', '),
          }),
        );
        return text.t('notes.targets', { year: table.horizonYear, values: values.join(separator) });
      }
      case 'costs': {
        const money = text.format.money;
        const values = model.costs.scenarios.map((scenario) =>
          text.t('notes.costsScenario', {
            name: name(scenario.label),
            fiscal: money(scenario.costs.fiscal.cumulative.at(-1)!),
            disruption: money(scenario.costs.disruption.cumulative.at(-1)!),
            substitution: money(scenario.costs.substitution.cumulative.at(-1)!),
          }),
        );
        return text.t('notes.costs', { year, values: values.join(' ') });
      }
      case 'why': {
        const waterfall = input.waterfall;
        if (!waterfall) return text.t('deck.noWhy');
        const formats = outputFormats(waterfall.output, text);
        const shown = displayedWaterfall(waterfall, formats.decimals);
        const bars = waterfall.bars
          .map((bar, i) => ({ bar, value: shown.bars[i]! }))
          .filter(({ value }) => value !== 0)
          .sort((a, b) => Math.abs(b.value) - Math.abs(a.value))
          .slice(0, 3)
          .map(({ bar, value }) => `${text.t(`group.${bar.group}`)} ${formats.difference(value)}`);
        return text.t('notes.why', {
          other: name(waterfall.other.label),
          reference: name(waterfall.reference.label),
          output: outputLabel(waterfall.output, text),
          year: waterfall.year,
          difference: formats.difference(shown.difference),
          bars: bars.length ? bars.join(separator) : text.t('aria.noBars'),
        });
      }
    }
  };
  const observed = observedNotes(slide, input, text);
  return `${body()}${observed ? ` ${observed}` : ''} ${source}`;
}
