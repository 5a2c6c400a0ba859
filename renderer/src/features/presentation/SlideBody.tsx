import { IdentitySwatch } from '../../components/IdentitySwatch';
import type { EChartsOption } from 'echarts';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChartText, ChartTheme } from '../../../../shared/charts';
import {
  aggregateOption,
  chokepointsOption,
  costsOption,
  sectorMultiplesOption,
  waterfallOption,
} from '../../../../shared/charts';
import { useApp } from '../../store';
import { CompareChart } from '../compare/CompareChart';
import type { ReadyComparison } from '../compare/comparison-state';
import { useSize } from '../compare/use-size';
import { useWaterfall } from '../compare/use-waterfall';
import type { SlideSpec } from './slides';

interface SlideBodyProps {
  readonly slide: SlideSpec;
  readonly ready: ReadyComparison;
  readonly theme: ChartTheme;
  readonly text: ChartText;
}

/** The slide's own legend (large, above) stands for the chart's. */
function withoutLegend(option: EChartsOption): EChartsOption {
  return option.legend ? { ...option, legend: { ...(option.legend as object), show: false } } : option;
}

/** The big numbers of the overview: each scenario's aggregate self-reliance and open chokepoints at the horizon. */
function KeyFigures({ ready, text }: Pick<SlideBodyProps, 'ready' | 'text'>) {
  const { t } = useTranslation();
  const { trajectories, horizonYear } = ready.model;
  const last = trajectories.years.length - 1;
  return (
    <ul className="slide-figures" aria-label={t('compare.presentation.figures', { year: horizonYear })}>
      {trajectories.scenarios.map((scenario) => (
        <li key={scenario.id} className="slide-figure">
          <span className="slide-figure-name">
            <IdentitySwatch slot={scenario.colorIndex} reference={scenario.reference} size="large" />
            {scenario.label}
          </span>
          <span className="slide-figure-value">{text.format.percent(scenario.aggregateS.values[last]!)}</span>
          <span className="slide-figure-note">
            {t('compare.presentation.open', {
              count: scenario.chokepointsOpen.values[last]!,
              year: horizonYear,
            })}
          </span>
        </li>
      ))}
    </ul>
  );
}

interface ChartSpec {
  readonly option: EChartsOption;
  readonly caption: string;
}

/**
 * One slide's charts, as large as the slide allows, in the presentation theme (thicker lines, larger
 * type, the scenarios' own colours on white). A sector slide shows self-reliance and capability side
 * by side, each captioned: what the slide shows does not follow a toggle elsewhere.
 */
export function SlideBody({ slide, ready, theme, text }: SlideBodyProps) {
  const { t } = useTranslation();
  const bands = useApp((state) => state.compareOptions.bands);
  const [box, setBox] = useState<HTMLDivElement | null>(null);
  const size = useSize(box);
  const width = size.width || 1000;
  const height = Math.max(240, (size.height || 480) - 48);
  const { model } = ready;
  const why = useWaterfall(ready, text);
  const charts = useMemo((): ChartSpec[] | null => {
    const { trajectories } = model;
    switch (slide.kind) {
      case 'title':
      case 'targets':
        return [];
      case 'overview':
        return [
          {
            option: aggregateOption(trajectories, { bands }, theme, text),
            caption: t('compare.overview.aggregate'),
          },
        ];
      case 'sector':
        return (['S', 'C'] as const).map((variable) => ({
          option: sectorMultiplesOption(
            trajectories,
            {
              variable,
              bands,
              sectors: [slide.sector],
              columns: 1,
              cellHeight: height - 32,
              width: width / 2,
            },
            theme,
            text,
          ),
          caption: t(variable === 'S' ? 'pictures.slides.selfReliance' : 'pictures.slides.capability'),
        }));
      case 'chokepoints':
        return [
          {
            option: chokepointsOption(
              trajectories,
              { bands, total: ready.catalogue.chokepoints.length },
              theme,
              text,
            ),
            caption: t('compare.overview.chokepoints', { total: ready.catalogue.chokepoints.length }),
          },
        ];
      case 'costs':
        return [
          {
            option: costsOption(model.costs, { measure: 'cumulative' }, theme, text),
            caption: t('compare.costs.measures.cumulative'),
          },
        ];
      case 'why':
        return why.waterfall?.ok
          ? [{ option: waterfallOption(why.waterfall.value, { width }, theme, text), caption: why.caption }]
          : null;
    }
  }, [slide, model, bands, height, width, theme, text, t, ready.catalogue, why.waterfall, why.caption]);
  return (
    <div className="slide-body">
      {slide.kind === 'overview' ? <KeyFigures ready={ready} text={text} /> : null}
      <div ref={setBox} className={`slide-chart slide-charts-${charts?.length ?? 0}`}>
        {charts ? (
          charts.map((chart) => (
            <CompareChart
              key={chart.caption}
              option={withoutLegend(chart.option)}
              height={height}
              caption={chart.caption}
              fileName="slide"
              unit=""
              exportable={false}
            />
          ))
        ) : (
          <p className="slide-wait">{t('compare.why.running')}</p>
        )}
      </div>
    </div>
  );
}
