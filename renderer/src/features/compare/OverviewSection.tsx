import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  aggregateOption,
  chokepointsOption,
  unitLabel,
  withComparisonObserved,
} from '../../../../shared/charts';
import { useApp } from '../../store';
import type { SectionProps } from './chart-props';
import { CompareChart } from './CompareChart';
import { useWidth } from '../../components/use-width';
import { useCompareMarkers } from './use-compare-markers';

/** The aggregate self-reliance and the open chokepoints per year (a step chart), side by side. */
export function OverviewSection({ ready, theme, text }: SectionProps) {
  const { t } = useTranslation();
  const markers = useCompareMarkers();
  const headingId = useId();
  const bands = useApp((state) => state.compareOptions.bands);
  const showObserved = useApp((state) => state.showObserved);
  const [box, setBox] = useState<HTMLDivElement | null>(null);
  const width = useWidth(box) || 560;
  const { trajectories } = ready.model;
  const total = ready.catalogue.chokepoints.length;
  const aggregate = useMemo(
    () => aggregateOption(trajectories, { bands }, theme, text),
    [trajectories, bands, theme, text],
  );
  const chokepoints = useMemo(() => {
    const option = chokepointsOption(trajectories, { bands, total }, theme, text);
    if (!showObserved) return option;
    const place = { years: trajectories.years, width };
    return withComparisonObserved(option, { quantity: 'chokepointsOpen' }, place, theme, text);
  }, [trajectories, bands, total, theme, text, showObserved, width]);
  return (
    <section className="compare-section" aria-labelledby={headingId}>
      <h2 id={headingId} className="section-title">
        {t('compare.overview.heading')}
      </h2>
      <div className="compare-row">
        <CompareChart
          markers={markers}
          option={aggregate}
          height={300}
          caption={t('compare.overview.aggregate')}
          fileName={t('compare.overview.aggregate')}
          unit={unitLabel('share', text)}
          testId="compare-aggregate-chart"
        />
        <div ref={setBox}>
          <CompareChart
            markers={markers}
            option={chokepoints}
            height={300}
            caption={t('compare.overview.chokepoints', { total })}
            fileName={t('compare.overview.chokepointsFile')}
            unit={unitLabel('count', text)}
            testId="compare-chokepoints-chart"
          />
        </div>
      </div>
    </section>
  );
}
