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
  withComparisonObserved,
} from '../../../../shared/charts';
import { useApp } from '../../store';
import { CompareChart } from '../compare/CompareChart';
import type { ReadyComparison } from '../compare/comparison-state';
import { useSize } from '../../components/use-size';
import type { WaterfallState } from '../compare/use-waterfall';
import type { SlideSpec } from './slides';

interface SlideBodyProps {
  readonly slide: SlideSpec;
  readonly ready: ReadyComparison;
  readonly theme: ChartTheme;
  readonly text: ChartText;
  readonly why: WaterfallState;
}

/**
 * The chart as a slide shows it: the slide's own legend (large, above, once) stands for the chart's,
 * and on a sector slide the slide's title names the sector, so the chart's panel titles go.
 */
function onSlide(option: EChartsOption, withoutTitles: boolean, theme: ChartTheme): EChartsOption {
  const legend = option.legend ? { legend: { ...(option.legend as object), show: false } } : {};
  if (!withoutTitles || !option.title) return { ...option, ...legend };
  // The panels' title room (two lines, as sectorMultiplesOption leaves it) goes to the plot.
  const room = 2 * (theme.fontSize + 2);
  const grids = (Array.isArray(option.grid) ? option.grid : option.grid ? [option.grid] : []).map((grid) =>
    typeof grid.top === 'number' && typeof grid.height === 'number'
      ? { ...grid, top: grid.top - room, height: grid.height + room }
      : grid,
  );
  return { ...option, ...legend, title: [], grid: grids };
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
            <IdentitySwatch slot={scenario.colorIndex} reference={scenario.reference} size="slide" />
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
  /** The observed record the chart draws before the base year, when it has one (as in Compare). */
  readonly observed?: Parameters<typeof withComparisonObserved>[1];
  /** The chart's width in slide pixels (where its plots' percentages are measured). */
  readonly width: number;
  readonly caption: string;
  /** The slide's title says what the caption would (a slide with one chart takes the chart's title). */
  readonly captionHidden?: boolean;
}

/**
 * One slide's charts, as large as the slide allows, in the presentation theme (thicker lines, larger
 * type, the scenarios' own colours on white). A sector slide shows self-reliance and capability side
 * by side, each captioned: what the slide shows does not follow a toggle elsewhere.
 */
export function SlideBody({ slide, ready, theme, text, why }: SlideBodyProps) {
  const { t } = useTranslation();
  const bands = useApp((state) => state.compareOptions.bands);
  const showObserved = useApp((state) => state.showObserved);
  const [box, setBox] = useState<HTMLDivElement | null>(null);
  // Slide pixels (the slide is laid out at 1920×1080 and scaled as a whole).
  const size = useSize(box);
  const width = size.width || 1800;
  const captioned = slide.kind === 'sector';
  const height = Math.max(300, (size.height || 700) - (captioned ? 48 : 4));
  const { model } = ready;
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
            width,
            caption: t('compare.overview.aggregate'),
            captionHidden: true,
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
          width: width / 2,
          // Only self-reliance has an observed record (the 2018 gaps are judgement, not observations).
          ...(variable === 'S' ? { observed: { quantity: 'S' as const, sectorIds: [slide.sector] } } : {}),
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
            width,
            observed: { quantity: 'chokepointsOpen' },
            caption: t('compare.overview.chokepoints', { total: ready.catalogue.chokepoints.length }),
            captionHidden: true,
          },
        ];
      case 'costs':
        return [
          {
            option: costsOption(model.costs, { measure: 'cumulative' }, theme, text),
            width,
            caption: t('compare.costs.measures.cumulative'),
            captionHidden: true,
          },
        ];
      case 'why':
        return why.waterfall?.ok
          ? [
              {
                option: waterfallOption(why.waterfall.value, { width }, theme, text),
                width,
                caption: why.caption,
                captionHidden: true,
              },
            ]
          : null;
    }
  }, [slide, model, bands, height, width, theme, text, t, ready.catalogue, why.waterfall, why.caption]);
  // The record is drawn after the slide has taken the panel titles: its "not observed" stays.
  const onSlideWithObserved = (chart: ChartSpec, withoutTitles: boolean) => {
    const option = onSlide(chart.option, withoutTitles, theme);
    if (!showObserved || !chart.observed) return option;
    const place = { years: model.trajectories.years, width: chart.width };
    return withComparisonObserved(option, chart.observed, place, theme, text);
  };
  return (
    <div className="slide-body">
      {slide.kind === 'overview' ? <KeyFigures ready={ready} text={text} /> : null}
      <div ref={setBox} className={`slide-chart slide-charts-${charts?.length ?? 0}`}>
        {charts ? (
          charts.map((chart) => (
            <CompareChart
              key={chart.caption}
              option={onSlideWithObserved(chart, slide.kind === 'sector')}
              height={height}
              caption={chart.caption}
              captionHidden={chart.captionHidden ?? false}
              fileName="slide"
              unit=""
              exportable={false}
              vector
            />
          ))
        ) : (
          <p className="slide-wait">{t('compare.why.running')}</p>
        )}
      </div>
    </div>
  );
}
